"""Parts whose name a blank sets off from the rest of its line (issue 18): the line break after a
heading became a blank, so "一、会议时间 例会每月…" holds the name and its body, and "二、参会人员
（一）院领导…。" the name and the first item of its own list. Fixtures written for the project:
made-up text in the forms such pages take."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.numbering import parse_marker
from reportfmt.passes.headings.shapes import closed_shape, names_first_child


def lines(*rows: str) -> str:
    return "\n".join(rows)


RULES = lines(
    "食堂管理制度",
    "为规范职工食堂管理，保障饮食卫生，制定本制度。",
    "一、开放时间 食堂每天供应早、中、晚三餐，节假日另行通知。",
    "二、就餐人员 (一)本单位在职职工和退休职工。",
    "(二)经后勤科登记的外来办事人员。",
    "三、卫生要求 (一)炊事人员每年体检一次，持证上岗。",
    "(二)餐具每餐消毒，生熟分开存放。",
    "四、监督检查 后勤科每月检查一次，检查结果在内网通报。",
)


def test_a_part_whose_first_item_shares_its_line_is_a_heading_over_that_item():
    doc, _ = clean(RULES)
    assert outline(doc) == [(1, "一、开放时间"), (1, "二、就餐人员"), (1, "三、卫生要求"), (1, "四、监督检查")]
    # The first items stay, each the first paragraph of its part: nothing lost, nothing joined.
    kept = paras(doc)
    assert "（一）本单位在职职工和退休职工。" in kept
    assert "（一）炊事人员每年体检一次，持证上岗。" in kept
    assert kept.index("（一）本单位在职职工和退休职工。") + 1 == kept.index("（二）经后勤科登记的外来办事人员。")
    assert "食堂每天供应早、中、晚三餐，节假日另行通知。" in kept


def test_a_name_glossed_in_pinyin_is_set_off_by_its_blank_too():
    # A machine-converted traditional page glosses a character: "內(nèi)容" is still a two-word name.
    doc, _ = clean(lines(
        "食堂管理制度",
        "為規範職工食堂管理,保障飲食衛生,制定本制度。",
        "一、開放時間 食堂每天供應早、中、晚三餐,節假日另行通知。",
        "二、檢查內(nèi)容 (一)炊事人員每年體檢一次,持證上崗。",
        "(二)餐具每餐消毒,生熟分開存放。",
        "三、監督方式 後勤科每月檢查一次,檢查結果在內網通報。",
    ))
    assert [text for _, text in outline(doc)] == ["一、開放時間", "二、檢查內（nèi）容", "三、監督方式"]


def test_a_closed_line_is_one_heading_unless_a_first_item_follows_its_blank():
    text = "二、就餐人员 (一)本单位在职职工和退休职工。"
    marker = parse_marker(text)
    assert names_first_child(text, marker)
    assert not closed_shape(text, marker, "(二)经后勤科登记的外来办事人员。")
    # The item numbered 2 is no first item; the same family is no child; a line with no blank has none.
    assert not names_first_child("二、就餐人员 (二)外来办事人员。", marker)
    assert not names_first_child("二、就餐人员 三、卫生要求。", marker)
    assert not names_first_child("二、就餐人员。", marker)
    # "（一）写实性。" above body text stays a closed heading.
    closed = "(一)写实性。"
    assert closed_shape(closed, parse_marker(closed), "调查报告要用事实说话，材料必须真实可靠，经得起核对。")

"""Headings, masks and titles that hold when a site decorates or hard-wraps the page (issue 18,
tenth round, wave 2): a first paragraph wrapped in two is no title, a numbered sentence wrapped
at the page's width is one item and no heading, full-width digits still number a heading.
Fixtures written for the project in the forms new sites print."""

from __future__ import annotations

import pytest

from helpers import clean, outline, paras, runins, texts

BODY = ["各班组要落实安全生产责任，定期开展隐患排查，发现问题及时整改到位，做到闭环管理，确保全年无事故。",
        "车间每月组织一次安全检查，检查结果在例会上通报，对整改不力的班组予以批评并限期整改。"]


@pytest.mark.parametrize("first, second", [
    # The sentence left open ends a word into the next line.
    ("巡查记录是值班人员对辖区内设施运行状态逐项核对后形成的原始",
     "凭证。一份完整的巡查记录应写明时间、地点和发现的问题。"),
    # The next line opens on a particle that binds to the word before it.
    ("下面整理了仓库盘点报告", "的写法和注意事项："),
    # A long line with a clause inside, finished by a line no longer than it.
    ("消防演练方案是指单位为检验应急预案、提高员工自救能力而预先拟定的",
     "组织程序和行动步骤，通常由消防安全管理人审定。"),
])
def test_the_head_of_a_hard_wrapped_first_paragraph_is_no_title(first, second):
    doc, report = clean("\n".join([first, second, *BODY]))
    assert not report.title
    assert not [r for r in report.removed if r["rule"] == "metadata.title"]
    assert "".join(texts(doc)).startswith(first)  # the paragraph's head stays in the text


def test_a_salutation_ending_a_line_leaves_the_title_over_it():
    doc, report = clean("\n".join(["秋季运动会开幕式致辞", "各位老师、同学们：", *BODY]))
    assert report.title == "秋季运动会开幕式致辞"
    assert texts(doc)[0] == "各位老师、同学们："


def test_a_title_over_a_paragraph_opening_with_a_short_clause_stays_the_title():
    _, report = clean("\n".join(["仓库年度盘点工作总结", "今年，仓库完成三次全面盘点，账实相符率在九成九以上。",
                                 *BODY]))
    assert report.title == "仓库年度盘点工作总结"


def test_a_line_ending_on_an_enumeration_comma_is_no_title():
    _, report = clean("\n".join(["各位来宾、", "各位朋友：", *BODY]))
    assert not report.title


def test_a_numbered_sentence_wrapped_at_the_pages_width_is_one_item_not_a_heading():
    doc, _ = clean("\n".join([
        "设备维护规定",
        "1. 操作人员每班开机前检查润滑油位和",
        "安全防护装置是否完好。",
        "2. 发现异常声响或温度升高时立即停机，",
        "报告班长后方可处理。",
    ]))
    assert outline(doc) == [] and runins(doc) == []
    assert paras(doc) == ["1. 操作人员每班开机前检查润滑油位和安全防护装置是否完好。",
                          "2. 发现异常声响或温度升高时立即停机，报告班长后方可处理。"]


def test_a_numbered_heading_over_its_own_paragraph_is_not_joined():
    page = ["设备维护规定", "一、日常保养",
            "操作人员每班开机前检查润滑油位和安全防护装置，发现缺损及时报修，不得带病运行设备。",
            "二、定期检修", "设备科每季度对主要设备进行一次全面检修，检修记录归档保存，以备查验。"]
    doc, _ = clean("\n".join(page))
    assert outline(doc) == [(1, "一、日常保养"), (1, "二、定期检修")]


def test_a_numbered_heading_over_a_short_one_line_body_is_not_joined():
    # A body longer than its heading, one shorter than a wrap's tail, a field line: none is joined.
    page = ["年度表彰大会议程", "一、出席和列席人员", "全体在职职工及退休职工代表共一百二十人。", "二、会议主持人",
            "工会主席。", "三、表彰先进集体和个人", "宣读人：办公室主任。"]
    doc, _ = clean("\n".join(page))
    assert [text for _, text in outline(doc)] == ["一、出席和列席人员", "二、会议主持人", "三、表彰先进集体和个人"]

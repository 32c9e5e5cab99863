"""Hand-written documents pass through whole (round 36, dn36): a poem whose first stanza is
short lines keeps it, a date alone over a notice's title becomes the document's date, and the
blank date fields under an agreement's signature fields stay.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, texts
from reportfmt.passes.title_menus import in_menu_run

# A short title, a first stanza of four-character lines, then the rest of the poem, as short.
POEM = ["晨雾", "河面的船", "一声一声", "摇着橹声", "我站在桥上", "数着远去的帆", "那年春天",
        "柳枝很软", "风也很轻"]


def test_a_poems_first_stanza_of_short_lines_is_no_menu():
    doc, report = clean("\n".join(POEM))
    assert report.title == "晨雾"
    assert "\n".join(texts(doc)).split("\n") == POEM[1:]
    assert not report.removed or all(r["rule"] == "metadata.title" for r in report.removed)


def test_a_menu_over_a_title_and_its_long_text_is_still_a_menu():
    lines = ["首页", "新闻", "公告", "社区读书角开放时间调整",
             "自下月起，社区读书角每天开放到晚上八点，周一闭馆整理图书，欢迎居民前来阅读。"]
    doc = pf.Doc(*[pf.Para(pf.Str(line)) for line in lines])
    assert [in_menu_run(doc.content, at) for at in range(len(lines))] == [True, True, True, False, False]


def test_a_date_over_a_notices_title_becomes_the_documents_date():
    lines = ["2025年6月9日", "关于开放员工活动室的通知", "各部门：",
             "员工活动室自本周起每天中午开放，请大家爱护室内设施。", "工会"]
    doc, report = clean("\n".join(lines))
    assert report.title == "关于开放员工活动室的通知"
    assert doc.get_metadata("date") == "2025-06-09"
    assert report.date == "2025-06-09"
    assert texts(doc) == lines[2:]


def test_blank_date_fields_under_the_parties_signature_fields_stay():
    lines = ["车位租用协议", "甲方：某某物业", "乙方：某某",
             "第一条 乙方租用地下车位一个，租期一年。", "第二条 租金每月二百元，按季度支付。",
             "甲方（盖章）：      乙方（签名）：", "日期：      日期："]
    doc, report = clean("\n".join(lines))
    assert report.title == "车位租用协议"
    assert [" ".join(t.split()) for t in texts(doc)][-2:] == ["甲方（盖章）： 乙方（签名）：", "日期： 日期："]
    # A page's own facts in the same form are still chrome.
    doc, report = clean("\n".join(["居民议事会的几点做法", "时间:2024-03-08 | 来源:某某社区网",
                                   "我们社区每月召开一次议事会，由居民代表轮流主持，议题提前一周公布。"]))
    assert "时间:2024-03-08 | 来源:某某社区网" not in texts(doc)

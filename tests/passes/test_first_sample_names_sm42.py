"""The first sample's own name opening a page that counts its samples (issue 18, helper sm42):
"…大全(16篇)", its lead-in, then "商场消防安全自查报告" and that report's text. The name is the first
sample's marker (a top-level section, class "sample"); the title printed again, a salutation, a
line naming no kind of document, or a know-how page's first line are none. Fixtures written for
the project (made-up reports and letters)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, outline, paras
from reportfmt.passes.headings.samples import first_sample_title, sample_marker

# (the page's time line under the title, as such pages print it)
DATED = "时间:2024-01-09 21:17 作者:青叶"
LEAD_IN = "自查报告要实事求是。下面是小编为大家整理的几篇自查报告，供大家参考。"
REPORT = ["今年入冬以来，仓库先后开展了两次安全检查，由分管副经理带队，逐个库区查看消防器材和用电线路。",
          "检查中发现部分灭火器压力不足，已经全部送检更换，通道上堆放的纸箱当天清走。"]


def sample_heads(doc: pf.Doc) -> list[str]:
    return [pf.stringify(b) for b in doc.content if isinstance(b, pf.Header) and "sample" in b.classes]


def test_the_first_line_naming_a_report_of_the_pages_kind_opens_the_first_sample():
    doc, report = clean("\n".join(["消防安全自查报告大全(12篇)", DATED, LEAD_IN, "仓库消防安全自查报告", *REPORT]))
    assert report.title == "消防安全自查报告大全(12篇)"
    assert outline(doc) == [(1, "仓库消防安全自查报告")]
    assert sample_heads(doc) == ["仓库消防安全自查报告"]
    assert REPORT[0] in paras(doc) and REPORT[1] in paras(doc)


def test_the_first_samples_name_stands_beside_a_numbered_second_sample():
    doc, _ = clean("\n".join(["消防安全自查报告大全(12篇)", DATED, LEAD_IN, "仓库消防安全自查报告", *REPORT,
                              "消防安全自查报告2",
                              "本月初，学校对教学楼和宿舍楼的消防设施做了一次全面检查，重点查看了疏散通道和应急照明。"]))
    assert sample_heads(doc) == ["仓库消防安全自查报告", "消防安全自查报告2"]


def test_the_title_again_is_no_samples_name():
    # the title's own words without its count: the page printing its title again
    texts = ["消防安全自查报告", *REPORT]
    assert first_sample_title(texts, "消防安全自查报告大全(12篇)", announced=True) is None
    assert first_sample_title(["2024年消防安全自查报告", *REPORT], "消防安全自查报告大全(12篇)", announced=True) is None


def test_a_first_line_that_names_no_document_or_a_page_that_counts_nothing_opens_no_sample():
    key = "消防安全自查报告大全(12篇)"
    assert first_sample_title(["仓库消防安全自查报告", *REPORT], key, announced=True) == 0
    # no kind of document named: a headline, a unit's name
    assert first_sample_title(["仓库消防安全检查情况", *REPORT], key, announced=True) is None
    # a salutation, a field: the sample opens on its text
    assert first_sample_title(["尊敬的各位领导：", *REPORT], key, announced=True) is None
    # the page does not say it holds several
    assert first_sample_title(["仓库消防安全自查报告", *REPORT], "消防安全自查报告", announced=False) is None
    # nothing of the sample's text under it
    assert first_sample_title(["仓库消防安全自查报告", "检查人", "时间"], key, announced=True) is None


def test_a_know_how_pages_first_line_heads_its_advice_not_a_sample():
    doc, _ = clean("\n".join(["调查报告怎么写？见调查报告范文6篇", "写好一份居民调查报告",
                              "调查报告是把收回来的问卷整理分析以后，用文字和数字把结果讲清楚的书面材料，写之前先想好给谁看。",
                              "问卷要短，每道题只问一件事，能用选择题的就不用问答题。"]))
    assert sample_heads(doc) == []


def test_a_sample_word_numbered_in_any_corner_bracket_is_a_sample_marker():
    assert sample_marker("「范例一」") is not None and sample_marker("「范例一」").number == 1
    assert sample_marker("『范文二』").number == 2
    assert sample_marker("【范例一】").number == 1  # (as before)


def test_a_number_in_angle_brackets_alone_on_its_line_opens_a_sample():
    doc, _ = clean("\n".join([
        "〈一〉",
        "这个暑假我跟着学院的志愿服务队去了城郊的三个社区，陪独居老人聊天、读报，前后二十天，收获比想象中多得多。",
        "刚去的时候我总想着替老人做点什么，后来才明白，老人们盼的是肯坐下来听他们说话的人。",
        "〈二〉",
        "我参加的是学院的支教队，在一所村小给三年级的孩子上了两周科学课，最难忘的是放学时孩子们问老师明天还来吗。",
    ]))
    assert sample_heads(doc) == ["〈一〉", "〈二〉"]
    # with words after it, the angle-bracketed number is a part's: no sample
    assert sample_marker("〈二〉加强组织领导") is None

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
    # The addressees of a notice wrapped inside a word, the line closing on a colon.
    ("各街道办事处、区直各有关单", "位，各驻区企业："),
    # A line ending on a word that binds to what follows it.
    ("思想汇报是入党积极分子定期向", "党组织汇报思想的书面材料。"),
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


def wide(text: str) -> str:
    """The text with its ASCII digits and letters full-width, as some sites print them."""
    return text.translate({code: code + 0xFEE0 for code in range(0x21, 0x7F) if chr(code).isalnum()})


def test_full_width_numbers_mark_headings_at_every_level_and_the_text_keeps_its_characters():
    page = ["公文写作格式", wide("1．首部。"), "首部包括标题和主送机关，标题写明发文机关和事由，主送机关顶格书写。",
            wide("（1）标题。"), "标题由发文机关、事由和文种组成，位于首页上方居中位置，可以分行排列。",
            wide("（2）主送机关。"), "主送机关是负责办理或答复公文的机关，写在标题之下第一行并顶格书写。",
            wide("2．正文。"), "正文是公文的主体，用来表述公文的内容，一般分为开头、主体和结尾三部分。"]
    doc, _ = clean("\n".join(page))
    assert outline(doc) == [(1, wide("1．首部。")), (2, wide("（1）标题。")), (2, wide("（2）主送机关。")),
                            (1, wide("2．正文。"))]


def test_full_width_outline_numbers_and_letters_are_markers():
    page = ["应急预案", wide("1．1 总则"), "为规范突发事件的应急处置工作，保障员工生命财产安全，制定本预案。",
            wide("1．2 适用范围"), "本预案适用于公司所属各单位在生产经营过程中发生的各类突发事件的处置。"]
    doc, _ = clean("\n".join(page))
    assert [text for _, text in outline(doc)] == [wide("1．1 总则"), wide("1．2 适用范围")]


def test_a_full_width_mask_is_found_and_kept_as_written():
    # Inside a number with a full-width decimal point: "5xx4.9万人" as the page printed it.
    line = "全县受灾人口" + wide("5xx4") + "\uff0e" + wide("9") + "万人，饮水困难群众已全部得到救助。"
    doc, report = clean("\n".join(["抗旱救灾情况通报", line, *BODY]))
    assert [m["text"] for m in report.masks] == [wide("xx")]
    assert line in texts(doc)


def test_a_full_width_file_extension_is_no_part_of_the_title():
    _, report = clean("\n".join(["仓库盘点管理办法" + "\uff0e" + wide("docx"), *BODY]))
    assert report.title == "仓库盘点管理办法"


def test_a_sample_numbered_with_a_full_width_digit_is_a_sample_not_the_title_again():
    page = ["考勤管理制度", "考勤管理制度" + wide("1"), "一、管理办法",
            "员工上下班须本人打卡签到，不得由他人代为打卡，违者按旷工半天处理并通报批评。"]
    doc, _ = clean("\n".join(page))
    assert outline(doc)[0] == (1, "考勤管理制度" + wide("1"))


def test_bracketed_field_labels_running_into_their_values_are_no_sections():
    # The fields of a meeting notice, their labels in brackets instead of before a colon.
    page = ["班组安全例会通知", "【时间】本周五下午两点半，请各班组长提前十分钟到场签到。",
            "【地点】三号厂房二楼会议室，会场由综合办公室负责布置。",
            "【内容】通报上月安全检查情况，部署下一阶段隐患排查整治工作。"]
    doc, _ = clean("\n".join(page))
    assert outline(doc) == [] and runins(doc) == []
    assert texts(doc)[0].startswith("【时间】本周五")


@pytest.mark.parametrize("salutation", ["【尊敬的党组织】", "[同志们]", "各有关单位"])
def test_a_salutation_is_never_the_pages_title(salutation):
    _, report = clean("\n".join([salutation, *BODY]))
    assert not report.title


def test_a_short_bracketed_label_opening_the_text_is_no_title():
    _, report = clean("\n".join(["【意思】述职报告是任职者向上级和群众陈述履职情况的书面报告。", *BODY]))
    assert not report.title


@pytest.mark.parametrize("decorated", ["| 首页 > 范文大全 > 工作总结", ">>首页 > 范文大全 > 工作总结",
                                       "首页 > 范文大全 > 工作总结 |"])
def test_a_decorated_breadcrumb_above_the_title_is_no_title_and_goes_under_its_rule(decorated):
    doc, report = clean("\n".join([decorated, "仓库年度盘点工作总结", *BODY]))
    assert report.title == "仓库年度盘点工作总结"
    assert decorated.strip() in [r["text"] for r in report.removed]
    assert texts(doc) == BODY

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


# Issue 18, fifteenth round (wave 6): a line a 文库 page or a scraper broke mid-word is joined to
# its rest before headings are decided; a heading over its own paragraph is not.

def test_a_numbered_item_cut_inside_a_number_is_one_item_not_a_heading():
    doc, _ = clean("\n".join([
        "关于组织观看表彰大会直播的通知",
        "1、各支部要组织党员集中观看表彰大会直播，重点学习20",
        "25年7月1日上午大会上的讲话精神，做到应看尽看。",
        "2、观看结束后各支部召开座谈会，交流心得体会。",
    ]))
    assert outline(doc) == []
    assert paras(doc) == [
        "1、各支部要组织党员集中观看表彰大会直播，重点学习2025年7月1日上午大会上的讲话精神，做到应看尽看。",
        "2、观看结束后各支部召开座谈会，交流心得体会。"]


def test_a_date_cut_before_its_unit_is_joined_and_its_heading_stays():
    doc, _ = clean("\n".join([
        "暑期实践活动安排", "一、报名时间。", "2025年6", "月20日前。", "二、报名方式。",
        "各班团支部统一汇总报名表后交校团委办公室，逾期不再受理。",
    ]))
    assert "2025年6月20日前。" in paras(doc)
    assert "2025年6" not in paras(doc)


def test_a_numbered_line_that_ended_a_sentence_and_began_another_goes_on_into_the_next():
    doc, _ = clean("\n".join([
        "门禁卡使用规定",
        "1.门禁卡仅限本人使用。持卡人离职时",
        "应交回门禁卡。逾期按规定扣款。",
        "2.门禁卡遗失须当日报告。补办费用由持卡人承担",
        "并在一周内办理完毕。不按时办理的暂停使用。",
    ]))
    # Each item may open on a run-in heading (its first sentence); none stands as a heading.
    assert outline(doc) == []
    assert paras(doc) == ["1.门禁卡仅限本人使用。持卡人离职时应交回门禁卡。逾期按规定扣款。",
                          "2.门禁卡遗失须当日报告。补办费用由持卡人承担并在一周内办理完毕。不按时办理的暂停使用。"]


def test_a_line_opening_on_a_comma_goes_on_with_the_line_before():
    doc, _ = clean("\n".join([
        "值班制度",
        "1.值班人员须在交接班时清点钥匙和对讲机",
        "，并在交接记录上签字确认。",
        "2.值班期间不得擅离岗位，确需离开的应报告带班领导。",
    ]))
    assert outline(doc) == []
    assert paras(doc) == ["1.值班人员须在交接班时清点钥匙和对讲机，并在交接记录上签字确认。",
                          "2.值班期间不得擅离岗位，确需离开的应报告带班领导。"]


@pytest.mark.parametrize("page, headings", [
    # A sample's number ends its marker line: the year opening the next line is the sample's text.
    (["年度工作总结（通用3篇）", "年度工作总结 篇1",
      "20xx年，我们在上级的正确领导下，认真完成了各项工作任务，取得了较好成绩。现总结如下：",
      "年度工作总结 篇2",
      "20xx年即将过去，回顾一年来的工作，我们坚持问题导向，补短板、强弱项，各项工作稳步推进。"],
     ["年度工作总结篇1", "年度工作总结篇2"]),  # (typography drops the blank between CJK)
    # A heading over a paragraph that opens on a comma (the scraper lost its first words): the
    # paragraph is longer than the heading, so it is no wrap's rest.
    (["全县经济工作会议讲话", "一、认真总结成绩，准确把握形势，始终保持加快发展的劲头",
      "，全县上下克服各种困难，在逆境中培育积极因素，经济社会保持了平稳较快发展的良好态势，主要指标好于预期。",
      "二、明确目标任务，突出工作重点，推动经济发展再上新台阶",
      "明年经济工作的总体要求是稳中求进，确保完成各项目标任务，为实现全年发展目标打下坚实基础。"],
     ["一、认真总结成绩，准确把握形势，始终保持加快发展的劲头",
      "二、明确目标任务，突出工作重点，推动经济发展再上新台阶"]),
])
def test_a_heading_over_its_own_paragraph_is_not_taken_for_a_wrap(page, headings):
    doc, _ = clean("\n".join(page))
    assert [text for _, text in outline(doc)] == headings

"""Runs of parallel lines naming a page's parts in forms the markers do not read (passes/headings/
parallel.py): "一 活动背景" numbered with a blank for 、, "坚守岗位：甘当路石" titled with a colon.
Fixtures written for the project."""

from __future__ import annotations

import panflute as pf

from helpers import clean
from reportfmt.passes.elements import block_text
from reportfmt.passes.headings.parallel import read_blank_numbers

BODY_A = "为迎接建校七十周年，进一步增强同学们的集体荣誉感，学院决定在全院范围内组织一次主题学习活动。"
BODY_B = "通过本次活动，引导同学们了解学院历史，坚定理想信念，把个人成长与学院发展结合起来。"
BODY_C = "他每天清晨五点出门，把负责的三条街道清扫干净，十年来从未耽误过一天。"
BODY_D = "下雨天他照样上岗，路面积水的地方，他总是第一个赶到，疏通好下水口再离开。"
BODY_E = "他把自己摸索出的清扫办法教给新来的同事，大家的效率都提高了不少。"


def outline(doc):
    return [(b.level, block_text(b)) for b in doc.content if isinstance(b, pf.Header)]


def test_parts_numbered_with_a_blank_for_the_comma_are_the_pages_parts_empty_ones_too():
    doc, _ = clean("\n".join([
        "院庆主题活动方案",
        "一 活动主题：", "学史明志 砥砺前行",
        "二 活动背景：", BODY_A,
        "三 活动目的：", BODY_B,
        "四 主办单位：", "五 活动时间：", "六 活动地点",
        "七 活动安排", "（一）召开一次主题学习交流会，各班推选代表发言。",
    ]))
    assert [level for level, _ in outline(doc)] == [1] * 7
    assert [text[0] for _, text in outline(doc)] == list("一二三四五六七")
    assert outline(doc)[1] == (1, "二活动背景：")  # the blank between two ideographs is dropped
    assert block_text(doc.content[-1]).startswith("（一）召开一次主题学习交流会")


def test_blank_numbers_are_read_as_parts_only_three_or_more_in_order():
    three = ["一 活动背景", BODY_A, "二 活动目的", BODY_B, "三 活动时间", None]
    assert read_blank_numbers(three)[::2] == ["一、活动背景", "二、活动目的", "三、活动时间"]
    for texts in (["一 活动背景", BODY_A, "二 活动目的", BODY_B],  # two: a bare-line matter
                  ["一 活动背景", BODY_A, "三 活动目的", BODY_B, "二 活动时间", BODY_C],  # out of order
                  ["一 年来，我们坚持学习。", "二 活动目的", "三 活动时间", "四 活动地点"]):  # a sentence
        assert read_blank_numbers(texts) == texts


def test_a_templates_outline_left_blank_after_its_proven_parts_keeps_its_sections():
    doc, _ = clean("\n".join(["院庆主题活动方案", "一、活动背景", BODY_A, "二、活动目的", BODY_B,
                              "三、主办单位", "四、活动时间", "五、活动地点"]))
    assert [text for _, text in outline(doc)] == ["一、活动背景", "二、活动目的", "三、主办单位", "四、活动时间",
                                                  "五、活动地点"]


def test_a_run_of_lone_comma_parts_with_no_proven_part_before_them_stays_a_list():
    # The parts going on from proven ones are sections; a run under nothing proven is a list.
    doc, _ = clean("会议记录要点\n一、会议时间\n二、会议地点\n三、参会人员\n" + BODY_A)
    assert outline(doc) == []


def test_colon_titled_lines_between_paragraphs_are_sections_the_last_may_end_the_page():
    doc, _ = clean("\n".join([
        "坚守岗位甘于奉献：一位环卫工人的十年",
        "在城市的清晨，总有一群人早早地走上街头，用扫帚守护着街道的整洁与安宁。",
        "坚守岗位：风雨无阻", BODY_C,
        "甘于奉献：不计得失", BODY_D,
        "言传身教：带出好队伍", BODY_E,
        "温暖一座城：榜样的力量",
    ]))
    assert outline(doc) == [(1, "坚守岗位：风雨无阻"), (1, "甘于奉献：不计得失"),
                            (1, "言传身教：带出好队伍"), (1, "温暖一座城：榜样的力量")]


def test_two_colon_titled_lines_a_dialogue_and_a_forms_fields_are_text():
    two = ["坚守岗位：风雨无阻", BODY_C, "甘于奉献：不计得失", BODY_D]
    dialogue = ["老张说道：早点出门", BODY_C, "老张说道：路面要扫净", BODY_D, "老张说道：慢慢来", BODY_E]
    fields = ["姓名：王某某", "性别：男", "岗位：环卫工人", BODY_C, BODY_D]
    for lines in (two, dialogue, fields):
        doc, _ = clean("\n".join(["先进事迹材料", BODY_A, *lines]))
        assert outline(doc) == [], lines


LONG_A = "目前，多数单位的文件仍靠人工逐份登记和归档，查找一份旧文件往往要花上大半天的时间，效率很低。"
LONG_B = "为此，本办法提出一种按年度和部门两级编号的归档方式，配合电子目录，可以在几分钟内找到所需文件。"


def test_labels_closed_by_a_colon_above_paragraphs_are_sections():
    doc, _ = clean("\n".join(["档案管理改进说明", "现有做法：", LONG_A, "改进思路：", LONG_B]))
    assert outline(doc) == [(1, "现有做法："), (1, "改进思路：")]


def test_a_label_proven_the_parent_of_numbered_parts_proves_its_sibling_label():
    doc, _ = clean("\n".join([
        "会议主持词的写法", LONG_A, "用途：", LONG_B, "写法要点：", "（一）开场部分",
        "这一部分说明会议的由来和要完成的任务，让与会人员心中有数，语言要简洁。",
        "（二）结束部分", "这一部分对会议作出简要小结，并对落实会议精神提出要求，语气要坚定有力。",
    ]))
    assert outline(doc) == [(1, "用途："), (1, "写法要点："), (2, "（一）开场部分"), (2, "（二）结束部分")]


def test_addressees_glossed_terms_greetings_and_a_dialogue_are_no_colon_sections():
    addressees = ["关于申请项目经费的请示", "市财政局：", LONG_A, "县教育局：", LONG_B]
    glossed = ["述职报告的特点", LONG_A, "自述性：", "由本人撰写，讲清楚自己做了什么。",
               "总结性：", "对一段时间的工作作出归纳和提炼。"]
    greetings = ["开学典礼讲话", "老师们：", LONG_A, "同学们：", LONG_B]
    dialogue = ["联欢会串词", "主持人：", LONG_A, "主持人：", LONG_B]
    for lines in (addressees, glossed, greetings, dialogue):
        doc, _ = clean("\n".join(lines))
        assert outline(doc) == [], lines


def test_two_colon_titled_headlines_between_paragraphs_are_sections():
    # Two are enough when each title reads as a headline (a phrase of eight characters or more,
    # or two short ones paired by a comma), not as a label's value.
    doc, _ = clean("\n".join([
        BODY_A,
        "现状：老旧小区加装电梯意愿高而落地难", BODY_C,
        "对策：以楼栋议事会凝聚邻里共识", BODY_D,
    ]))
    assert outline(doc) == [(1, "现状：老旧小区加装电梯意愿高而落地难"), (1, "对策：以楼栋议事会凝聚邻里共识")]
    doc, _ = clean("\n".join([BODY_A, "难点：资金分摊，意见难统一", BODY_C, "办法：居民自筹加财政补贴", BODY_D]))
    assert [text for _, text in outline(doc)] == ["难点：资金分摊，意见难统一", "办法：居民自筹加财政补贴"]


def test_two_colon_lines_naming_fields_stay_text_however_long():
    doc, _ = clean("\n".join([BODY_A, "关键词：老旧小区加装电梯与邻里协商", BODY_C,
                              "来源：某某区住房和城乡建设局调研组", BODY_D]))
    assert outline(doc) == []

"""Headings glued to their body by a lost line break (round 37): where the part's name ends.
Fixtures written for the project: made-up text in the forms such pages take."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_part_glued_to_a_paragraph_opening_with_a_time_and_a_comma_is_cut_before_the_time():
    # "一、…年初，…": a report's part opens with when it happened, set off by a comma.
    doc, _ = clean(
        "青石社区2025年度党建工作总结\n"
        "一、夯实组织基础，让每个小区都有带头人年初，社区党委对五个小区逐一走访，"
        "新建楼栋党小组十二个，选出了一批热心的党员楼长。\n"
        "二、做细便民服务，让小事件件有回音上半年，社区开通了居民议事热线，"
        "共受理停车、照明、加装扶手等诉求八十三件，已办结七十九件。\n"
        "三、下一步打算目前，社区还存在青年党员参与不多的问题，明年将组织更多周末志愿活动。\n")
    assert [text for _, text in outline(doc)] == [
        "一、夯实组织基础，让每个小区都有带头人",
        "二、做细便民服务，让小事件件有回音",
        "三、下一步打算",
    ]
    kept = paras(doc)
    assert kept[0].startswith("年初，社区党委对五个小区逐一走访")
    assert kept[1].startswith("上半年，社区开通了居民议事热线")
    assert kept[2].startswith("目前，社区还存在青年党员参与不多的问题")


def test_a_time_word_without_its_comma_is_no_paragraph_opening():
    # "…落实年初制定的计划…": the time word runs on inside the sentence; the items stay items.
    doc, _ = clean(
        "关于社区工作的几点体会\n"
        "一、抓好计划落实年初制定的计划要逐月推进，做到月月有安排。\n"
        "二、抓好检查督促按季度检查计划落实情况，及时调整工作重点。\n")
    assert outline(doc) == []
    assert paras(doc) == ["一、抓好计划落实年初制定的计划要逐月推进，做到月月有安排。",
                          "二、抓好检查督促按季度检查计划落实情况，及时调整工作重点。"]

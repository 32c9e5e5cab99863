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


def test_a_phrase_set_off_by_blanks_inside_an_item_splits_no_heading_off():
    # "2.  按照  先进先出  的原则…": bold lost as blanks around a phrase, after words that wait for
    # their object; the items stay whole list items.
    doc, _ = clean(
        "仓储部岗位职责\n"
        "1.  负责成品的入库验收，核对单据与实物，不符的当场退回。\n"
        "2.  按照  先进先出  的原则发料，做到日清月结。\n"
        "3.  负责库区的  防火安全  和防潮工作，每天下班前检查门窗。\n"
        "4.  完成上级交办的其他工作。\n")
    assert outline(doc) == []
    assert paras(doc) == ["1. 负责成品的入库验收，核对单据与实物，不符的当场退回。",
                          "2. 按照先进先出的原则发料，做到日清月结。",
                          "3. 负责库区的防火安全和防潮工作，每天下班前检查门窗。",
                          "4. 完成上级交办的其他工作。"]


def test_a_name_ending_in_de_before_a_blank_and_its_sentences_is_still_a_heading():
    # "一、以个人名义写的 写明…。": a name may end in 的; its body holds no phrase set off again.
    doc, _ = clean(
        "写作要点\n"
        "一、以个人名义写的 写明本人姓名和身份，结尾亲笔签名，注明日期。\n"
        "二、以单位名义写的 写明单位全称，结尾加盖公章，注明日期。\n")
    assert outline(doc) == [(1, "一、以个人名义写的"), (1, "二、以单位名义写的")]
    assert paras(doc) == ["写明本人姓名和身份，结尾亲笔签名，注明日期。", "写明单位全称，结尾加盖公章，注明日期。"]

"""A short list whose items end in a list's separator, its last item printed with no mark (round
55): "1.讨论工作报告；" / "2.酝酿选举办法" over the text that follows. Three items or more with a
sentence among them are a stack (stacked_items.drop_stacked_items); a list of two, or one whose
items end in commas, left its last item standing as a section over the text after the list. An
item right under its previous sibling that ends in "；" or "，" is the list going on
(stacked_items.drop_continued_items). Fixtures written for the project in the forms such pages
take (a notice's two steps, a schedule's agenda of two items, a check list run on with commas),
with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras

TWO_STEPS = [
    "青禾社区关于开展夏季消防安全检查的通知",
    "各物业服务企业：",
    "检查分两步进行：",
    "一、各物业企业自查；",
    "二、社区组织抽查",
    "检查中发现的问题，由社区建立台账，逐项跟踪整改，整改完成后由物业企业书面报告社区。",
    "青禾社区居委会",
]

AGENDA = [
    "青禾区政协会议日程",
    "下午 14:30至17:00",
    "★ 分组会议：",
    "1. 讨论常委会工作报告;",
    "2. 酝酿大会选举办法（草案）和监票人名单",
    "★ 第一、第三、第五组向记者开放，其余各组在驻地宾馆会议室讨论。",
]

COMMAS = [
    "青禾社区关于开展夏季消防安全检查的通知",
    "本次检查的重点是：",
    "一、消防通道是否畅通，",
    "二、灭火器是否在有效期内，",
    "三、电动自行车是否在楼道内充电",
    "请各单位于6月20日前完成自查，社区将于6月下旬组织抽查，对发现的问题限期整改。",
]

# The parts of a plan: a part's list of two ends in a semicolon, the next part is no item of it.
PARTS = [
    "青禾社区消防安全工作方案",
    "一、工作目标",
    "全年不发生较大以上火灾事故，居民消防安全知晓率达到百分之九十以上。",
    "（一）消防通道全部畅通；",
    "（二）电动自行车集中充电",
    "二、工作措施",
    "社区每月组织一次联合检查，物业企业每周开展一次自查，发现问题当场整改。",
]


def test_the_last_of_two_steps_is_an_item_of_the_list():
    doc, _ = clean("\n".join(TWO_STEPS))
    assert outline(doc) == []
    assert "二、社区组织抽查" in paras(doc)


def test_an_agenda_of_two_items_gives_no_section():
    doc, _ = clean("\n".join(AGENDA))
    assert outline(doc) == []
    assert "2. 酝酿大会选举办法（草案）和监票人名单" in paras(doc)


def test_items_run_on_with_commas_are_one_list():
    doc, _ = clean("\n".join(COMMAS))
    assert outline(doc) == []
    assert "三、电动自行车是否在楼道内充电" in paras(doc)


def test_a_part_after_a_list_of_another_family_is_still_a_section():
    doc, _ = clean("\n".join(PARTS))
    assert [text for _, text in outline(doc)] == ["一、工作目标", "二、工作措施"]
    assert "（二）电动自行车集中充电" in paras(doc)

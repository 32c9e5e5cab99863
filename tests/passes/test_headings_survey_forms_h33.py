"""Heading forms counted on template, 范文 and 文库 sites nobody tuned for (issue 18, round 33):
a document site's title printed again with its first part's heading run into it. Fixtures
written for the project (made-up names and text, the form only)."""

from __future__ import annotations

from helpers import clean, outline, paras
from helpers import removed_by as removed


def test_the_title_glued_to_the_first_parts_heading_goes_and_the_heading_stays():
    # A 文库 page: the title, the site's summary label, then the title again run into "一、…".
    doc, report = clean("\n".join([
        "社区志愿服务工作计划",
        "文档简介",
        "社区志愿服务工作计划一、工作目标",
        "全年组织志愿服务活动二十四次，注册志愿者人数达到三百人。",
        "二、主要任务",
        "每月组织志愿者走访独居老人，帮助打扫卫生、代购物品。",
        "三、保障措施",
        "加强志愿者培训，落实服务积分制度，定期表彰优秀志愿者。",
    ]))
    assert outline(doc) == [(1, "一、工作目标"), (1, "二、主要任务"), (1, "三、保障措施")]
    assert removed(report, "title.repeated-title") == ["社区志愿服务工作计划"]


def test_a_short_form_of_the_title_glued_to_the_first_heading_goes_too():
    doc, report = clean("\n".join([
        "2025年青年志愿者协会工作计划书",
        "青年志愿者协会工作计划一、工作目标",
        "1. 完善协会内部制度，做到每项活动有人负责、有章可循。",
        "2. 每月至少组织一次走进社区的服务活动。",
        "二、具体安排",
        "九月完成换届，十月面向新生招募会员，十一月开展敬老服务周活动。",
    ]))
    assert [text for _, text in outline(doc)] == ["一、工作目标", "二、具体安排"]
    assert removed(report, "title.repeated-title") == ["青年志愿者协会工作计划"]


def test_a_sample_marker_glued_to_the_first_heading_is_not_taken_for_the_title():
    # "…方案1一、…": the title numbered 1 opens the first sample; nothing of the line goes.
    doc, report = clean("\n".join([
        "消防疏散演练方案（通用2篇）",
        "下面是整理的消防疏散演练方案，欢迎参考。",
        "消防疏散演练方案1一、演练目的",
        "通过演练，使全体师生掌握火灾发生时的疏散路线和自救方法。",
        "二、演练时间",
        "2024年11月9日上午10:00",
    ]))
    assert removed(report, "title.repeated-title") == []
    assert any("演练方案1" in text for text in [*paras(doc), *(t for _, t in outline(doc))])


def test_a_different_documents_name_before_a_first_heading_stays():
    # Words that are not the page's title: the line is the text's own (its own heading run in).
    doc, report = clean("\n".join([
        "社区志愿服务工作计划",
        "敬老助残专项行动一、行动目标",
        "为辖区八十岁以上独居老人每月上门服务两次。",
        "二、行动安排",
        "每季度集中开展一次义诊和理发服务。",
    ]))
    assert removed(report, "title.repeated-title") == []
    assert any("敬老助残专项行动" in text for text in [*paras(doc), *(t for _, t in outline(doc))])


def test_longer_bare_sub_part_names_under_numbered_parts_are_their_subsections():
    # A report's numbered parts divided by bare names of up to a dozen characters (an enumeration
    # comma at most), each above its paragraph; the first right under its part's heading too.
    doc, _ = clean("\n".join([
        "关于小区电动车充电问题的排查通报",
        "一、排查的起因",
        "今年入夏以来，周边地区发生多起电动车在楼道充电引发的火灾，为消除隐患，街道组织了这次排查。",
        "二、居民的意见",
        "大多数表示支持",
        "入户时，大多数住户表示只要有地方充电，都愿意把车停到楼外。",
        "也有一些顾虑",
        "有住户担心车棚收费太高，也有老人觉得新车棚离家太远。",
        "三、下一步安排",
        "先建棚、后收费",
        "街道已协调供电部门，在空地建设充电车棚，建成后先免费试用三个月。",
        "老人上门登记",
        "对行动不便的老人，由网格员上门登记充电需求，统一安排车位。",
    ]))
    assert outline(doc) == [
        (1, "一、排查的起因"), (1, "二、居民的意见"), (2, "大多数表示支持"), (2, "也有一些顾虑"),
        (1, "三、下一步安排"), (2, "先建棚、后收费"), (2, "老人上门登记"),
    ]


def test_two_bare_lines_alone_under_numbered_parts_stay_body():
    # Fewer than three such names prove nothing (a short line may be a slogan or an aside).
    doc, _ = clean("\n".join([
        "关于小区电动车充电问题的排查通报",
        "一、排查的起因",
        "今年入夏以来，周边地区发生多起电动车在楼道充电引发的火灾，为消除隐患，街道组织了这次排查。",
        "安全用电人人有责",
        "街道组织了这次排查，共走访住户四百余户，发现隐患二十三处，已经全部登记在册。",
        "二、下一步安排",
        "街道已协调供电部门，在空地建设充电车棚，建成后先免费试用三个月。",
    ]))
    assert outline(doc) == [(1, "一、排查的起因"), (1, "二、下一步安排")]

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

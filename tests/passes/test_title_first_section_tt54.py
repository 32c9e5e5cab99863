"""A document's name glued before its first section's number on the page's title line (round 54):
"某某方案一、项目概述" with "二、…" below is the title and the first section's heading, not one title.
Fixtures are written for the project with made-up names and words."""

from __future__ import annotations

from helpers import clean, outline, texts
from reportfmt.passes.title_first_section import glued_first_section

PLAN = "青禾社区养老服务站建设方案"


def test_the_name_is_the_title_and_the_first_heading_stays():
    doc, report = clean("\n".join([
        "文档简介",
        PLAN + "一、项目概述",
        "青禾社区现有六十岁以上居民九百余人，独居老人占一成。",
        "二、建设内容",
        "服务站设助餐、日间照料和康复三个功能区。",
    ]))
    assert report.title == PLAN
    assert outline(doc) == [(1, "一、项目概述"), (1, "二、建设内容")]
    assert texts(doc)[1] == "青禾社区现有六十岁以上居民九百余人，独居老人占一成。"


def test_a_chapter_number_glued_after_the_name():
    doc, report = clean("\n".join([
        "柳岸镇防汛应急预案第一章 总则",
        "第一条 为做好全镇汛期应急工作，制定本预案。",
        "第二章 组织机构",
        "第二条 镇防汛指挥部负责全镇防汛工作。",
    ]))
    assert report.title == "柳岸镇防汛应急预案"
    assert texts(doc)[0] == "第一章 总则"


def test_a_flattened_line_keeps_its_sections_after_the_name():
    line = PLAN + "一、项目概述服务站设在社区活动中心一楼，面积四百平方米。二、建设内容设助餐和日间照料两个功能区。"
    assert glued_first_section(line, []) == len(PLAN)


def test_no_second_section_no_cut():
    # Nothing on the page numbers a second section: the "一、" proves no first one.
    assert glued_first_section(PLAN + "一、项目概述", ["服务站设在社区活动中心一楼。"]) is None


def test_a_title_naming_grades_one_and_two_stays_whole():
    title = "关于做好一、二年级新生入学工作的通知"
    assert glued_first_section(title, ["一、入学时间", "二、入学要求"]) is None
    _, report = clean("\n".join([title, "各小学：", "现将有关事项通知如下。", "一、入学时间", "二、入学要求"]))
    assert report.title == title


def test_a_name_naming_no_document_is_not_cut():
    # "青禾社区" names no genre: the line is a heading of its own kind, not a document's name.
    assert glued_first_section("青禾社区一、基本情况", ["二、主要做法"]) is None

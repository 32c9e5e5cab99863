"""A part's name alone over a title-shaped line ("正文" / "某某的几个要点" / text, "前言" / "某校发展计划" /
"前言" / text): the site's label (its "text" tab, a side menu's item), not the text's first part; the
title is the line under it, and the part's name again below stays as the text's own heading (round 43).
Fixtures written for the project (made-up content)."""

from __future__ import annotations

from helpers import clean, texts

OPENING = ("例会制度是班组管理的基本功，开得好能把一周的事情理顺，开不好就成了走过场。"
           "下面从会前准备、会上议事和会后落实三个方面说一说。")
PLAN = ("本校位于山脚下，全校八个班，学生多来自附近的三个村子。去年新建的图书室落成以后，"
        "学校有了可以开展阅读活动的固定场所，也让我们重新思考今后几年的发展方向。")


def test_a_text_tab_over_the_title_goes():
    lines = ["正文", "开好班组例会的几个要点", OPENING, "一、会前准备", "把要议的事情提前一天发到群里。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "开好班组例会的几个要点"
    lines_out = texts(doc)
    assert "正文" not in lines_out
    assert lines_out[0].startswith("例会制度是班组管理的基本功")


def test_the_part_name_again_under_the_title_stays():
    lines = ["前言", "青山镇中心小学四年发展计划", "前言", PLAN, "一、办学目标", "让每个孩子读完一百本书。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "青山镇中心小学四年发展计划"
    lines_out = texts(doc)
    assert lines_out[0] == "前言"
    assert lines_out[1].startswith("本校位于山脚下")


def test_a_part_name_over_its_prose_still_opens_the_text():
    lines = ["前言", PLAN, "一、办学目标", "让每个孩子读完一百本书。"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert texts(doc)[0] == "前言"

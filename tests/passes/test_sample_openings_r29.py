"""A bare sample marker ("【第二篇】", "篇二") over its sample's first sentence, left open
("…，现制定计划如下："): the sentence is the sample's text, not its name, and stays a paragraph
of its own under the marker. Fixtures written for the project (made-up text)."""

from __future__ import annotations

import pytest

from helpers import clean, outline, texts

FIRST = ["新学期开始了，为了更好地完成教学任务，特制定本学期工作计划。", "一、指导思想",
         "认真贯彻学校工作要求，全面提高教学质量。"]


@pytest.mark.parametrize("opening", ["本学期我担任五年级数学教学工作，现制定计划如下：",
                                     "结合我班实际情况，特制定以下计划，"])
def test_a_sentence_left_open_under_a_bare_marker_is_no_name(opening):
    rest = ["一、学生情况分析", "本班共有学生45人，大部分学生学习习惯良好。"]
    doc, _report = clean("\n".join(["教师工作计划范文", "【第一篇】", *FIRST, "【第二篇】", opening, *rest]))
    assert opening in texts(doc)
    assert [text for level, text in outline(doc) if level == 1] == ["【第一篇】", "【第二篇】"]


def test_a_name_under_a_bare_marker_still_joins_it():
    doc, _report = clean("\n".join(["教师工作计划范文", "【第一篇】", *FIRST, "【第二篇】", "班主任工作计划",
                                    "为了做好新学期的班主任工作，我制定了以下计划。"]))
    assert "【第二篇】班主任工作计划" in [text for _, text in outline(doc)]


def test_a_page_opening_on_its_first_samples_marker_keeps_the_markers_and_names():
    # "范文一：" over the first sample's name (the page's title line was not copied): the marker is
    # the samples' own, not chrome above the title, and the name under "范文二：" is that sample's.
    first = ["本学期我担任三年级二班班主任，在学校领导的支持下，班级工作取得了一定成绩。",
             "一、加强班级管理", "建立了班干部轮换制度。"]
    second = ["时间过得真快，一学期的工作即将结束，现总结如下。", "一、培养良好习惯",
              "从小事抓起，培养学生良好的学习习惯。"]
    doc, report = clean("\n".join(["范文一：", "班主任工作总结", *first, "范文二：", "班主任工作总结", *second]))
    assert report.title == "班主任工作总结"
    assert [r["rule"] for r in report.removed] == ["metadata.title"]
    assert [text for level, text in outline(doc) if level == 1] == ["范文一：", "范文二：班主任工作总结"]

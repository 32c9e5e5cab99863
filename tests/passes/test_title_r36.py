"""Page titles, round 36 (issue 18): affixes a site prints on the title's line that are no words of the
title (its keywords in brackets repeating the title, the day the page went up)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_core import title_core
from reportfmt.passes.title_forms import clean_title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # The title again in brackets, lengthened by a search's words: the site's keywords.
        ("请假条怎么写(请假条怎么写给班主任)", "请假条怎么写"),
        ("社区消防演练总结（社区消防演练总结1000字）", "社区消防演练总结"),
        # The day the page went up, in figures after a blank.
        ("青石镇2024年工作总结和2025年工作打算 2025-01-20", "青石镇2024年工作总结和2025年工作打算"),
        ("学校春季运动会方案 2023/3/8", "学校春季运动会方案"),
        # A bracket that is no copy of the title, or a copy no longer than it, stays; so does a date
        # glued to the title's words or in words.
        ("年度工作总结(2024年1月至6月)", "年度工作总结(2024年1月至6月)"),
        ("安全生产责任书(安全生产)", "安全生产责任书(安全生产)"),
        ("值班安排表2024-05-01", "值班安排表2024-05-01"),
    ],
)
def test_a_titles_affixes_that_are_no_words_of_it_go(line, title):
    assert clean_title(line) == title


def test_a_line_repeating_the_title_with_its_keywords_has_the_titles_core():
    assert title_core("请假条怎么写(请假条怎么写给班主任)") == title_core("请假条怎么写")


def test_the_title_with_its_keywords_repeated_is_taken_and_its_copy_below_goes():
    doc, report = clean("请假条怎么写(请假条怎么写给班主任)\n2024-03-11 08:20:15 来源:\n"
                        "请假条怎么写(请假条怎么写给班主任)\n"
                        "请假条是向老师或单位说明不能按时到校、到岗的原因并请求准假的便条，写清事由和时间最要紧。\n"
                        "一、请假条的格式\n标题居中写“请假条”三个字。")
    assert report.title == "请假条怎么写"
    assert not any("请假条怎么写(" in line for line in texts(doc))
    assert texts(doc)[0].startswith("请假条是向老师")

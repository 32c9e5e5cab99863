"""A page with no title of its own opening on the first of its items' names, each name printed in
one frame (round 52): the same marks around the words ("——…——"), or a day in figures after them.
The first name stays in the body, no title is taken. A title over its text with no line framed as
it is stays the title. Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_frames import heads_framed_items

FIRST = "居民孙女士来信说，她家楼下的路灯坏了半个月，晚上回家只能摸黑，希望有关部门尽快修好。"
SECOND = "退休职工马先生建议，在菜市场门口增设一处非机动车停放点，方便老人买菜时停车。"
THIRD = "社区工作人员接到反映后当天就联系了供电所，第二天路灯恢复了照明。"


@pytest.mark.parametrize(("first", "second"), [
    ("——最温暖的来信——", "——最实用的建议——"),
    ("学期小记 20240612", "寒假读书记 20240215"),
])
def test_the_first_of_framed_item_names_stays_in_the_body(first, second):
    doc, report = clean("\n".join([first, FIRST, THIRD, second, SECOND]))
    assert not report.title
    body = texts(doc)
    assert first in body
    assert second in body
    assert FIRST in body


def test_a_title_with_no_line_framed_as_it_is_stays_the_title():
    # One dated name over the text; the name below carries no day: no frame shared, the title stays.
    doc, report = clean("\n".join(["学期小记 20240612", FIRST, THIRD, "寒假读书记", SECOND]))
    assert report.title == "学期小记 20240612"
    assert "学期小记 20240612" not in texts(doc)
    assert FIRST in texts(doc)


def test_a_name_with_a_quoted_work_frames_no_series():
    # Quotation marks name a work inside a title: "《…》读后感" and another "《…》" line are no series.
    lines = ["《青石巷》读后感", FIRST, THIRD, "《远山》里的一段话", SECOND]
    _doc, report = clean("\n".join(lines))
    assert report.title and "青石巷" in report.title


def test_masked_names_opening_lines_frame_no_series():
    # Asterisks hiding a unit's name stand before the words only: no frame around a name.
    lines = ["**街道办事处便民服务指南", FIRST, THIRD, "**社区服务站办事须知", SECOND]
    _doc, report = clean("\n".join(lines))
    assert report.title == "**街道办事处便民服务指南"


def test_a_blank_line_heads_no_framed_items():
    assert not heads_framed_items("", []) and not heads_framed_items("   ", [])

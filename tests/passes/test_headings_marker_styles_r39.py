"""Numbering styles a new site may print a level in (round 39, tests/eval/perturb_markers.py):
the same outline read whatever the marker's punctuation. Fixtures written for the project: made-up
text in the forms real pages take."""

from __future__ import annotations

import pytest

from helpers import clean, outline
from reportfmt.passes.headings.numbering import parse_marker


def lines(*rows: str) -> str:
    return "\n".join(rows)


@pytest.mark.parametrize(("line", "family", "number"), [
    ("一）工作目标", "paren_cn", 1),
    ("三) 主要措施", "paren_cn", 3),
    ("十二）、附则", "paren_cn", 12),
    ("二）「读书月」安排", "paren_cn", 2),
])
def test_a_chinese_number_closed_by_a_bracket_alone_is_a_paren_marker(line, family, number):
    marker = parse_marker(line)
    assert (marker.family, marker.number) == (family, number)


@pytest.mark.parametrize("line", [
    "一）",              # nothing after it
    "三）2",             # a digit after the bracket: no name follows
    "一)、",             # a bracket and a comma mark alone
])
def test_no_bracket_marker_without_a_name_after_it(line):
    marker = parse_marker(line)
    assert marker is None or marker.family != "paren_cn"


def test_bracket_closed_chinese_numbers_head_the_parts_under_their_section():
    doc, _ = clean(lines(
        "街道文化站全年活动安排",
        "一、总体安排",
        "全年围绕读书、健身和非遗三条线开展活动，每季度至少一次大型活动。",
        "一）读书活动",
        "每月第二个周六在文化站二楼举办读书分享会，由志愿者轮流主持。",
        "二）健身活动",
        "春秋两季各办一次社区健步走，报名从活动前两周开始。",
        "二、保障措施",
        "活动经费从街道文化专项中列支，场地由文化站统一协调。",
    ))
    assert outline(doc) == [
        (1, "一、总体安排"), (2, "一）读书活动"), (2, "二）健身活动"), (1, "二、保障措施")]

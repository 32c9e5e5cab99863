"""Numbering styles a new site may print a level in (round 39, tests/eval/perturb_markers.py):
the same outline read whatever the marker's punctuation. Fixtures written for the project: made-up
text in the forms real pages take."""

from __future__ import annotations

import pytest

from helpers import clean, outline, paras
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


# -- a flattened page's sections numbered with a dot --------------------------------------------

FLAT_SECTIONS = (
    "为方便居民就近参加文体活动，结合本社区实际，制定本方案。{one}活动目标 全年组织不少于十二场社区文体活动，"
    "让每个年龄段的居民都能找到适合自己的项目，把活动室真正用起来。{two}活动安排 春季举办邻里运动会，"
    "夏季组织纳凉晚会，秋季开展重阳敬老活动，冬季举办迎新年联欢，每场活动提前两周发布通知。{three}保障措施 "
    "活动经费由社区公益金列支，场地和器材由物业配合提供，志愿者负责现场秩序和安全。"
)


@pytest.mark.parametrize("marks", [("一、", "二、", "三、"), ("一.", "二.", "三."), ("一．", "二．", "三．")])
def test_a_flattened_page_is_cut_at_its_sections_whatever_the_marker_s_mark(marks):
    doc, _ = clean(lines("社区文体活动实施方案", FLAT_SECTIONS.format(one=marks[0], two=marks[1], three=marks[2])))
    assert outline(doc) == [(1, f"{marks[0]}活动目标"), (1, f"{marks[1]}活动安排"), (1, f"{marks[2]}保障措施")]


def test_numbers_with_a_dot_inside_a_sentence_cut_nothing():
    # A decimal ("一.5" is no section) and a class name ("高一.二班") stay in their paragraph.
    text = ("本学期高一.二班和高二.一班参加了年级合唱比赛，两个班都排练了一个多月。" * 4
            + "评委打分时一.5分的差距就决定了名次，大家都说明年还要再比一次，争取拿个更好的成绩。" * 2)
    doc, _ = clean(lines("合唱比赛小记", text))
    assert outline(doc) == []
    assert len(paras(doc)) == 1

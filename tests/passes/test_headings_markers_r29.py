"""Numbering markers the headings pass did not read before round 29 (issue 18): a number closed
by a bracket alone ("1）", where (1) stands) and Roman numerals numbering the top parts ("I、"
or its one-glyph form, "II."). Fixtures written for the project: made-up text in the forms real pages take."""

from __future__ import annotations

import pytest

from helpers import clean, outline, paras
from reportfmt.passes.headings.numbering import parse_marker


def lines(*rows: str) -> str:
    return "\n".join(rows)


@pytest.mark.parametrize(("line", "family", "number"), [
    ("1）落实责任分工", "paren_arabic", 1),
    ("12) 加强日常检查", "paren_arabic", 12),
    ("\uff13）做好台账登记", "paren_arabic", 3),
    ("\u2160、总体要求", "capital", 1),
    ("\u2163.保障措施", "capital", 4),
    ("II. 主要做法", "capital", 2),
    ("IX、附则", "capital", 9),
])
def test_the_marker_is_read(line, family, number):
    marker = parse_marker(line)
    assert (marker.family, marker.number) == (family, number)


@pytest.mark.parametrize("line", [
    "1）",                 # nothing after it: no marker
    "2020）年度",          # a year and a stray bracket
    "3)、",                # a bracket and a comma mark: a typo, not a number
    "I. Introduction",     # an English heading: its words are not Chinese
    "I、",                 # the letter alone
    "VIII、x",
])
def test_no_marker_is_read(line):
    assert parse_marker(line) is None


def test_bracket_closed_numbers_head_the_points_under_a_numbered_part():
    doc, _ = clean(lines(
        "社区消防安全检查方案",
        "一、检查内容",
        "1.公共区域",
        "1）楼道堆物",
        "重点查看楼梯间和走廊是否堆放纸箱、旧家具等可燃物，发现一处登记一处。",
        "2）消防通道",
        "检查小区主干道和单元门前是否被车辆占用，占用的当场通知车主挪车。",
        "2.居民家庭",
        "1）用电情况",
        "入户查看电动车是否在室内充电，插线板是否超负荷使用。",
        "2）燃气设施",
        "检查燃气管道和软管是否老化，提醒居民定期更换。",
        "二、工作要求",
        "各网格员要在本月底前完成检查，把登记表交到社区办公室。",
    ))
    assert outline(doc) == [
        (1, "一、检查内容"), (2, "1.公共区域"), (3, "1）楼道堆物"), (3, "2）消防通道"),
        (2, "2.居民家庭"), (3, "1）用电情况"), (3, "2）燃气设施"), (1, "二、工作要求")]


def test_roman_numerals_head_the_parts_above_the_numbered_sections():
    doc, _ = clean(lines(
        "青年志愿服务队年度总结",
        "\u2160、基本情况",
        "服务队现有队员四十二人，全年开展活动二十余次，服务时长累计一千多小时。",
        "\u2161、主要做法",
        "一、固定服务点位",
        "在社区图书室和养老驿站设了两个固定点位，每周六上午都有队员值守。",
        "二、结对帮扶",
        "队员与辖区内的十户独居老人结成对子，每月上门两次，帮忙打扫和采购。",
        "\u2162、明年打算",
        "计划再招募二十名队员，把服务延伸到周边两个小区。",
    ))
    assert outline(doc) == [
        (1, "\u2160、基本情况"), (1, "\u2161、主要做法"), (2, "一、固定服务点位"), (2, "二、结对帮扶"),
        (1, "\u2162、明年打算")]


# -- a forum reply's floor number names nothing --------------------------------------------------

def test_the_floor_numbers_of_a_thread_s_replies_are_no_headings():
    doc, _ = clean(lines(
        "大家的小区垃圾分类是怎么推下去的",
        "我们小区上个月开始分类投放，楼下放了四个桶，可还是有不少人混着扔，物业也不太管。",
        "3楼",
        "我们那边是志愿者早晚轮流守桶，每次一个小时，坚持了两个月效果还行。",
        "#4",
        "可以试试积分，分对了攒分换米面油，老人家特别积极。",
        "第5楼",
        "关键还是得有人管，光靠自觉不行。",
    ))
    assert outline(doc) == []
    assert "3楼" in paras(doc) and "第5楼" in paras(doc)

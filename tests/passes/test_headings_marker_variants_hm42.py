"""Marker styles a new site prints its parts in, where they stand mid-line or are read with their
neighbours (round 42, tests/eval/perturb_markers.py): "一." before a part named by its year, the
first part of a flattened page cut short printed "一," "一." or "壹、", and its "（一）" children
printed "一）", closed by the bracket alone. Fixtures written for the project: made-up text in the
forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.numbering import parse_marker


def lines(*rows: str) -> str:
    return "\n".join(rows)


# -- "一.2024年…": a part named by its year ------------------------------------------------------------

def test_a_dot_marker_before_a_year_and_its_nian_is_a_section_marker():
    marker = parse_marker("二.2025年工作打算")
    assert (marker.family, marker.number) == ("yi", 2)
    assert parse_marker("三. 2024 年主要成效").family == "yi"
    assert parse_marker("壹.2023年回顾").family == "capital"


def test_a_dot_and_digits_without_a_year_stay_an_outline_number():
    assert parse_marker("一.20 条款说明") is None
    assert parse_marker("一.5") is None
    assert parse_marker("二.2025") is None  # a year alone, no 年: no part's name


def test_dot_numbered_parts_named_by_their_years_are_the_sections():
    doc, _ = clean(lines(
        "青石社区服务中心年度工作报告",
        "一年来，中心围绕居民的急难愁盼，持续改进服务方式，现将有关情况报告如下。",
        "一.2024年主要工作",
        "全年新开设老年助餐点两处，组织志愿服务一百二十余场，办结居民诉求四百余件，满意率稳步提升。",
        "二.存在的不足",
        "部分服务项目宣传不够，年轻居民参与度不高，志愿者队伍流动较大，骨干力量仍显不足。",
        "三.2025年工作打算",
        "继续完善助餐服务网络，增设夜间便民窗口，并建立志愿者积分激励办法，稳定骨干队伍。",
    ))
    assert outline(doc) == [(1, "一.2024年主要工作"), (1, "二.存在的不足"), (1, "三.2025年工作打算")]


# -- a flattened page cut short after its first part -------------------------------------------------

_INTRO = ("2024年，某街道围绕老旧小区改造和便民服务两件大事，统筹各方力量，各项工作稳步推进,"
          "群众满意度明显提高。现将全年工作总结如下:")
_FIRST_CHILD_BODY = ("全年完成八个小区的改造任务，涉及居民一千二百余户，加装电梯十四部,"
                     "同步完成雨污分流和停车位划线，居民出行更加方便。")


def test_a_comma_first_part_cut_short_with_its_first_child_glued_comes_apart():
    doc, _ = clean(lines(
        "某街道2024年工作总结",
        _INTRO + "一，主要工作(一)老旧小区改造全面完成。" + _FIRST_CHILD_BODY + "…",
    ))
    # (as the page numbering "一、" comes apart: the part a heading, its lone child's text a paragraph)
    assert outline(doc) == [(1, "一，主要工作")]
    assert [p[:8] for p in paras(doc)] == ["2024年，某街", "（一）老旧小区改"]


def test_a_first_part_cut_short_with_its_child_closed_by_the_bracket_alone_comes_apart():
    doc, _ = clean(lines(
        "某街道2024年工作总结",
        _INTRO + "一、2024年主要工作一）老旧小区改造全面完成。" + _FIRST_CHILD_BODY + "…",
    ))
    assert outline(doc) == [(1, "一、2024年主要工作")]
    assert [p[:8] for p in paras(doc)] == ["2024年，某街", "一）老旧小区改造"]


def test_flattened_children_closed_by_the_bracket_alone_are_cut_after_the_breaks_traces():
    # (a blank where each line break was: cut there, as the page printing "（一）" is)
    doc, _ = clean(lines(
        "关于请示写法的说明",
        "请示是下级机关向上级机关请求指示或批准时使用的文种，一般由几个部分组成，下面逐项说明。 一）标题。"
        "请示的标题由发文机关、事由和文种组成，有时可以省去发文机关，但事由和文种不能省，标题中一般不用标点符号。"
        " 二）主送机关。请示只写一个主送机关，不能多头请示，受双重领导的单位应根据内容写明主送机关，需要同时送"
        "另一机关的，用抄送的形式。 三）正文。正文先写请示的缘由，再写请示的事项，最后用请予批准一类的话结尾。",
    ))
    assert [p[:5] for p in paras(doc)] == ["请示是下级", "一）标题。", "二）主送机", "三）正文。"]


def test_a_numeral_word_with_a_closing_bracket_inside_a_sentence_cuts_nothing():
    text = ("我们要把思想统一）起来的说法写进总结里并不合适，大家在讨论中提出了许多意见，会后由办公室汇总，"
            "形成一份材料报送领导审阅，各部门要在本周内反馈修改建议，逾期视为没有意见，请大家相互转告。")
    doc, _ = clean(lines("部门例会纪要", text, "会议由办公室主任主持，全体人员参加。"))
    assert outline(doc) == []
    assert paras(doc)[0] == text

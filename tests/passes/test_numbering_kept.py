"""Markers are read once per line: parse_marker and sample_marker keep their answers (issue 17),
and a kept answer is the one a fresh reading gives."""

from __future__ import annotations

from reportfmt.passes.headings import numbering, samples
from reportfmt.passes.headings.numbering import parse_marker
from reportfmt.passes.headings.samples import sample_marker


def test_a_line_asked_again_gets_the_marker_read_the_first_time():
    lines = ["三、下一步打算", "（二）加强队伍建设", "1.2 工作目标", "第五条 本办法自印发之日起施行", "今年的工作"]
    first = [parse_marker(line) for line in lines]
    assert [m.family if m else None for m in first][-1] is None
    assert all(again is kept for again, kept in zip((parse_marker(line) for line in lines), first, strict=True))
    assert first == [numbering._parse_marker(line) for line in lines]


def test_a_long_text_is_read_but_not_kept():
    text = "一、" + "总结" * 400
    before = numbering._kept_marker.cache_info().currsize
    assert parse_marker(text) == numbering._parse_marker(text)
    assert numbering._kept_marker.cache_info().currsize == before


def test_sample_markers_are_kept_per_line_title_and_announcement():
    line = "社区工作计划范文1"
    kept = sample_marker(line, "社区工作计划", announced=True)
    assert kept is not None and kept.number == 1
    assert sample_marker(line, "社区工作计划", announced=True) is kept
    assert kept == samples._sample_marker(line, "社区工作计划", True)
    assert sample_marker("  第二篇：述职报告  ") == samples._sample_marker("  第二篇：述职报告  ", None, False)

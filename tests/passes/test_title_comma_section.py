"""A page opening on its first section numbered "一，" (a comma typed after the numeral) has no
title there: the line is the first of its sections, as "一、" is."""

from __future__ import annotations

import pytest

from reportfmt.passes.patterns import SECTION_NUMBER
from reportfmt.passes.title_shape import title_shaped


@pytest.mark.parametrize("line", ["一，巡检范围", "二，人员分工", "十二，附件清单"])
def test_a_comma_numbered_section_is_no_title(line):
    assert SECTION_NUMBER.match(line)
    assert not title_shaped(line)


@pytest.mark.parametrize("line", ["一，二，三，齐步走", "一,2号楼", "春季运动会秩序册"])
def test_no_section_number_read_in_a_count_or_a_name(line):
    assert not SECTION_NUMBER.match(line)

"""thread_losses.py names the form of each line of ours that the gold lacks (made-up lines)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from thread_losses import gain_if_fixed, kept_form, lines_of

OURS = lines_of("""\
周末去河边钓鱼
只看该作者
今天风大，鱼都不开口，坐了一下午只钓到两条小鲫鱼。
只看该作者
2024-05-18 19:27
回复 举报
本站提醒：文明发言，理性讨论，违者将被禁言处理。
""")


def test_each_kept_line_is_named_by_its_first_form():
    counts = Counter(OURS)
    forms = {line: kept_form(line, counts, "周末去河边钓鱼") for line in OURS}
    assert forms["周末去河边钓鱼"] == "kept: the title in the body"
    assert forms["只看该作者"] == "kept: repeated in posts"
    assert forms["2024-05-1819:27"] == "kept: stamp"
    assert forms["回复举报"] == "kept: bar"
    assert forms["本站提醒：文明发言，理性讨论，违者将被禁言处理。"] == "kept: sentence"


def test_fixing_a_mechanism_raises_the_pages_f1_by_what_it_cost():
    row = {"p": 0.5, "r": 1.0, "f1": 2 / 3, "ours": 200, "gold": 100, "lost": {"kept: bar": 100, "lost: x": 0}}
    assert abs(gain_if_fixed(row, "kept: bar") - 1 / 3) < 1e-9  # without the 100 kept characters: F1 1.0
    assert gain_if_fixed(row, "lost: x") == 0.0

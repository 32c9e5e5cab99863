"""Where chrome_zones.py places a line the scorer left (tests/eval/chrome_zones.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import panflute as pf

sys.path.insert(0, str(Path(__file__).parent))
from chrome_zones import place

from reportfmt.passes.boilerplate import scored

PROSE = ("为进一步做好今年全区的防汛抗旱工作,切实保障人民群众生命财产安全,经区政府同意,现就有关事项通知如下,"
         "请各单位结合实际认真抓好落实。")


def call(lines: list[str], removed: set[int] = frozenset()) -> dict:
    blocks = [(i, pf.Para(pf.Str(line))) for i, line in enumerate(lines)]
    return {"blocks": blocks, "removed": set(removed), "keep": lambda item: False, "title": ""}


def test_each_line_is_placed_by_what_keeps_it_from_the_model():
    lines = ["返回列表", PROSE, "分享到", PROSE, "一、工作要求", PROSE, "此致", "扫码关注"]
    found = call(lines)
    scored.use_model({"threshold": 0.9, "weights": {"": -5.0}, "families": {}})
    try:
        where, gap = place(found, 0)
        assert where == "scored, below threshold (head)"
        assert gap > 0  # log-odds under the threshold
        assert place(found, 2) == ("outside: mid-document", None)
        assert place(found, 4) == ("outside: numbered / structure line", None)
        assert place(found, 6) == ("guard: letter closing", None)
        assert place(found, 7)[0] == "scored, below threshold (tail)"
        # Between two lines a rule took, a line inside the body is judged.
        assert place(call(lines, {1, 3}), 2)[0] == "scored, below threshold (between)"
    finally:
        scored.use_model(None)

"""A 主持词's programme steps: "第一项：全体起立，奏国歌。" / the host's words / "第二项：…" (used by rules.py).

A host's script divides itself by the steps of the programme it runs, each numbered "第X项" and
followed by what the host says while it happens. The steps are its sections when two or more stand
in order (1, 2, 3…) and each but the last has the host's words under it; steps in consecutive lines
with nothing between them are an agenda read out at the start, a list.
"""

from __future__ import annotations

import itertools
import re

from .measure import visible_len
from .numbering import cn_to_int

# "第一项：…", "第2项 …", "第三项议程：…": the step's number, then what happens (or nothing).
_STEP = re.compile(r"^\s*第(?P<num>[一二三四五六七八九十]{1,3}|\d{1,2})项(?:议程)?\s*(?:[：:、,，.．]\s*)?")
STEP_MAX_CHARS = 40
STEPS_MIN = 2


def programme_steps(texts: list[str | None]) -> list[int]:
    """Block indices of the programme's steps, in order, or none."""
    steps: list[tuple[int, int]] = []
    for index, text in enumerate(texts):
        match = _STEP.match(text) if text else None
        if match and visible_len(text) <= STEP_MAX_CHARS and (number := cn_to_int(match.group("num"))):
            steps.append((index, number))
    if len(steps) < STEPS_MIN or [n for _, n in steps] != list(range(1, len(steps) + 1)):
        return []
    # each step but the last with the host's words under it (not the next step right below)
    if any(after - before < 2 for (before, _), (after, _) in itertools.pairwise(steps)):
        return []
    last = steps[-1][0]
    if not any(texts[last + 1:]):
        return []  # a list closing the page, nothing said under its last item
    return [index for index, _ in steps]

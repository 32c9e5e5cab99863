"""A know-how page's steps: "第一步：交代读了什么" / its paragraph / "第二步：…" (used by rules.py).

A guide that teaches a method in steps names each step on a line of its own, "第X步" and a few
words (or nothing) after it, the step's paragraph below. The steps are sections when two or more
stand in order (1, 2, 3…), each with words under it before the next. A step that says what to do
in a sentence ("第一步，先把材料收齐，再按年份分类。") is a point of a list, and a run of steps on
consecutive lines is the list of steps a paragraph announces: neither is a heading.
"""

from __future__ import annotations

import itertools
import re

from .measure import LINE_PUNCT, is_body, visible_len
from .numbering import cn_to_int

# "第一步：交代读了什么", "第2步 定框架", "第三步" alone: the step's number, then its name (or nothing).
# A story told in parts names them so too, "第一段：夜雪" / its paragraphs / "第二段：上路", and a plan
# its phases, "第一阶段：摸底" (each with its name after a colon: "第一段交代…" is a sentence).
_STEP = re.compile(r"^\s*第(?P<num>[一二三四五六七八九十]{1,3}|\d{1,2})"
                   r"(?:步\s*(?:[：:、.．]\s*)?|(?:段|阶段)\s*[：:]\s*)(?P<name>.*)$")
# The name is a few words, as a heading's are: no mark of a sentence or a clause inside or after it.
NAME_MAX_CHARS = 20
STEPS_MIN = 2


def step_headings(texts: list[str | None]) -> list[int]:
    """Block indices of the page's named steps, in order, or none."""
    steps: list[tuple[int, int]] = []
    for index, text in enumerate(texts):
        match = _STEP.match(text) if text else None
        if not match:
            continue
        name = match.group("name").strip()
        if visible_len(name) > NAME_MAX_CHARS or LINE_PUNCT.search(name):
            return []  # one step written as a sentence: the page lists its steps, it is not divided by them
        if number := cn_to_int(match.group("num")):
            steps.append((index, number))
    if len(steps) < STEPS_MIN or [n for _, n in steps] != list(range(1, len(steps) + 1)):
        return []
    # each step with its paragraph under it (not the next step right below), the last one too
    if any(after - before < 2 for (before, _), (after, _) in itertools.pairwise(steps)):
        return []
    if not all(is_body(texts[index + 1] if index + 1 < len(texts) else None) for index, _ in steps):
        return []
    return [index for index, _ in steps]

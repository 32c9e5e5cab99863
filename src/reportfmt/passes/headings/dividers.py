"""Unnumbered part names proven by the lists around them (used by rules.py).

A know-how page ("X的基本结构" / "1.标题。…" "2.称呼。…" / "X的写作注意事项" / an intro / "1.内容…。"
"2.语言…。") names its parts with short bare lines and numbers each part's points afresh: a bare
line standing where a numbered list starts over at 1, after a list of the same family above it,
is the name of the part that the new list opens, though it is the page's only such line.
"""

from __future__ import annotations

from .lookalikes import OPTIONS_MIN, is_exercise
from .measure import is_body
from .numbering import parse_marker

# Between the name and its list's first item: an intro paragraph or two at most.
INTRO_MAX_BLOCKS = 2


def restart_dividers(texts: list[str | None], shaped) -> list[int]:
    """Indices of bare lines (`shaped`: labels.unnumbered_shape) right above a list numbered
    afresh: item 1 within INTRO_MAX_BLOCKS body blocks below, an item numbered 2 or more of the
    same family the last numbered line above."""
    found = []
    for index, text in enumerate(texts):
        if not text or not index or not shaped(text):
            continue
        if is_exercise(text, texts[index + 1:index + 1 + OPTIONS_MIN]):
            continue  # a test's question over its options "A." "B." "C." (lettered afresh each time)
        first = _first_item_below(texts, index)
        if first is None:
            continue
        above = next((m for t in reversed(texts[:index]) if t and (m := parse_marker(t)) is not None), None)
        if above is not None and above.family == first.family and above.number >= 2:
            found.append(index)
    return found


def _first_item_below(texts: list[str | None], index: int):
    for step in range(1, INTRO_MAX_BLOCKS + 2):
        text = texts[index + step] if index + step < len(texts) else None
        if not text:
            return None
        marker = parse_marker(text)
        if marker is not None:
            return marker if marker.number == 1 else None
        if not is_body(text):
            return None
    return None

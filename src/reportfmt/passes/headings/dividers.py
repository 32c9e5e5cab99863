"""Unnumbered part names proven by the lists around them (used by rules.py).

A know-how page ("X的基本结构" / "1.标题。…" "2.称呼。…" / "X的写作注意事项" / an intro / "1.内容…。"
"2.语言…。") names its parts with short bare lines and numbers each part's points afresh: a bare
line standing where a numbered list starts over at 1, after a list of the same family above it,
is the name of the part that the new list opens, though it is the page's only such line. So is a
bare line between a paragraph's last sentence and a list starting at 1 right below it.
"""

from __future__ import annotations

import re

from .lookalikes import OPTIONS_MIN, is_exercise
from .measure import SENTENCE_ENDS, is_body
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
        if (above is not None and above.family == first.family and above.number >= 2) or _opens_list(texts, index):
            found.append(index)
    return found


def _opens_list(texts: list[str | None], index: int) -> bool:
    """"…另提预算审查。" / "委员会办理事项" / "1. 校园植栽…" / "2. …": a bare line between a paragraph's
    last sentence and the first item of a list right below it (its item 2 following) names the part
    that list makes up, as a divider after another list does."""
    before, below = texts[index - 1], texts[index + 1:index + 1 + LIST_LOOKAHEAD_BLOCKS]
    first = parse_marker(below[0]) if below and below[0] else None
    if not before or before.rstrip()[-1] not in SENTENCE_ENDS or first is None or first.number != 1:
        return False
    if _ANNOUNCES.search(texts[index]):
        return False  # "具体安排如下": the sentence introducing the list, its colon lost
    # (item 2 whole: a page cut inside it, "2、请校领导为获得“", shows no list)
    return any(t and (m := parse_marker(t)) is not None and m.family == first.family and m.number == 2
               and t.rstrip()[-1] not in _CUT_OPEN for t in below[1:])


# Marks a line cut inside its sentence ends on (a clause or a quote left open).
_CUT_OPEN = "，,：:、“‘《〈（(【［[「『"
_ANNOUNCES = re.compile(r"(?:如下|以下|下列|如次)\s*$")
# Item 2 of the list stands within this many blocks under the name (item 1 and its text between).
LIST_LOOKAHEAD_BLOCKS = 4


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

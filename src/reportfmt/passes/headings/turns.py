"""Names that take turns: a transcript's speakers, not a page's sections (used by labels.py).

A section is named once, or, on a page holding several samples written alike, once in each
sample, the names coming round in the same order ("[目标]" "[准备]" "[过程]" then again). A
speaker's tag comes back whenever that speaker talks again: after another speaker whose name the
first round did not hold, or right after itself (the tag printed again over a new paragraph).
"""

from __future__ import annotations

import itertools


def take_turns(names: list[str]) -> bool:
    """The names recur out of any cycle: the lines they open are speakers' turns."""
    if any(a == b for a, b in itertools.pairwise(names)):
        return True  # the same name twice in a row: no section follows itself
    repeat = next((j for j, name in enumerate(names) if name in names[:j]), None)
    if repeat is None:
        return False
    pivot = names[repeat]
    starts = [j for j, name in enumerate(names) if name == pivot]
    rounds = [names[a:b] for a, b in itertools.pairwise([*starts, len(names)])]
    return any(not _within(later, rounds[0]) for later in rounds[1:])


def _within(names: list[str], model: list[str]) -> bool:
    """`names` in `model`'s order, some left out (a sample that skips a part, a page cut short)."""
    rest = iter(model)
    return all(name in rest for name in names)

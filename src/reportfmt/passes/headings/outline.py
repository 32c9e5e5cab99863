"""Outline numbers ("1.3", "2.1", "4.1.2") that name their own place (used by rules.py).

A decimal number carries its path: "1.3" is the sibling after "1.2" whatever lies between
them (a numbered list "1. 2. 3." under "1.2", a picture), and "2.1" is the first child of the
part numbered 2 right above it. On a page cut short these are the proofs left: "1.3 快速浏览"
as the page's last line has no body under it, and "2.1 多源数据交叉验证" only a cut-off line.
Both proofs need the named relative accepted already, and the line heading-shaped.
"""

from __future__ import annotations

from ..regex_cache import LazyPattern
from .proofs import Candidate

_PATH = LazyPattern(r"^(\d{1,2}(?:\.\d{1,2}){1,3})")
_DECIMAL = ("decimal2", "decimal3", "decimal4")


def _path(cand: Candidate) -> tuple[int, ...] | None:
    if cand.marker.family not in _DECIMAL:
        return None
    match = _PATH.match(cand.text)
    return tuple(int(n) for n in match.group(1).split(".")) if match else None


def outline_places(candidates: list[Candidate], accepted: list[Candidate],
                   ranks: dict[str, int]) -> list[Candidate]:
    """Accept a heading-shaped decimal line whose number names an accepted relative: the sibling
    numbered just before it (same path, last number one less) with no accepted line of a higher
    family between them, or its parent right above it (a line numbered as the path's prefix,
    "二、" or "2." above "2.1")."""
    taken = {c.index for c in accepted}
    by_index = {c.index: c for c in accepted}
    extra = []
    for position, cand in enumerate(candidates):
        path = _path(cand)
        if cand.index in taken or path is None or cand.kind != "heading" or cand.closed:
            continue
        if path[-1] == 1:
            parent = candidates[position - 1] if position else None
            if (parent is not None and parent.index in taken and parent.index == cand.index - 1
                    and ranks[parent.marker.family] < ranks[cand.marker.family]
                    and parent.marker.number == path[-2] and parent.kind == "heading"):
                extra.append(cand)
            continue
        sibling_path = (*path[:-1], path[-1] - 1)
        for index in sorted(by_index, reverse=True):
            if index >= cand.index:
                continue
            other = by_index[index]
            if _path(other) == sibling_path and other.kind == "heading":
                extra.append(cand)
                break
            if ranks[other.marker.family] < ranks[cand.marker.family]:
                break  # a higher heading between them: another part
    return sorted([*accepted, *extra], key=lambda c: c.index)

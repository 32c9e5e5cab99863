"""A list of items read like the lists beside it: "（一）…" / "1. …" / "2. …" under each part.

A 教案 or a plan numbers short items under each of its parts: "（一）知识目标" / "1. …" / "2. …" /
"（二）能力目标" / "1. …" / "2. …". proofs.drop_empty_items reads each such run as a list when its
last item is followed by the parent's next sibling. One run among them may be followed by a line
of text instead (a teacher's note after the last step, a picture's caption, a closing remark),
and on its own that line looks like the last item's body, so the run would become two headings.
A reader decides by the document: where the other runs of the same family, each right under a
parent of the same family, are lists, a run shaped the same way (its items in consecutive lines,
numbered from 1, no text of their own between them) is a list too.
"""

from __future__ import annotations

from .proofs import Candidate

# The runs of a family under parents of one family that must already be lists: two, so that one
# agenda somewhere on the page proves nothing about the parts elsewhere.
LISTS_ALIKE_MIN = 2


def _runs(cands: list[Candidate]) -> list[tuple[str | None, list[Candidate]]]:
    """(parent family, items) of each run of headings of one family in consecutive blocks, numbered
    from 1 in order, right under a heading of another family (its parent)."""
    at = {c.index: c for c in cands}
    runs = []
    for cand in cands:
        parent = at.get(cand.index - 1)
        if (cand.kind != "heading" or cand.marker.number != 1 or parent is None
                or parent.marker.family == cand.marker.family):
            continue
        run = [cand]
        while ((item := at.get(run[-1].index + 1)) is not None and item.kind == "heading"
               and item.marker.family == cand.marker.family and item.marker.number == run[-1].marker.number + 1):
            run.append(item)
        if len(run) >= 2:
            runs.append((parent.marker.family, run))
    return runs


def lists_like_their_siblings(before: list[Candidate], after: list[Candidate]) -> list[Candidate]:
    """`after` less the runs read like their sibling runs: `before` is what the list proof
    (proofs.drop_empty_items) was given, `after` what it kept."""
    kept = {c.index for c in after}
    lists: dict[tuple[str | None, str], int] = {}
    for parent, run in _runs(before):
        if not any(c.index in kept for c in run):
            key = (parent, run[0].marker.family)
            lists[key] = lists.get(key, 0) + 1
    dropped = set()
    for parent, run in _runs(after):
        if lists.get((parent, run[0].marker.family), 0) >= LISTS_ALIKE_MIN:
            dropped.update(c.index for c in run)
    return [c for c in after if c.index not in dropped] if dropped else after

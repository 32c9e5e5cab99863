"""A part's name closed by a full stop, alone on its line over its own list.

"二、定期检查设施。" / "1.检查软管：…" / "2.检查报警器：…" / "三、掌握处置方法。遇到…": a page whose
parts run in after a name closed by "。" prints the one part that holds a list with its name
alone on the line, the list right below it. The line is closed like a sentence item, so the
sibling proofs refuse it (a closed line beside run-ins is one more provision); what proves it a
heading is its layout: a name of a few words (no clause inside, none announcing its points:
"正文包括两部分。" counts a list inside its paragraph's point), its own items numbered 1, 2 in
a lower family right under it, and a sibling numbered next to it on the page. A sentence item
of a list has no list of its own under it.
"""

from __future__ import annotations

from .numbering import ORDINAL_FAMILIES
from .proofs import Candidate, list_name, own_list_below, plain_siblings


def names_over_lists(texts: list[str | None], candidates: list[Candidate],
                     accepted: list[Candidate]) -> list[Candidate]:
    """The closed candidates that are a short name over their own list, among siblings: accepted."""
    taken = {c.index for c in accepted}
    extra = [c for c in candidates if c.index not in taken and c.kind == "heading" and c.closed
             and c.marker.family not in ORDINAL_FAMILIES and _closed_name(c)
             and own_list_below(texts, c) and plain_siblings(texts, c)]
    return sorted([*accepted, *extra], key=lambda c: c.index) if extra else accepted


def _closed_name(cand: Candidate) -> bool:
    name = cand.text[cand.marker.end:].strip()
    return name.endswith("。") and list_name(name[:-1])

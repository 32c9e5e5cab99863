"""Long numbered lines in a list whose items hold no text: list items, not sections (rules.py).

A section's name is short, or, when it runs long ("一、抓实常态化疫情防控，守住安全底线"), it
stands over its paragraphs as its siblings do. A list's items are sentences or long phrases
("1、第一次游戏，比一比谁吹得多" "2、…"), one under the other, some with no text of their own: a
long item among siblings of which one (itself or another) has nothing under it before the next
numbered line is an item of that list. The short items of the same list are
left to the other proofs (a short name over nothing is a template's part still to be filled in).
"""

from __future__ import annotations

from ..regex_cache import LazyPattern
from .measure import visible_len
from .proofs import Candidate, continues_parts

# Longer than this (after the marker, blanks and glosses aside), a numbered line is a sentence-like
# item rather than a name: most section names of the dev pages hold 15 characters or fewer.
ITEM_MIN_CHARS = 16
# A note in brackets after the name ("彩排（典礼前两天，全体参加）", "抽题（5分钟）") is no part of it.
_NOTE = LazyPattern(r"\s*[（(][^（()）]*[)）]\s*$")
# Two phrases of an item parted by a comma.
_COMMA = LazyPattern(r"[^，,]{2,}[，,][^，,]{2,}")


def drop_long_bare_items(texts: list[str | None], accepted: list[Candidate]) -> list[Candidate]:
    taken = {c.index: c for c in accepted}

    def bare(c: Candidate) -> bool:
        # nothing of its own under it: the next text line is the next numbered heading (not its
        # own first child, "（一）…" under "一、…"). The page's end proves nothing: a page cut
        # short may stop right under a section's name.
        below = next((i for i in range(c.index + 1, len(texts)) if texts[i]), None)
        return below in taken and (taken[below].marker.family == c.marker.family
                                   or taken[below].marker.number != 1)

    dropped = set()
    for run in _sibling_runs(accepted):
        if len(run) < 2 or not any(bare(c) for c in run):
            continue
        if (len(run) >= 3 and continues_parts(run[1:], accepted)
                and not any(_COMMA.search(c.text[c.marker.end:]) for c in run)):
            # "一、总体情况" over its paragraph, "二、…" "三、…" "四、…行政复议、行政诉讼情况" whose
            # tables the scrape lost, "五、…" over its paragraph: a template's outline, its long
            # names parts of it as the short ones are (proofs.continues_parts), no list's items
            # (items of two phrases parted by a comma stay a list's, whatever is under them)
            continue
        long_items = {c.index for c in run if c.kind == "heading"
                      and visible_len(_NOTE.sub("", c.text[c.marker.end:])) >= ITEM_MIN_CHARS}
        dropped |= long_items
        if long_items:
            # Siblings agree: an item of that list a little shorter, two phrases parted by a comma
            # ("1、第一次游戏，比一比谁吹得多" over "2、第二次游戏，比一比谁的泡泡飞得最高") with nothing
            # under it, is an item too. A name with a comma heads paragraphs of its own.
            dropped.update(c.index for c in run if c.kind == "heading" and bare(c)
                           and _COMMA.search(c.text[c.marker.end:]))
            dropped |= _adjoining_items(run, dropped, bare)
    return [c for c in accepted if c.index not in dropped]


def _adjoining_items(run: list[Candidate], dropped: set[int], bare) -> set[int]:
    """A run stacked whole, each item right over the next with no text between, one of them a list's
    item ("1. 写明…（居中）" right over "2. 每一条写清…"): every item of it is that list's, however
    short. (A run with text under any but its last item is left as it is.)"""
    if not all(bare(c) for c in run[:-1]):
        return set()
    return {c.index for c in run if c.kind == "heading"} - dropped


def _sibling_runs(accepted: list[Candidate]) -> list[list[Candidate]]:
    """Lines of one family numbered on from each other (1, 2, 3…), in page order."""
    runs: list[list[Candidate]] = []
    open_runs: dict[str, list[Candidate]] = {}
    for c in accepted:
        run = open_runs.get(c.marker.family)
        if run and c.marker.number == run[-1].marker.number + 1:
            run.append(c)
            continue
        open_runs[c.marker.family] = [c]
        runs.append(open_runs[c.marker.family])
    return runs

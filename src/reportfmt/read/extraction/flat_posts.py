"""Posts printed as runs of siblings, not boxes: a byline line (author and time), then the message.

Some boards and comment lists print no box per post: under one parent a short line with the
author and the time, then the message's block or blocks, then the next byline
(`<div class="ln">name 发表于 …</div><div class="tx">…</div>`, a definition list's
`<dt>`/`<dd>` pairs). Post detection (repeated_posts.py) looks for repeated boxes; here it would
find the byline lines alone. Each run (a byline and the blocks up to the next one) is wrapped in
a box of its own, before the page is scored, so that the runs are the posts. Found by shape
alone: siblings of one shape, each a short line with a time stamp, one to MAX_RUN blocks with
words between each two of them, and no byline among those blocks; the last run takes as many
blocks as most runs have, of the shapes the runs' blocks have.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import pairwise

from lxml import etree

from .repeated_posts import MIN_POSTS, STAMP, shape
from .votes import cjk_count, visible_length

# A byline line is at most this long (visible characters).
BYLINE_CHARS = 60
# A message is at most this many sibling blocks between two bylines.
MAX_RUN = 3
# Table rows and list items stay in their table or list: a box between them is not valid there.
_NOT_WRAPPED = {"tr", "tbody", "thead", "li", "td", "th", "option"}


def wrap_flat_posts(body: etree._Element) -> dict[etree._Element, list[etree._Element]]:
    """Wrap each run of a flat post list in a <div>: each new box with the elements it took."""
    wrapped = {}
    for parent in list(body.iter()):
        if not isinstance(parent.tag, str):
            continue
        children = [c for c in parent if isinstance(c.tag, str)]
        if len(children) < 2 * MIN_POSTS:
            continue
        for run in _runs(children):
            box = parent.makeelement("div")  # the page's element class (text_content and all)
            run[0].addprevious(box)
            box.extend(run)  # each element moves with its tail
            wrapped[box] = run
    return wrapped


def _runs(children: list[etree._Element]) -> list[list[etree._Element]]:
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, child in enumerate(children):
        if child.tag not in _NOT_WRAPPED:
            groups[shape(child)].append(index)
    for indexes in groups.values():
        if len(indexes) < MIN_POSTS:
            continue
        gaps = [b - a - 1 for a, b in pairwise(indexes)]
        if min(gaps) < 1 or max(gaps) > MAX_RUN or not all(_byline(children[i]) for i in indexes):
            continue
        runs = [children[a:b] for a, b in pairwise(indexes)]
        if any(_byline(e) or cjk_count(e.text_content()) < 2 for run in runs for e in run[1:]):
            continue
        kinds = {shape(e) for run in runs for e in run[1:]}
        length = Counter(gaps).most_common(1)[0][0]
        last = [children[indexes[-1]]]
        for elem in children[indexes[-1] + 1:indexes[-1] + 1 + length]:
            if shape(elem) not in kinds or _byline(elem):
                break
            last.append(elem)
        if len(last) > 1:
            runs.append(last)
        return runs
    return []


def _byline(elem: etree._Element) -> bool:
    text = " ".join(elem.text_content().split())
    return visible_length(text) <= BYLINE_CHARS and bool(STAMP.search(text))

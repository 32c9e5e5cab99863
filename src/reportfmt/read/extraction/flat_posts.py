"""Posts printed as runs of siblings, not boxes: a byline line (author and time), then the message.

Some boards and comment lists print no box per post: under one parent a short line with the
author and the time, then the message's block or blocks, then the next byline
(`<div class="ln">name 发表于 …</div><div class="tx">…</div>`, a definition list's
`<dt>`/`<dd>` pairs). Post detection (repeated_posts.py) looks for repeated boxes; here it would
find the byline lines alone. Each run (a byline and the blocks up to the next one) is wrapped in
a box of its own, before the page is scored, so that the runs are the posts. Found by shape
alone: siblings of one shape, each a short line with a time stamp, one to MAX_RUN blocks with
words between each two of them, and no byline among those blocks; the last run takes as many
blocks as most runs have, of the shapes the runs' blocks have. A board's archiver page prints
even the message as bare text: the byline paragraph, then the message as its tail and line
breaks (`<p class="author">name 发表于 …</p>words<br/>words<p class="author">…`); there a run
is the byline and the line breaks and inline elements up to the next byline (a heading may
open the first: the thread's title), each run with words in that text, the last run ending at
the first block after it.
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
        if not all(_byline(children[i]) for i in indexes):
            continue
        if text_runs := _text_runs(children, indexes):
            return text_runs
        gaps = [b - a - 1 for a, b in pairwise(indexes)]
        if min(gaps) < 1 or max(gaps) > MAX_RUN:
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


# What a message printed as bare text holds between its byline and the next: line breaks and
# text-level elements; a heading only as the title over the first message.
_TEXT_LEVEL = {"br", "a", "span", "font", "b", "strong", "i", "em", "u", "img", "small", "sup", "sub"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _text_runs(children: list[etree._Element], indexes: list[int]) -> list[list[etree._Element]]:
    """The runs of bylines whose messages are bare text (tails), or [] when they are not."""
    runs = []
    for number, start in enumerate(indexes):
        end = indexes[number + 1] if number + 1 < len(indexes) else len(children)
        run = [children[start]]
        for elem in children[start + 1:end]:
            if elem.tag not in _TEXT_LEVEL and not (number == 0 and elem.tag in _HEADINGS):
                if number + 1 < len(indexes):
                    return []  # a block between two bylines: not a text run
                break  # the last message ends at the first block after it
            run.append(elem)
        words = (run[0].tail or "") + "".join((e.text_content() if e.tag not in _HEADINGS else "") + (e.tail or "")
                                              for e in run[1:])
        if cjk_count("".join(words.split())) < 2:
            return []
        runs.append(run)
    return runs


def _byline(elem: etree._Element) -> bool:
    text = " ".join(elem.text_content().split())
    return visible_length(text) <= BYLINE_CHARS and bool(STAMP.search(text))

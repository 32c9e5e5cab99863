"""A reply that opens by repeating an earlier post: the repeated block goes, found by position.

Boards print the post a reply answers at the top of the reply, marked as a quote or not (a
tieba-like "回复 X：" copy, a Discuz box cut off with "..."), often with the quoted author and
time before it. When the block that opens a reply holds REPEAT_MIN_CHARS or more characters
that an earlier post (or the starter's text above the posts) already holds, the reader has
read it: the copy goes, recorded as `extract.quoted-copy`. It is the same test
candidates.drop_repeated_copies makes for whole copies, made here for copies that carry a
byline or were cut short. A short excerpt ("同意刷到顶") stays with the reply it introduces,
and so does a reply whose every word repeats (nothing of its own would be left).
"""

from __future__ import annotations

import re

from lxml import etree

from .audit import Audit
from .candidates import REPEAT_MIN_CHARS
from .repeated_posts import STAMP

_BLOCKS = {"p", "div", "li", "dd", "section", "article", "blockquote", "ul", "ol", "dl", "table", "tr", "td",
           "pre", "h1", "h2", "h3", "h4", "h5", "h6"}
# How a board marks a quote it cut short.
_CUT = re.compile(r"(?:\.{2,}|…+|。{2,})$")
# A byline in front of the copied words ("X 发表于 2024-5-18 19:27", "引用 3 楼 X 的回复：")
# is at most this long.
BYLINE_CHARS = 60


def squeeze(text: str | None) -> str:
    return "".join((text or "").split())


def drop_quoted_copies(posts: list[etree._Element], before: str, audit: Audit) -> None:
    """`posts` in page order; `before`: the starter's text above the first post, squeezed."""
    earlier = before
    for index, post in enumerate(posts):
        whole = squeeze(post.text_content())
        if index:
            opening = _opening_copy(post, earlier, whole)
            if opening is not None:
                audit.drop(opening, "quoted-copy")
        earlier += whole


def _opening_copy(post: etree._Element, earlier: str, whole: str) -> etree._Element | None:
    """The largest block at the post's start whose words an earlier post holds, or None."""
    first = _first_block(post)
    if first is None:
        return None
    found = None
    node = first
    while node is not None and node is not post:
        # up while the block still opens the post and leaves it words of its own; a byline
        # line alone ("X 发表于 …") repeats nothing, the quote box holding it may
        text = squeeze(node.text_content())
        if text == whole or not whole.startswith(text):
            break
        if _repeats(text, earlier):
            found = node
        node = node.getparent()
    return found


def _first_block(post: etree._Element) -> etree._Element | None:
    """The post's first block with text and no block inside it."""
    for elem in post.iterdescendants():
        if isinstance(elem.tag, str) and elem.tag in _BLOCKS and squeeze(elem.text_content()) \
                and not any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in elem.iterdescendants()):
            return elem
    return None


def _repeats(text: str, earlier: str) -> bool:
    """`text`, a byline in front of it and a cut mark after it set aside, is REPEAT_MIN_CHARS
    or more characters that `earlier` holds."""
    words = _CUT.sub("", text)
    stamp = STAMP.search(words[:BYLINE_CHARS])
    candidates = [words, words[stamp.end():].lstrip(":：")] if stamp else [words]
    return any(len(c) >= REPEAT_MIN_CHARS and c in earlier for c in candidates)


def drop_previews(article: etree._Element, posts: list[etree._Element], audit: Audit) -> None:
    """A block outside the posts that is the cut-short opening of a post's block (an "answered
    by X" box above a Q&A thread printing the chosen answer's first words and "…", a solution
    banner, a pinned reply's teaser): the reader reads the whole post below. Only a block that
    ends with a cut mark and whose words (REPEAT_MIN_CHARS or more) open a longer block of a
    post goes, recorded as `extract.quoted-copy`; the post keeps its words."""
    inside = {e for post in posts for e in post.iter()}
    openings = {_CUT.sub("", squeeze(block.text_content())) for post in posts for block in _leaf_blocks(post)}
    for block in [b for b in _leaf_blocks(article) if b not in inside]:
        text = squeeze(block.text_content())
        words = _CUT.sub("", text)
        if words == text or len(words) < REPEAT_MIN_CHARS:
            continue
        if any(len(opening) > len(words) and opening.startswith(words) for opening in openings):
            audit.drop(block, "quoted-copy")


def _leaf_blocks(root: etree._Element) -> list[etree._Element]:
    return [e for e in root.iter() if isinstance(e.tag, str) and e.tag in _BLOCKS and squeeze(e.text_content())
            and not any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in e.iterdescendants())]

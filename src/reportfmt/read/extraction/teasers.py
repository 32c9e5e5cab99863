"""News feeds: lists whose items each lead with a linked headline to another page.

A feed item ("你可能还想看", "推荐阅读", a photo stream) is a headline link, often a source
and time, and a summary written as prose. The summary is not a link, so without this step a
long feed outvotes a short article. Items of one template (siblings of one tag and class)
that mostly lead with a headline link are marked, and votes.py counts all their text as
link text: the feed then weighs what a list of links weighs.

A thread's posts (threads.py) are not headed by a link to another page, and a blog's list
of posts carries long entries, not summaries: neither is marked.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from lxml import etree

from .votes import TEASER_MARK, cjk_count, visible_length

# A headline link holds at least this many Chinese characters (user names, "更多", tags are shorter).
HEADLINE_CJK = 8
# The headline sits in the first part of the item (after at most a source and a time).
HEAD_SHARE = 0.4
# A summary is short: an item longer than this is an entry, not a teaser.
ITEM_MAX_CHARS = 600
MIN_ITEMS = 3
# Most members of the template group must be teasers.
ITEM_SHARE = 0.6


def mark_teasers(body: etree._Element) -> int:
    """Mark every item of a feed (TEASER_MARK); the number of items marked.

    One walk in document order, linear in the page: an element inside a marked item is known
    from its parent (a set of what lies inside marked items, not a climb over its ancestors;
    a mark is only ever set on an element the walk has yet to reach), a parent with too few
    children to hold a feed is passed over, a template group too small to be a feed is passed
    over before any member's text is read, and a group stops being read as soon as its
    members can no longer reach the share."""
    if body.xpath(f"boolean(ancestor::*[@{TEASER_MARK}])"):
        return 0  # the whole body lies inside a marked item
    marked_items = set(body.xpath(f"descendant-or-self::*[@{TEASER_MARK}]"))
    inside: set[etree._Element] = set()  # the marked items and every element under one
    marked = 0
    for parent in body.iter():
        if not isinstance(parent.tag, str) or not len(parent):
            continue  # a leaf holds no item
        within = parent is not body and parent.getparent() in inside
        if within or parent in marked_items:
            inside.add(parent)
        if within or len(parent) < MIN_ITEMS:
            continue
        groups: dict[tuple[str, str], list[etree._Element]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str):
                groups[_shape(child)].append(child)
        for members in groups.values():
            if _is_feed(members):
                for member in members:
                    member.set(TEASER_MARK, "")
                marked_items.update(members)
                marked += len(members)
    return marked


def _is_feed(members: list[etree._Element]) -> bool:
    """At least MIN_ITEMS teasers, and at least ITEM_SHARE of the group."""
    count = len(members)
    if count < MIN_ITEMS:
        return False
    # The fewest teasers that pass both tests (the same comparisons as written out).
    need = next((t for t in range(MIN_ITEMS, count + 1) if t >= ITEM_SHARE * count), count + 1)
    misses_allowed = count - need
    teasers = misses = 0
    for member in members:
        if is_teaser(member):
            teasers += 1
            if teasers >= need:
                return True
        else:
            misses += 1
            if misses > misses_allowed:
                return False
    return False


def is_teaser(item: etree._Element) -> bool:
    """A short item whose first part is a link with a headline's worth of Chinese text."""
    # A link to a place on this page (a post's own subject) leads nowhere else. An item with
    # no other link is no teaser: its text is never read.
    links = [link for link in item.iter("a") if not link.get("href", "").startswith("#")]
    if not links:
        return False
    text = " ".join(item.text_content().split())
    if not text or visible_length(text) > ITEM_MAX_CHARS:
        return False
    head = HEAD_SHARE * len(text)
    for link in links:
        words = " ".join(link.text_content().split())
        if cjk_count(words) >= HEADLINE_CJK and 0 <= text.find(words) <= head:
            return True
    return False


def unmark(tree: etree._Element) -> None:
    for elem in tree.iter():
        if isinstance(elem.tag, str) and TEASER_MARK in elem.attrib:
            del elem.attrib[TEASER_MARK]


def _shape(elem: etree._Element) -> tuple[str, str]:
    return elem.tag, _class_shape(elem.get("class", ""))


@functools.lru_cache(maxsize=4096)
def _class_shape(names: str) -> str:
    """A class attribute without its numbers, its names sorted (a page repeats a few dozen)."""
    return re.sub(r"\d+", "", " ".join(sorted(names.split())))

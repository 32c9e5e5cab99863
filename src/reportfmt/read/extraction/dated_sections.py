"""Dated sections of a document, told from the posts of a thread by their form.

A notice listing activities, a 工作简报's entries, a 大事记: each section is a box of one
template carrying a date, so repeated_posts.py reads them as posts. What posts have and such
sections lack is an author's mark: a profile link or a floor label (is_signed), a time in
markup (datetime, data-time, a title holding the full stamp), a relative time ("3天前"), a
byline (the stamp on a short line beside other words: the author's name, "发表于"), or a clock
time on a line of its own (a board stamps the moment of writing; a document's schedule gives
its clock times inside its sentences). A section's date stands alone on its line, or opens the
sentence of its entry. Posts without any of these marks are sections, also on a page whose
title says 社区 (a neighbourhood's committee, not a board): the page is a document, and its
sections' dates and its closing signer and date stay (a thread's trimming would take the dates as stamps and the closing
lines as the list's closing bar, or leave them outside the posts' box).
"""

from __future__ import annotations

import re

from lxml import etree

from .repeated_posts import STAMP, bare_day, has_time_markup, is_signed
from .votes import visible_length

# A stamp holding a clock: on a line of its own, a post's moment. A relative time is a post's.
_MOMENT = re.compile(r"\d\s*:\s*\d")
_RELATIVE = re.compile(r"前|刚刚")
# A byline: the date's line holds at most this many visible characters ...
BYLINE_CHARS = 40
# ... of which at least one beside the date (a name, "发表于"), and no sentence's end.
_SENTENCE_END = re.compile(r"[。！？；]")
_LINE_TAGS = {"p", "div", "li", "dd", "dt", "td", "th", "section", "article", "blockquote",
              "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol", "dl", "table"}


def document_sections(posts: list[etree._Element]) -> bool:
    """Every post found reads as a document's dated section: unsigned, stamped with a day
    alone (no clock, no relative time, no time in markup) and never on a byline."""
    return bool(posts) and not any(map(_authored, posts))


def _authored(post: etree._Element) -> bool:
    if is_signed(post) or has_time_markup(post):
        return True
    for node in post.iter():
        if not isinstance(node.tag, str):
            continue
        if bare_day(node) and _stamp_line(node, node.text.strip(), post) == "byline":
            return True
        for text, holder in ((node.text, node), (node.tail, node.getparent())):
            if not text or holder is None or (node is post and text is node.tail):
                continue
            for stamp in STAMP.finditer(text):
                line = _stamp_line(holder, stamp.group(0), post)
                if line == "byline" or (line == "alone" and _MOMENT.search(stamp.group(0))) \
                        or _RELATIVE.search(stamp.group(0)):
                    return True
    return False


def _stamp_line(holder: etree._Element, stamp: str, post: etree._Element) -> str:
    """What the stamp's line (its nearest block, within the post) is: "byline" (short, other
    words beside the stamp and no sentence's end: an author's name, "发表于"), "alone" (the
    stamp and nothing else), or "sentence" (a line of writing the date belongs to)."""
    line = holder
    while line.tag not in _LINE_TAGS and line is not post and line.getparent() is not None:
        line = line.getparent()
    text = " ".join(line.text_content().split())
    rest = text.replace(stamp, "", 1)
    if visible_length(text) > BYLINE_CHARS or _SENTENCE_END.search(rest):
        return "sentence"
    return "byline" if visible_length(rest) else "alone"

"""A listing whose items each end on a facts line: no title among them.

A tag page, a search page, a related-posts page lists pieces one under another, each as its name,
a line of its excerpt, then a short line of its facts: the day it went up (a time, a count of views
after it) or the file's pages and type ("12页 · docx"). The facts lines read alike but for their
figures (and file types). Such a page has no title: neither the first item's name nor the listing's own heading
(the tag's words, the search) one line above it. (A date right under a headline is
title_neighbours.heads_listing's form; here an excerpt stands between.) Used by title_line.
"""

from __future__ import annotations

import re

import panflute as pf

from .elements import block_text, is_text_block
from .regex_cache import LazyPattern
from .title_forms import clean_title
from .title_shape import text_begun, title_shaped

# The item's facts: a day (with its time, a count of views or reads after it), or pages and a
# file type. Figures only, with at most a short label for the count: no sentence.
_FACTS = LazyPattern(
    r"^\s*(?:(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s+[\u4e00-\u9fff]{1,3}\s*[:：]?\s*\d+)?"
    r"|\d{1,4}\s*[页頁]\s*[·・|｜/]\s*[A-Za-z]{2,5})\s*$")
ITEM_LINES = 3  # name, excerpt, facts
LOOKED_LINES = 1 + 2 * ITEM_LINES  # the listing's heading, then two items
ITEMS_MIN = 2


def _figures_form(line: str) -> str:
    """The facts line but for its figures and its file type ("#页·a" for "12页 · docx" and "5页 · xlsx")."""
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "#", "".join(line.split())))


def _item_at(lines: list[str], at: int) -> bool:
    """An item starts at `at`: a title-shaped name, an excerpt (text begun, or a line no title is),
    a facts line."""
    if at + ITEM_LINES > len(lines):
        return False
    name, excerpt, facts = lines[at:at + ITEM_LINES]
    return (bool(_FACTS.match(facts)) and not _FACTS.match(name) and title_shaped(clean_title(name))
            and not _FACTS.match(excerpt) and (text_begun(excerpt) or not title_shaped(clean_title(excerpt))))


def faceted_items_start(text: str, following: list[pf.Block]) -> int | None:
    """Where the first item starts, counting the line as 0, when the line is the first item's name
    (0) or the listing's heading right above it (1) and two items or more follow one another, their
    facts lines alike but for the figures; None otherwise."""
    lines = [text.strip()]
    for block in following:
        if len(lines) >= LOOKED_LINES + ITEM_LINES or not is_text_block(block):
            break
        if line := block_text(block).strip():
            lines.append(line)
    for start in (0, 1):
        items = [at for at in range(start, len(lines), ITEM_LINES) if _item_at(lines, at)]
        run = 0
        while run < len(items) and items[run] == start + run * ITEM_LINES:
            run += 1
        forms = {_figures_form(lines[at + ITEM_LINES - 1]) for at in items[:run]}
        if run >= ITEMS_MIN and len(forms) == 1:
            return start
    return None

"""A page's tagline: one bare line under the title, above the first paragraph (used by labels.py).

A unit's page sets a motto or a one-line description under its name ("服务同学是我们的使命" over an
office's introduction), a wiki mirror its short description under the article's name ("向组织
提出请求的文书" over the lead paragraph): a line of the page's head, read as a bare heading beside
the page's real sections further down. Those sections are named in a few words ("格式", "写作要求",
"小组简介"); the tagline says a phrase two or three times as long. Sections of one page are named
alike; the one line above the first paragraph standing far longer than all of them is no sibling.
"""

from __future__ import annotations

from .measure import visible_len

# The line names no section when it is this many times longer than the longest section further down
TAGLINE_LENGTH_RATIO = 2
# (and holds a phrase, not a name: "前言", "概述" stay the first section)
TAGLINE_MIN_CHARS = 8
# Sections further down that set the measure: two at least, or one line is no page's style.
SECTIONS_MIN = 2


def drop_tagline(texts: list[str | None], chosen: list[int], first_body: int) -> list[int]:
    """`chosen` (bare lines read as sections) without a lone line above the page's first paragraph
    (index `first_body`) that is far longer than every section further down."""
    above = [i for i in chosen if i < first_body]
    further = [i for i in chosen if i >= first_body]
    if len(above) != 1 or len(further) < SECTIONS_MIN:
        return chosen
    length = visible_len(texts[above[0]] or "")
    longest = max(visible_len(texts[i] or "") for i in further)
    if length >= TAGLINE_MIN_CHARS and length > TAGLINE_LENGTH_RATIO * longest:
        return further
    return chosen

"""Markdown heading marks a plain page prints literally: "## 一、强化组织领导", "### 小结".

A page written in markdown (an AI page, a blog exported as text) reaches reportfmt as plain text
or as HTML whose paragraphs still show the marks: our text reader never runs pandoc's markdown
reader (it would eat the masks' asterisks), so the marks stay text. A reader takes such a line for
a heading of its level, so it is one, whatever its shape; the marks themselves are no words of it.
Hand-written markdown never gets here: pandoc's reader made its headings Header elements already.
"""

from __future__ import annotations

import re

from .measure import HAS_WORD, SENTENCE_INSIDE, visible_len
from .numbering import ORDER, parse_marker

# One to six marks, then the heading's words. One mark needs a blank after it: "#话题" and
# "#话题#" are a social site's tags, no heading.
_HEAD = re.compile(r"^(?P<marks>#{2,6})[ \t\u3000]*(?=[^#\s])|^(?P<mark>#)[ \t\u3000]+(?=[^#\s])")
# A heading is short; "## 一、…" holding a sentence end is a paragraph that kept its marks by
# mistake, still no heading.
MAX_CHARS = 60
FAMILY_PREFIX = "md"


def markdown_heads(texts: list[str | None]) -> dict[int, tuple[int, int]]:
    """Block index -> (number of marks, where the heading's words start)."""
    found: dict[int, tuple[int, int]] = {}
    for index, text in enumerate(texts):
        match = _HEAD.match(text) if text else None
        if not match:
            continue
        words = text[match.end():].rstrip()
        if ("#" in words or not HAS_WORD.search(words) or visible_len(words) > MAX_CHARS
                or SENTENCE_INSIDE.search(words[:-1])):
            continue
        found[index] = (len(match.group("marks") or match.group("mark")), match.end())
    return found


def bare_family(marks: int) -> str:
    """The family of a markdown heading that carries no number of its own ("## 小结")."""
    return f"{FAMILY_PREFIX}{marks}"


def rank_marks(heads: dict[int, tuple[int, int]], texts: list[str | None], ranks: dict[str, float]) -> None:
    """Rank the bare markdown families among the numbered ones: "## 总体要求" beside "## 一、…" is
    a 一、 part's sibling; "### 小结" under "## 一、…" sits one rank below it; marks alone
    (no number anywhere) rank by their count, above the 一、 parts a page may number below them."""
    numbered: dict[int, float] = {}
    for index, (marks, _start) in heads.items():
        marker = parse_marker(texts[index] or "")
        if marker is not None:
            numbered[marks] = min(numbered.get(marks, ranks[marker.family]), ranks[marker.family])
    for marks in sorted({m for m, _start in heads.values()}):
        if marks in numbered:
            rank = numbered[marks]
        elif above := [r for m, r in numbered.items() if m < marks]:
            rank = max(above) + 0.5
        elif below := [r for m, r in numbered.items() if m > marks]:
            rank = min(below) - 0.5
        else:
            rank = ORDER["yi"] - 0.5 + marks * 0.01
        ranks[bare_family(marks)] = rank

"""Bare section names framed by paragraphs on a numbered page: "递交步骤" between a paragraph's
closing sentence and the paragraph (or list) it names.

A page numbering its parts ("一、" "（一）" "1.") often names a part of a part without a number,
one such line alone ("注意事项", "办理质量的影响因素"): the line ends no sentence, the line above
it does, and a paragraph, a sentence introducing a list, or the list's first item follows it. The
frame is the proof, one line is enough; siblings are not asked for (labels.between_body asks for
two and a numbered part under one of them, which a single named part never meets).
Not a line the page prints twice (a running head, a repeated link), not an article's number in
numerals the marker reader does not know ("第卅六条"), not a line the next words wrap on to.
"""

from __future__ import annotations

import re
from collections import Counter

from .labels import unnumbered_shape
from .measure import WRAPPED_BODY_MIN_CHARS, is_body, squeeze, visible_len, wrap_tail
from .numbering import parse_marker

# "…的要求如下：": a sentence introducing the list below, this long at least (not a label "时间：").
INTRODUCER_MIN_CHARS = 10
# "第卅六条", "第廿章": an article or a chapter numbered in numerals the marker reader does not read.
_ARTICLE_LIKE = re.compile(r"^第\s*\S{1,4}\s*[条條章节節款项編编]")
# The marks a paragraph's last sentence ends with (a quote closing it too).
_CLOSES_SENTENCE = "。！!？?…”"
# "表2 受访情况", "2024寒假": a number in a short line is a table's, a date's or a count's more often
# than a section's.
_HAS_DIGIT = re.compile(r"\d")


def _closes_paragraph(text: str | None) -> bool:
    return bool(text) and text.rstrip()[-1] in _CLOSES_SENTENCE


def _opens_part(text: str | None) -> bool:
    """A paragraph (long enough not to be a closing word such as "敬礼！"), a sentence introducing a
    list, or the list's first numbered item with words after its number."""
    if not text:
        return False
    marker = parse_marker(text)
    if marker is not None:
        return marker.number == 1 and visible_len(text[marker.end:]) >= 2
    if text.rstrip()[-1] in "：:":
        return visible_len(text) >= INTRODUCER_MIN_CHARS
    return is_body(text) and visible_len(text) >= WRAPPED_BODY_MIN_CHARS


def framed_lines(texts: list[str | None], free) -> list[int]:
    """Indices of bare lines framed as section names (see the module docstring); `free(i)`: the
    line is not already decided (a heading, a caption, the title)."""
    counts = Counter(squeeze(t) for t in texts if t)
    chosen = []
    for i in range(1, len(texts) - 1):
        text = texts[i]
        if not text or not free(i) or not unnumbered_shape(text) or counts[squeeze(text)] != 1:
            continue
        if _ARTICLE_LIKE.match(squeeze(text)) or _HAS_DIGIT.search(text):
            continue
        below = texts[i + 1]
        if _closes_paragraph(texts[i - 1]) and _opens_part(below) and not wrap_tail(text, below):
            chosen.append(i)
    return chosen

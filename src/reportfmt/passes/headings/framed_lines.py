"""Bare section names framed by paragraphs on a numbered page: "递交步骤" between a paragraph's
closing sentence and the list (or the paragraph) it names.

A page numbering its parts ("一、" "（一）" "1.") often names a part of a part without a number
("注意事项", "影响办理质量的因素"): the line ends no sentence, the line above it does, and a
paragraph, a sentence introducing a list, or the list's first item follows it. A picture's
caption between two paragraphs of an essay is framed alike, so the frame alone proves nothing:
one of the framed lines must head a list (its first item, its introducing sentence or its first
bullet); then its framed siblings on the page are names too. (labels.between_body asks for a
numbered part under one of two such lines, which a part divided by named lists never shows.)
Not a line the page prints twice (a running head, a repeated link), not an article's number in
numerals the marker reader does not know ("第卅六条"), not a line the next words wrap on to, not a
line over "一、" (a document's own title stands there as often as a part's name).
"""

from __future__ import annotations

from collections import Counter

from ..regex_cache import LazyPattern
from .labels import unnumbered_shape
from .measure import WRAPPED_BODY_MIN_CHARS, is_body, squeeze, visible_len, wrap_tail
from .numbering import ORDER, parse_marker

# "…的要求如下：": a sentence introducing the list below, this long at least (not a label "时间：").
INTRODUCER_MIN_CHARS = 10
# "• 教材与单元：…", "- 写明…": a bulleted list's first item.
_BULLETED = LazyPattern(r"^\s*[-－•●▪■◆]\s*[\u3400-\u9fff]")
# "第卅六条", "第廿章": an article or a chapter numbered in numerals the marker reader does not read.
_ARTICLE_LIKE = LazyPattern(r"^第\s*\S{1,4}\s*[条條章节節款项編编]")
# The marks a paragraph's last sentence ends with (a quote closing it too).
_CLOSES_SENTENCE = "。！!？?…”"
# "表2 受访情况", "2024寒假": a number in a short line is a table's, a date's or a count's more often
# than a section's.
_HAS_DIGIT = LazyPattern(r"\d")


def _closes_paragraph(text: str | None) -> bool:
    return bool(text) and text.rstrip()[-1] in _CLOSES_SENTENCE


def _opens_list(text: str | None) -> bool:
    """A list under the line: its first item numbered 1 with words after the number ("1.预约：…",
    "（1）…"; not "一、", over which a document's own title stands as often as a part's name), a
    sentence introducing it ("…集中在以下几个方面："), or its first bullet ("• …", "- …")."""
    if not text:
        return False
    marker = parse_marker(text)
    if marker is not None:
        return marker.number == 1 and visible_len(text[marker.end:]) >= 2 and marker.rank > ORDER["yi"]
    if _BULLETED.match(text):
        return True
    return text.rstrip()[-1] in "：:" and visible_len(text) >= INTRODUCER_MIN_CHARS


def _opens_part(text: str | None) -> bool:
    """A list (_opens_list) or a paragraph, long enough not to be a closing word such as "敬礼！"."""
    if _opens_list(text):
        return True
    return (bool(text) and parse_marker(text) is None and text.rstrip()[-1] not in "：:"
            and is_body(text) and visible_len(text) >= WRAPPED_BODY_MIN_CHARS)


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
    # A list opened under one of them proves them names: a picture's caption between two
    # paragraphs of an essay ("老街的黄昏") is framed alike, and never heads a list.
    return chosen if any(_opens_list(texts[i + 1]) for i in chosen) else []

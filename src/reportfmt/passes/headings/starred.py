"""Star-led heads of a newsletter or a 简报: "★守正创新" / "☆红色课堂" above their paragraphs.

A 简报 or a column page sets its items' heads off with a glyph instead of a number, under a
bracketed column name ("【学思践悟】") or between a report's numbered parts ("一、党建引领" /
"☆红色课堂" / "☆志愿先锋" / "二、民生服务"). Two or more lines led by the same glyph, each a short
bare phrase above body text, are such heads; a glyph-led list ("★ 遵守纪律" / "★ 服从安排", no
paragraph under its items) is not. The glyph stays: it is how the page marks the head.
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .labels import paired_shape, unnumbered_shape
from .measure import is_body

# The glyphs pages lead their heads with (a bullet "•" or "-" leads list items, never these).
_STAR = re.compile(r"^\s*(?P<glyph>[★☆■□◆◇▲△▶►◎❖✦✧])\s*(?=\S)")
STARRED_MIN = 2
# "【学思践悟】" alone on its line: a column's name, the parent of the heads below it.
_COLUMN = LazyPattern(r"^\s*[【\[［][^【】\[\]［］，,。；;：:！!？?]{2,12}[】\]］]\s*$")
# Body paragraphs between the column's name and its first head (the column's lead).
COLUMN_LEAD_BLOCKS = 2


def starred_heads(texts: list[str | None]) -> list[int]:
    """Indices of the glyph-led heads: per glyph, the lines shaped as a bare heading above body
    text, when there are two or more of them."""
    groups: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        match = _STAR.match(text) if text else None
        following = texts[index + 1] if index + 1 < len(texts) else None
        if match and _bare(text[match.end():]) and is_body(following):
            groups.setdefault(match.group("glyph"), []).append(index)
    return sorted(i for heads in groups.values() if len(heads) >= STARRED_MIN for i in heads)


def column_above(texts: list[str | None], first: int) -> int | None:
    """The bracketed column name standing above the first head, body text between them only."""
    for index in range(first - 1, max(first - 2 - COLUMN_LEAD_BLOCKS, -1), -1):
        text = texts[index]
        if text and _COLUMN.match(text):
            return index
        if not is_body(text):
            return None
    return None


def _bare(words: str) -> bool:
    # "不忘初心" or two phrases joined by a comma ("不忘初心，牢记使命"), as bare heads are written
    return unnumbered_shape(words) or paired_shape(words)

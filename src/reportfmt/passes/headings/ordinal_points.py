"""Run-in points counted by words inside a page's sections: "第一、先记后评。…" / "其一，…。…".

labels.ordinal_runins reads "第一，…。" points on a page with no sections. The same points stand as
often inside a numbered section ("四、三种文字怎样配合使用" over "第一、先记后评。听课记录…" /
"第二、评后再思。…"), counted with 第X and a 、 or a comma, or with 其X ("其一，“先议后决”必须成为硬
约束。凡属…"). Each section is read apart: its lines opening with such an ordinal are all points, two
or more, numbered 1, 2, 3… in order; a section where one of them is a sentence ("第一，我想…", a
clause list running on past the point) holds no points.
"""

from __future__ import annotations

import itertools

from ..regex_cache import LazyPattern
from .numbering import cn_to_int

# An ordinal word: 第X or 其X, then 、 or a comma.
_ORDINAL = LazyPattern(r"^\s*(?P<word>第|其)(?P<num>[一二三四五六七八九十])[、，,]")
# The point after it: one short clause, or two short ones (a pledge's paired phrases), closed by a
# full stop (labels._ORDINAL_RUNIN's shape); a quoted word counts as words.
_CLAUSE = r"[^。！!？?；;，,：:]"
_POINT = LazyPattern(rf"(?:{_CLAUSE}{{2,30}}|{_CLAUSE}{{2,12}}[，,]{_CLAUSE}{{2,12}})[。！!]")
# The paragraph after the point: a sentence at least this long.
BODY_MIN_CHARS = 10
POINTS_MIN = 2
# A point never opens on a pronoun: "第一，我想在…。" is the speaker's sentence.
_PRONOUN = LazyPattern(r"^[我你您他她它咱这那]")


def _point_end(text: str) -> tuple[str, int, int] | None:
    """(ordinal word, number, where the point ends) of a line opened by an ordinal and a point."""
    match = _ORDINAL.match(text)
    if not match:
        return None
    point = _POINT.match(text, match.end())
    if not point or _PRONOUN.match(text[match.end():]) or len(text[point.end():].strip()) < BODY_MIN_CHARS:
        return None
    return match.group("word"), cn_to_int(match.group("num")), point.end()


def ordinal_points(texts: list[str | None], free, heads: set[int]) -> dict[int, int]:
    """Block index -> where its point ends, for the ordinal points of each section (the text
    between two of `heads`, the page's headings; the whole page when it has none)."""
    found: dict[int, int] = {}
    bounds = sorted({-1, *heads, len(texts)})
    for start, end in itertools.pairwise(bounds):
        opening = [i for i in range(start + 1, end) if texts[i] and _ORDINAL.match(texts[i])]
        points = {i: p for i in opening if free(i) and (p := _point_end(texts[i]))}
        if len(points) < POINTS_MIN or len(points) != len(opening):
            continue
        words = {word for word, _, _ in points.values()}
        numbers = [number for _, number, _ in points.values()]
        if len(words) == 1 and numbers == list(range(1, len(numbers) + 1)):
            found.update({i: cut for i, (_, _, cut) in points.items()})
    return found

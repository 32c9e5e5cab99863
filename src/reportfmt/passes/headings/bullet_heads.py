"""Bulleted labels heading a numbered part's points: "三、正文的层次" / "- 缘由" / "- 说明为什么…。" /
"- 事项" / "- 分条列出…。". A know-how page prints the elements of a part as a bulleted list whose
short items (a name of two to six characters, at most a colon after it, no sentence) each stand over
the longer lines that explain them. Two such names or more inside the list make them the part's
subsections; a list of short items alone ("- 水壶" / "- 雨具") is no heading, nor one name over its gloss."""

from __future__ import annotations

from ..regex_cache import LazyPattern
from .measure import is_body, squeeze, visible_len
from .numbering import parse_marker

# "- 缘由" / "• 手签：": a bullet, a short name, at most a colon.
_BULLET_NAME = LazyPattern(r"^\s*[-－•●▪■◆]\s*(?P<name>[\u3400-\u9fff]{2,6})\s*[:：]?\s*$")
_BULLET = LazyPattern(r"^\s*[-－•●▪■◆]\s*")
# The line under a name explains it: a sentence of some length, bulleted or not.
GLOSS_MIN_CHARS = 12
BULLET_HEADS_MIN = 2


def _name(text: str | None) -> str | None:
    match = _BULLET_NAME.match(text) if text else None
    return match.group("name") if match else None


def _gloss(text: str | None) -> bool:
    if not text or _name(text):
        return False
    rest = _BULLET.sub("", text, count=1)
    return visible_len(rest) >= GLOSS_MIN_CHARS and is_body(rest)


def _opens(text: str | None) -> bool:
    """Above a name: the part's name, another name's gloss, a paragraph; never a short bulleted
    item (the names would be items of one list of short things)."""
    if not text or _name(text):
        return False
    return parse_marker(text) is not None or not _BULLET.match(text) or _gloss(text)


def bullet_heads(texts: list[str | None]) -> list[int]:
    """Lines of bulleted names, each over its gloss and under the part's name or the gloss before
    it: two or more with names all different, or none."""
    chosen = [i for i, t in enumerate(texts)
              if _name(t) and i > 0 and i + 1 < len(texts) and _gloss(texts[i + 1]) and _opens(texts[i - 1])]
    names = [squeeze(_name(texts[i]) or "") for i in chosen]
    if len(chosen) < BULLET_HEADS_MIN or len(set(names)) != len(names):
        return []
    return chosen

"""The heading rules read a converted page's lines without its pinyin glosses.

Some sites convert pages to traditional characters and print the reading of every character
they split: "主動(dòng)公開政府信息情況", "報(bào)告". A line so glossed holds Latin letters and
brackets its words do not: the rules would read it as a line with an aside in it, not as the
heading it is. On a page that glosses (a few readings with tone marks), decide() reads every
line without its glosses, and the offsets it gives back (a run-in's cut, a markdown mark's
end) are moved onto the line as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import LazyPattern
from ..script import without_readings, written_offset
from .measure import PINYIN_GLOSS

_GLOSS = re.compile(PINYIN_GLOSS)
# A reading with a tone mark: no English word or letter label ("表(a)") carries one.
_TONED_GLOSS = LazyPattern(r"[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńň][a-zü]*[）)]")
# A page glosses when this many of its readings carry tone marks.
MIN_TONED_GLOSSES = 3


def glosses_page(texts: list[str | None]) -> bool:
    """Whether the page prints pinyin glosses after its characters."""
    count = 0
    for text in texts:
        if not text or ("(" not in text and "（" not in text):
            continue
        count += sum(1 for gloss in _GLOSS.finditer(text) if _TONED_GLOSS.fullmatch(gloss.group()))
        if count >= MIN_TONED_GLOSSES:
            return True
    return False


def unglossed(texts: list[str | None]) -> tuple[list[str | None], dict[int, tuple[list[int], int]]]:
    """The page's lines without their glosses, and for each line that had some, its offsets and
    its written length (for written_decision)."""
    read: list[str | None] = []
    moved: dict[int, tuple[list[int], int]] = {}
    for index, text in enumerate(texts):
        if text is None:
            read.append(None)
            continue
        bare, offsets = without_readings(text, _GLOSS)
        read.append(bare)
        if offsets is not None:
            moved[index] = (offsets, len(text))
    return read, moved


def written_decision(decision, offsets: list[int], length: int):
    """A decision made on an unglossed line, its offsets moved onto the line as written."""
    changes = {}
    if decision.cut:
        changes["cut"] = written_offset(decision.cut, offsets, length)
    if decision.strip:
        changes["strip"] = written_offset(decision.strip, offsets, length)
    return replace(decision, **changes) if changes else decision

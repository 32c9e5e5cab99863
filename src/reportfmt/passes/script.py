"""Fold the script variants of a line before matching words in it.

Template sites serve the same chrome in traditional characters ("全文預覽已結束", "小編精心推薦"),
and some convert so badly that every character carries its pinyin ("版權(quán)說明"). Rules are
written once, in simplified characters: lines are matched in a folded form, never changed.
`to_simplified` maps character for character, so offsets into the folded text are offsets into
the line (cut rules use it); `fold_script` also drops the pinyin glosses (whole-line rules).
"""

from __future__ import annotations

import functools
import os
import re

from .patterns import CJK

# A pinyin gloss printed after a character: "權(quán)", "計(jì)"; in full-width brackets too, as the
# text reader prints every bracket of a Chinese line ("號（hào）": round 26, such a line was
# never folded once read).
_GLOSS = re.compile(rf"(?<=[{CJK}])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{1,6}}[)）]")


@functools.cache
def _traditional() -> tuple[str, str]:
    """passes/traditional.txt: line 1 traditional, line 2 simplified (after '#' comment lines)."""
    # Beside this module (not importlib.resources: it costs the filter's start-up 5 ms; nor
    # pathlib: 20 M instructions to import).
    with open(os.path.join(os.path.dirname(__file__), "traditional.txt"), encoding="utf-8") as file:
        text = file.read()
    traditional, simplified = (line for line in text.splitlines() if line and not line.startswith("#"))
    return traditional, simplified


@functools.cache
def _finder() -> re.Pattern[str]:
    """A pattern finding any traditional character."""
    traditional, _ = _traditional()
    # Ideographs are letters and re.escape leaves letters alone: escaping 2,700 of them one by
    # one (2 M instructions of every filter call) gives back the same text.
    return re.compile(f"[{traditional if traditional.isalpha() else re.escape(traditional)}]")


@functools.cache
def _table() -> dict[int, int]:
    """Traditional -> simplified; built on a page's first traditional character (most pages
    have none, and the 2,700 entries cost 1.4 M instructions)."""
    return str.maketrans(*_traditional())


def to_simplified(text: str) -> str:
    """Traditional characters as simplified ones, one for one (offsets are kept)."""
    # Looking costs a scan; translating costs a lookup per character: only when needed.
    return text.translate(_table()) if _finder().search(text) else text


def fold_script(text: str) -> str:
    """Simplified characters, pinyin glosses dropped: the form whole-line rules see."""
    folded = to_simplified(text)
    return _GLOSS.sub("", folded) if "(" in folded or "（" in folded else folded


def fold_script_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """fold_script's text, and where each of its characters stands in `text` (None when no reading
    was dropped: the offsets are the same). A form read in the folded text gives back offsets into
    the line as written through written_offset."""
    return without_readings(to_simplified(text), _GLOSS)


def without_readings(text: str, gloss: re.Pattern[str]) -> tuple[str, list[int] | None]:
    """`text` without the readings `gloss` finds, and where each character left stands in `text`
    (None when there was none to drop)."""
    if "(" not in text and "（" not in text:
        return text, None
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for reading in gloss.finditer(text):
        pieces.append(text[last:reading.start()])
        offsets.extend(range(last, reading.start()))
        last = reading.end()
    if not pieces:
        return text, None
    pieces.append(text[last:])
    offsets.extend(range(last, len(text)))
    return "".join(pieces), offsets


def written_offset(at: int, offsets: list[int] | None, length: int) -> int:
    """An offset into the folded text as an offset into the text as written: a reading after the
    last character before it goes with that character ("範(fàn)文" ends after its reading)."""
    if offsets is None:
        return at
    return offsets[at] if at < len(offsets) else length


@functools.cache
def _simplified_finder() -> re.Pattern[str]:
    """A pattern finding a character only simplified text writes (a traditional page has none)."""
    traditional, simplified = _traditional()
    only = "".join(sorted(set(simplified) - set(traditional)))
    return re.compile(f"[{only if only.isalpha() else re.escape(only)}]")


# A text is written in traditional characters when it has a few of them and its traditional
# characters outnumber the simplified-only ones this many times (a traditional page quoting a
# simplified name, a simplified page citing a traditional title stay what they are).
MIN_TRADITIONAL = 8
TRADITIONAL_RATIO = 3


def is_traditional(text: str) -> bool:
    """Whether `text` is written in traditional characters (so its language is zh-Hant)."""
    traditional = len(_finder().findall(text))
    if traditional < MIN_TRADITIONAL:
        return False
    return traditional >= TRADITIONAL_RATIO * len(_simplified_finder().findall(text))

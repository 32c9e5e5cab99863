"""Fold the script variants of a line before matching words in it.

Template sites serve the same chrome in traditional characters ("全文預覽已結束", "小編精心推薦"),
and some convert so badly that every character carries its pinyin ("版權(quán)說明"). Rules are
written once, in simplified characters: lines are matched in a folded form, never changed.
`to_simplified` maps character for character, so offsets into the folded text are offsets into
the line (cut rules use it); `fold_script` also drops the pinyin glosses (whole-line rules).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .patterns import CJK

# A pinyin gloss printed after a character: "權(quán)", "計(jì)".
_GLOSS = re.compile(rf"(?<=[{CJK}])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{1,6}}\)")


@functools.cache
def _table() -> tuple[re.Pattern[str], dict[int, int]]:
    """Traditional -> simplified, from passes/traditional.txt (line 1: traditional, line 2:
    simplified, after '#' comment lines), and a pattern finding any traditional character."""
    # Beside this module (not importlib.resources: it costs the filter's start-up 5 ms).
    text = Path(__file__).with_name("traditional.txt").read_text(encoding="utf-8")
    traditional, simplified = (line for line in text.splitlines() if line and not line.startswith("#"))
    return re.compile(f"[{re.escape(traditional)}]"), str.maketrans(traditional, simplified)


def to_simplified(text: str) -> str:
    """Traditional characters as simplified ones, one for one (offsets are kept)."""
    traditional, table = _table()
    # Looking costs a scan; translating costs a lookup per character: only when needed.
    return text.translate(table) if traditional.search(text) else text


def fold_script(text: str) -> str:
    """Simplified characters, pinyin glosses dropped: the form whole-line rules see."""
    folded = to_simplified(text)
    return _GLOSS.sub("", folded) if "(" in folded else folded

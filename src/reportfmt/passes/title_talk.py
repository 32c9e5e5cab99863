"""Whether a page's text talks about a line above it: the test that tells a title from the
channel, column or group label a site prints over it.

A title names what the text below it is about, so the text's opening repeats its words ("學生宿舍
委員會簡介" over "…宿舍委員會由…"; "签呈格式" over "签呈是…"). A channel's label ("學生自治組織",
"職場", "中年級組作品") names the site's shelf, and the text says none of it. Words are read as
pairs of written characters, scripts folded, so that a word the text inflects or reorders still
counts.
"""

from __future__ import annotations

import re

from .patterns import CJK
from .script import fold_script

_CJK_RUN = re.compile(rf"[{CJK}]+")
# How much of the text's opening is read: a title's words come back in its first sentences.
OPENING_CHARS = 300


def char_pairs(text: str) -> set[str]:
    """The pairs of adjacent written characters of the text (scripts folded)."""
    pairs: set[str] = set()
    for run in _CJK_RUN.findall(fold_script(text)):
        pairs.update(run[i:i + 2] for i in range(len(run) - 1))
    return pairs


def talked_about(line: str, opening: str) -> float:
    """The share of the line's character pairs the text's opening holds (0 for a line without one)."""
    pairs = char_pairs(line)
    if not pairs:
        return 0.0
    return len(pairs & char_pairs(opening[:OPENING_CHARS])) / len(pairs)

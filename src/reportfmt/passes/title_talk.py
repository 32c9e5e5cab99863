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


# How much of the text under a line is read to tell whether the page ever says its words: a title's
# words come back within its text's first paragraphs, however the text opens (a site's shelf, its
# slogan or a control says none of them, round 42: 10 own-tune sites, 12 stored pages whose titles
# all came back in their text). A text saying fewer than TEXT_MIN_PAIRS different character pairs
# is too short (or says the same thing over and over) to tell.
TEXT_CHARS = 3000
TEXT_MIN_PAIRS = 120
# A line taken for the title after a line the text never says must say mostly what the text says:
# once the first title-shaped line was the site's, the next may be the site's too (a menu's item, a
# recommended headline) and a word in common is no proof.
AFTER_UNSAID_MIN_SHARE = 0.5
# A line of one or two character pairs is a word or two: a short title naming its kind ("喜报",
# "贺信") need not come back in its text, so saying none of it proves nothing.
UNSAID_MIN_PAIRS = 3


def share_said(line: str, text: str) -> float | None:
    """The share of the line's character pairs the text (its first TEXT_CHARS characters) holds;
    None for a line without a pair or a text saying fewer than TEXT_MIN_PAIRS different pairs."""
    pairs = char_pairs(line)
    said = char_pairs(text[:TEXT_CHARS])
    if not pairs or len(said) < TEXT_MIN_PAIRS:
        return None
    return len(pairs & said) / len(pairs)


def pair_count(line: str) -> int:
    """How many different character pairs the line holds."""
    return len(char_pairs(line))


def says_any(line: str, texts: list[str]) -> bool:
    """Whether any of the texts holds one of the line's character pairs."""
    pairs = char_pairs(line)
    return any(pairs & char_pairs(text) for text in texts)

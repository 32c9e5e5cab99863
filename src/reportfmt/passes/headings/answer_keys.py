"""A test's answer lines ("解答 C" / "答案：B" under each question) are no headings.

Each is a short word and an option's letter. A page's parts may be lettered too ("附录 A", "附录 B"),
but in order, each letter once; a test's answers repeat letters and jump among them (C, C, B, A…).
Two or more lines of one word with letters out of that order are the test's answer key.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .measure import squeeze

# A word of Chinese, an optional colon, one option letter (A–H, either width already folded).
_ANSWER = re.compile(r"^(?P<word>[\u3400-\u9fff]{1,6})[:：]?(?P<letter>[A-Ha-h])$")
ANSWER_MIN_LINES = 2


def answer_lines(texts: list[str | None]) -> set[int]:
    """Indices of the lines that are a test's answers."""
    by_word: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for index, text in enumerate(texts):
        match = _ANSWER.match(squeeze(text)) if text else None
        if match:
            by_word[match.group("word")].append((index, match.group("letter").upper()))
    found: set[int] = set()
    for lines in by_word.values():
        letters = [letter for _, letter in lines]
        in_order = letters == [chr(ord("A") + n) for n in range(len(letters))]
        if len(lines) >= ANSWER_MIN_LINES and not in_order:
            found.update(index for index, _ in lines)
    return found

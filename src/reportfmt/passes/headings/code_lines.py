"""Lines of code or markup: a program or a page's source shown line by line (used by rules.py).

A forum post pastes a script with its line numbers ("1. @echo off" / "2. for …" / "3. pause"),
a scraped page keeps its markup's debris ("1. <span id=…></span>"): numbered lines, but their
words are a program's, not a section's name. A Chinese page names its sections in Chinese; a line
with no Chinese character that holds a program's signs (@ % = < > { } \\ ; $ ^ `, a path, a call)
or opens on a lower-case word is code.
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .numbering import parse_marker

# Any Chinese character (CJK unified ideographs and their extension A and compatibility blocks).
_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A program's signs: operators and sigils, a path ("/f", "c:\"), a call ("print("), a tag.
_CODE_SIGN = LazyPattern(r"[@%=<>{}\\;$^`]|/[A-Za-z]|[A-Za-z_]\(")
# A command or a keyword opening the line: a lower-case word (an English heading is capitalised).
_LOWER_WORD = LazyPattern(r"[a-z]")
CODE_MIN_CHARS = 2


def is_code(text: str | None) -> bool:
    """The line (its words after any number) is code or markup, not a heading's words."""
    if not text:
        return False
    marker = parse_marker(text)
    words = (text[marker.end:] if marker else text).strip()
    if len(words) < CODE_MIN_CHARS or _CHINESE.search(words):
        return False
    return bool(_CODE_SIGN.search(words) or _LOWER_WORD.match(words))


def code_lines(texts: list[str | None]) -> set[int]:
    """Indices of the lines that are code or markup."""
    return {i for i, text in enumerate(texts) if is_code(text)}

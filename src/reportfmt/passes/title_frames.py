"""Whether a page's first line is the first of its items' names, each printed in one frame.

A page with no title of its own (a digest's sections, a blog's category page, a bulletin's
archive) opens on its first item's name, and every item's name is printed in the same frame: the
same marks around the words ("——最新的来信——" … "——最快的回复——"), or the same kind of figures
after them ("期末小结 20240112" … "年度小结 20240105"). The title step took that first name for the
page's title and the item lost its name. A title stands alone: no line below it is framed so with
other words, each over its own text. The frame is the page's own form, whatever the words.
"""

from __future__ import annotations

import panflute as pf

from .elements import block_text, is_text_block
from .patterns import CJK
from .regex_cache import LazyPattern
from .script import fold_script
from .title_shape import text_begun, title_shaped
from .width import fold_width

# How far below the first name the next one is looked for (an item's text runs a few paragraphs).
FRAME_SEARCH_BLOCKS = 16
# The words between the marks: runs of ideographs or Latin letters; figures read as "#".
_WORDS = LazyPattern(rf"[{CJK}A-Za-z]+")
_FIGURES = LazyPattern(r"\d+")
# Quotation and book-title marks name a thing inside a title ("《某书》读后感"); they frame no item.
_QUOTE_MARKS = "《》〈〉“”‘’「」『』\"'"
# A day written in figures alone after the name ("… 20240112"): a post's date, its frame.
_COMPACT_DAY = LazyPattern(r"\s(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
# Items share no first words: "某某方案1" over "某某方案2" is a sample series (numbers_a_series).
SHARED_HEAD_CHARS = 2


def _frame(line: str) -> str | None:
    """The line's frame: its words as "X", its figures as "#", a day after it as "@", its marks
    kept. None unless marks stand on both sides of the words or a day follows them (a plain name,
    or one with a number, frames no series: numbers_a_series reads those)."""
    line = _COMPACT_DAY.sub(" @", " ".join(fold_width(line).split()))
    frame = _FIGURES.sub("#", _WORDS.sub("X", line))
    if not frame:
        return None  # (a blank line: no frame, and no first or last character to read)
    if "@" in frame:
        return frame
    # Marks on both sides of the words: a frame around the name. Marks before the words only are
    # a masked name ("**街道办事处…", a page's asterisks hiding a unit), no frame.
    return frame if _mark(frame[0]) and _mark(frame[-1]) else None


def _mark(char: str) -> bool:
    return char not in "X#" and not char.isspace() and char not in _QUOTE_MARKS


def _words(line: str) -> str:
    return "".join(_WORDS.findall(line))


def heads_framed_items(text: str, following: list[pf.Block]) -> bool:
    """The line, over its own text, is framed as a line further down is, with other words, over
    that line's text: the first of the page's items, no title."""
    line = fold_script(text).strip()
    frame = _frame(line)
    if frame is None or not title_shaped(line):
        return False
    lines = [fold_script(block_text(b)).strip() for b in following[:FRAME_SEARCH_BLOCKS] if is_text_block(b)]
    lines = [one for one in lines if one]
    if not lines or not text_begun(lines[0]):
        return False  # an item's name stands over its text
    words = _words(line)
    for at, other in enumerate(lines[1:-1], start=1):
        other_words = _words(other)
        if (_frame(other) == frame and other_words and other_words[:SHARED_HEAD_CHARS] != words[:SHARED_HEAD_CHARS]
                and title_shaped(other) and text_begun(lines[at + 1])):
            return True
    return False

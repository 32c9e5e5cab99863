"""Lines naming a file: a download's link, not a section of the page (used by rules.py).

A notice lists the files it attaches ("附件：" over "1.报名表.docx" / "2.评分细则.pdf"), a forum post
lists the files it talks of, a 文库 page names the document it shows: a name ending in a file's
extension, numbered or not. A section is named in words, never with an extension; and an
"附件：" label over file names alone carries no attachment's text: it heads nothing on the page.
Nor does one over the attachments' names above the document's signature and date: a notice names
its attachments before it signs (附件说明), and their text, when a page carries it, comes after the
date.
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .measure import SENTENCE_INSIDE, is_body, squeeze

# The extensions of the documents, sheets, slides, archives and pictures pages link to, ending the line
# (perhaps in brackets with the file's size: "报名表.xlsx（25KB）").
_FILE_NAME = re.compile(
    r"\S\.(?:docx?|xlsx?|pptx?|pdf|wps|et|dps|txt|zip|rar|7z|jpe?g|png)\s*"
    r"(?:[(（]\s*[\d.]+\s*[KMG]?B\s*[)）])?\s*$", re.I)
# The signature's date: a line opening on a year (in digits or numerals) and short, its day perhaps
# cut off by the page ("二〇一三年四月"), or written with dashes ("2024-3-5").
_DATE_LED = LazyPattern(r"^\s*(?:(?:19|20)\d{2}\s*[年\-/.]|[〇○零一二三四五六七八九]{4}\s*年)")
DATE_LINE_MAX_CHARS = 16
# The attachments' names and the signer between the label and the date: a few lines.
SIGNOFF_MAX_LINES = 6
# A file's name is a line's worth, not a paragraph ending on one.
FILE_LINE_MAX_CHARS = 80


def is_file_name(text: str | None) -> bool:
    """The line names a file: it ends in a file's extension and holds no sentence."""
    if not text or len(squeeze(text)) > FILE_LINE_MAX_CHARS:
        return False
    match = _FILE_NAME.search(text)
    return bool(match) and not SENTENCE_INSIDE.search(text[:match.start()])


def file_name_lines(texts: list[str | None]) -> set[int]:
    """Indices of the lines naming a file."""
    return {i for i, text in enumerate(texts) if is_file_name(text)}


def labels_files(texts: list[str | None], index: int) -> bool:
    """The label at `index` ("附件：") has a file's name right under it: the attachments are links,
    their text is not on the page."""
    return index + 1 < len(texts) and is_file_name(texts[index + 1])


def names_before_signoff(texts: list[str | None], index: int) -> bool:
    """The label at `index` ("附件：") has only short lines under it (the attachments' names, the
    signer) down to a date line: the notice's list of what it attaches, no attachment's text."""
    lines = [t for t in texts[index + 1:index + 2 + SIGNOFF_MAX_LINES] if t]
    end = next((i for i, t in enumerate(lines)
                if _DATE_LED.match(t) and len(squeeze(t)) <= DATE_LINE_MAX_CHARS), None)
    return end is not None and end >= 2 and not any(is_body(t) for t in lines[:end])

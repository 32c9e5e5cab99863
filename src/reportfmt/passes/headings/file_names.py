"""Lines naming a file: a download's link, not a section of the page (used by rules.py).

A notice lists the files it attaches ("附件：" over "1.报名表.docx" / "2.评分细则.pdf"), a forum post
lists the files it talks of, a 文库 page names the document it shows: a name ending in a file's
extension, numbered or not. A section is named in words, never with an extension; and an
"附件：" label over file names alone carries no attachment's text: it heads nothing on the page.
"""

from __future__ import annotations

import re

from .measure import SENTENCE_INSIDE, squeeze

# The extensions of the documents, sheets, slides, archives and pictures pages link to, ending the line
# (perhaps in brackets with the file's size: "报名表.xlsx（25KB）").
_FILE_NAME = re.compile(
    r"\S\.(?:docx?|xlsx?|pptx?|pdf|wps|et|dps|txt|zip|rar|7z|jpe?g|png)\s*"
    r"(?:[(（]\s*[\d.]+\s*[KMG]?B\s*[)）])?\s*$", re.I)
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

"""One input page: bytes -> text -> panflute Doc, by format (plain text, HTML, markdown).

Plain text is parsed by our own reader so that masks such as `**区` stay literal;
HTML is pre-cleaned (no scripts, frames or remote images) and given to pandoc's reader.
"""

from __future__ import annotations

from pathlib import Path

import panflute as pf

from ..errors import ReportfmtError
from ..passes.elements import iter_elements
from .encodings import decode
from .html import read_html
from .images import PagePictures, page_folder
from .markdown import read_markdown
from .text import bold_labels_in, read_plain_text

TEXT_EXTENSIONS = {".txt", ".text"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_EXTENSIONS = {".md", ".markdown"}
INPUT_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | MARKDOWN_EXTENSIONS
# A Word document named on the command line is read (word.py); a folder's or an archive's .docx
# files are not looked for (DOCX is also what `convert` writes: a second run over a folder that
# holds its own output would take it in).
WORD_EXTENSIONS = {".docx"}


def detect_format(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in HTML_EXTENSIONS:
        return "html"
    if suffix in MARKDOWN_EXTENSIONS:
        return "markdown"
    if suffix in TEXT_EXTENSIONS:
        return "txt"
    head = text[:2048].lstrip().lower()
    if head.startswith(("<?xml", "\ufeff<?xml")) and "<html" in head:
        head = head[head.index("<html"):]  # an XHTML page's XML declaration (and doctype) first
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "txt"



def read_bytes(data: bytes, source: str = "<input>", fmt: str | None = None, *,
               replies: str = "keep", **where) -> pf.Doc:
    """Decode and parse one input page (`replies`: option extract.replies, for HTML).
    `where` locates the page's own files for its pictures: `base` (its folder inside the
    input), `resources` (root-relative path -> bytes) and `limits` (images.Limits)."""
    if fmt == "docx" or (fmt is None and Path(source).suffix.lower() in WORD_EXTENSIONS):
        # A Word document is a zip package, never text: pandoc's docx reader reads it (word.py).
        from .word import read_word

        return read_word(data, source=source, **where)
    text = decode(data, source)
    return read_text(text, source=source, fmt=fmt or detect_format(source, text), replies=replies, **where)


def read_text(text: str, *, source: str = "<input>", fmt: str = "txt", replies: str = "keep", **where) -> pf.Doc:
    text = text.replace("\x00", "")
    # The page's kept and dropped pictures (images.py); the writers embed the kept ones.
    pictures = PagePictures(page_folder(source))
    try:
        if fmt == "html":
            doc = read_html(text, replies=replies, pictures=pictures, **where)
            bold_labels_in(doc)  # "<p>1. **会议名称**</p>": an AI page's markdown, printed as text
        elif fmt == "markdown":
            doc = read_markdown(text)
            if any(isinstance(e, pf.Image) for e in iter_elements(doc)):
                from .mdpictures import take_markdown_pictures  # only a document with pictures needs it

                take_markdown_pictures(doc, pictures, source=source, **where)
        else:
            doc = read_plain_text(text)
    except ReportfmtError as exc:
        raise ReportfmtError(str(exc), source=source) from None
    # A scraped page (text or HTML) is always cleaned; only markdown may be hand-written
    # (read_markdown says when it is sure).
    if fmt in ("txt", "html"):
        doc.scraped = True
    doc.pictures = pictures
    return doc

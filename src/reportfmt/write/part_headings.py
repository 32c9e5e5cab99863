"""A part heading (第X编, 第X章, 第X节: a law's, a regulation's or a long report's divisions) is
printed centred with no first-line indent, where the numbered section headings (一、（一）1.)
keep the body's two-character indent.

pandoc's DOCX writer ignores a custom style on a heading, so the DOCX gets the centring as the
heading paragraph's own properties in word/document.xml (`centre_in_docx`); the EPUB/HTML
heading gets the class `part-heading` (styles/epub.css); styles/reportfmt.typst reads the
heading's text itself (its `part-heading` test), so the PDF of `pandoc --filter` gets it too.
"""

from __future__ import annotations

import re

import panflute as pf

from ..passes.elements import stringify
from ..passes.patterns import CN_DIGITS

PART_CLASS = "part-heading"
# The division's number and its kind, then its name after a space or nothing ("第一章 总则",
# "第二章总则", "第三节"); never an article (第X条), whose label opens a body paragraph.
PART_HEADING = re.compile(rf"^第[{CN_DIGITS}\d]{{1,5}}[编編章节節](?![课課])")

_DOCX_HEADING = re.compile(
    r'(<w:p><w:pPr><w:pStyle w:val="Heading\d" ?/>)(</w:pPr>.*?</w:p>)', re.S)
_DOCX_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
# No first-line indent (the heading styles indent two characters) and centred.
DOCX_CENTRED = '<w:ind w:firstLineChars="0" w:firstLine="0" /><w:jc w:val="center" />'


def is_part_heading(text: str) -> bool:
    return bool(PART_HEADING.match("".join(text.split())))


def has_part_headings(doc: pf.Doc) -> bool:
    return any(isinstance(block, pf.Header) and is_part_heading(stringify(block))
               for block in blocks_within(doc.content))


def blocks_within(blocks):
    """Every block, and the blocks of each Div (a sample's, a section's) among them."""
    for block in blocks:
        yield block
        if isinstance(block, pf.Div):  # a sample's or a section's Div
            yield from blocks_within(block.content)


def mark_part_headings(doc: pf.Doc) -> pf.Doc:
    """The EPUB/HTML copy: each part heading classed `part-heading`."""
    for block in blocks_within(doc.content):
        if isinstance(block, pf.Header) and PART_CLASS not in block.classes and is_part_heading(stringify(block)):
            block.classes.append(PART_CLASS)
    return doc


def centre_in_docx(document_xml: str) -> str:
    """word/document.xml with each part heading's paragraph centred, without indent."""
    # Here, not at the top: `pandoc --filter` imports this module (conform) and never writes
    # DOCX itself, and html's entity table costs ~0.7 ms of every filter call to import.
    from html import unescape

    def centre(match: re.Match) -> str:
        text = unescape("".join(_DOCX_TEXT.findall(match.group(2))))
        if not is_part_heading(text):
            return match.group(0)
        return match.group(1) + DOCX_CENTRED + match.group(2)

    return _DOCX_HEADING.sub(centre, document_xml)

"""Tables laid out per writer, following what the tables pass measured (passes/tables.py).

DOCX: every cell's paragraphs take the reference document's table styles (Table Text, Table
Heading, and their Small variants: 仿宋 4号 or 5号, header bold), and a table classed
`table-landscape` sits in a landscape section of its own (section breaks before and after,
copied from styles/reference.docx so the footers and margins stay the document's).
typst: a small or landscape table gets its text size, a landscape one a flipped page; the
rest (ruled cells, bold header, caption above) is in styles/reportfmt.typst.
"""

from __future__ import annotations

import functools
import re
import zipfile

import panflute as pf

from ..passes.elements import iter_elements
from ..passes.tables import LANDSCAPE_CLASS, SMALL_CLASS
from ..resources import style_file

TYPST_SMALL_SIZE = "10.5pt"  # 5号


def lay_out_tables(doc: pf.Doc, fmt: str) -> pf.Doc:
    visit = _docx_table if fmt == "docx" else _typst_table if fmt in ("typst", "pdf") else None
    if visit is None:
        return doc
    tables = [elem for elem in iter_elements(doc) if isinstance(elem, pf.Table)]
    if any(LANDSCAPE_CLASS in table.classes or (visit is _typst_table and _size_class(table))
           for table in tables):
        return doc.walk(visit)  # a table gets blocks around it: walk puts them in its place
    # Otherwise every change is inside a table: no walk, which would rebuild every row list
    # of a 50,000-row table.
    for table in tables:
        visit(table, doc)
    return doc


def _size_class(table: pf.Table) -> str | None:
    return next((c for c in (LANDSCAPE_CLASS, SMALL_CLASS) if c in table.classes), None)


def docx_table_styles(table: pf.Table) -> tuple[str, str]:
    """The styles of a table's heading cells and of its other cells in the reference document."""
    small = " Small" if _size_class(table) else ""
    return "Table Heading" + small, "Table Text" + small


def _docx_table(elem: pf.Element, _doc: pf.Doc):
    if not isinstance(elem, pf.Table):
        return None
    heading, text = docx_table_styles(elem)
    for section, style in ((elem.head, heading), *((b, text) for b in elem.content), (elem.foot, text)):
        if section is None:
            continue
        rows = list(section.content) if not isinstance(section, pf.TableBody) else [*section.head, *section.content]
        for row in rows:
            for cell in row.content:
                blocks = list(cell.content)
                if blocks and not (len(blocks) == 1 and isinstance(blocks[0], pf.Div)
                                   and "custom-style" in blocks[0].attributes):
                    # pandoc styles a cell's Plain blocks "Compact" whatever the Div says: Para.
                    blocks = [pf.Para(*b.content) if isinstance(b, pf.Plain) else b for b in blocks]
                    cell.content = [pf.Div(*blocks, attributes={"custom-style": style})]
    if LANDSCAPE_CLASS in elem.classes:
        portrait, landscape = docx_sections()
        return [pf.RawBlock(portrait, format="openxml"), elem, pf.RawBlock(landscape, format="openxml")]
    return None


@functools.cache
def docx_sections() -> tuple[str, str]:
    """Two empty paragraphs that end a section: the reference document's own (portrait)
    section, and the same turned to landscape (width and height swapped, margins turned)."""
    with zipfile.ZipFile(style_file("reference.docx")) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    found = re.search(r"<w:sectPr\b.*?</w:sectPr>", xml, re.S)
    section = found.group(0) if found else "<w:sectPr/>"
    size = re.search(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"/>', section)
    margins = re.search(r'<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"', section)
    landscape = section
    if size and margins:
        width, height = size.groups()
        top, right, bottom, left = margins.groups()
        landscape = landscape.replace(size.group(0), f'<w:pgSz w:w="{height}" w:h="{width}" w:orient="landscape"/>')
        landscape = landscape.replace(
            margins.group(0), f'<w:pgMar w:top="{left}" w:right="{top}" w:bottom="{right}" w:left="{bottom}"')
    paragraph = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>{}</w:pPr></w:p>'
    return paragraph.format(section), paragraph.format(landscape)


def _typst_table(elem: pf.Element, _doc: pf.Doc):
    if not isinstance(elem, pf.Table):
        return None
    size = _size_class(elem)
    if size is None:
        return None
    # A show-set rule, so it wins over the template's `show table: set text(size: 14pt)`.
    opening = f"#[#show table: set text(size: {TYPST_SMALL_SIZE})"
    closing = "]"
    if size == LANDSCAPE_CLASS:
        opening, closing = "#page(flipped: true)[" + opening, closing + "]"
    return [pf.RawBlock(opening, format="typst"), elem, pf.RawBlock(closing, format="typst")]

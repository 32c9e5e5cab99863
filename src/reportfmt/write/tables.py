"""Tables laid out per writer, following what the tables pass measured (passes/tables.py).

DOCX: every cell's paragraphs take the reference document's table styles (Table Text, Table
Heading, and their Small variants: 仿宋 4号 or 5号, header bold): the table sits in a Div of
its text style, each heading cell's blocks in a Div of the heading style (pandoc gives a
paragraph its innermost custom style, so this writes the same document.xml as a Div in every
cell, with one Div where there were as many as cells), and a table classed
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
from panflute.containers import DictContainer, ListContainer

from ..passes.elements import elements_of
from ..passes.tables import LANDSCAPE_CLASS, SMALL_CLASS
from ..resources import style_file
from .json_dump import TABLE_SEPARATOR, tables_in_a_row

TYPST_SMALL_SIZE = "10.5pt"  # 5号


def lay_out_tables(doc: pf.Doc, fmt: str) -> pf.Doc:
    visit = _docx_table if fmt == "docx" else _typst_table if fmt in ("typst", "pdf") else None
    if visit is None:
        return doc
    tables = elements_of(doc, (pf.Table,))
    if visit is _docx_table and len(tables) > 1:
        _separate_tables(doc)
    if any(LANDSCAPE_CLASS in table.classes or (visit is _typst_table and _size_class(table))
           for table in tables):
        return doc.walk(visit)  # a table gets blocks around it: walk puts them in its place
    if tables:
        # Otherwise each table is replaced where it stands (DOCX: by its Div): no walk, which
        # would rebuild every row list of a 50,000-row table.
        _replace_tables(doc, visit)
    return doc


def _block_lists(root: pf.Element):
    """Every list of blocks (and of inlines) under `root`, reached through the plain lists."""
    stack = [root]
    while stack:
        elem = stack.pop()
        for name in elem._children:
            child = getattr(elem, name)
            kind = type(child)
            if kind is ListContainer:
                yield child
                stack.extend(item for item in child.list if item._children)
            elif kind is DictContainer:
                stack.extend(value for value in child.dict.values() if value._children)
            elif child is not None and child._children:
                stack.append(child)


def _separate_tables(root: pf.Element) -> None:
    """The empty paragraph pandoc's DOCX writer puts between two tables in a row (so Word does
    not join them), put there first: once each table sits in its Div, pandoc no longer sees
    them in a row (json_dump writes the same when it lays tables out)."""
    for blocks in list(_block_lists(root)):
        items = blocks.list
        meets = [index for index in range(len(items) - 1, 0, -1) if tables_in_a_row(items[index - 1], items[index])]
        for index in meets:  # last first: each insertion leaves the earlier indices in place
            blocks.insert(index, pf.RawBlock(TABLE_SEPARATOR["c"][1], format="openxml"))


def _replace_tables(root: pf.Element, visit) -> None:
    """Each table under `root` replaced in its list of blocks by what `visit` returns (None
    keeps it), an outer table before the tables in its cells: each is found in the list that
    holds it once the tables around it are laid out (a table reached through the plain lists,
    as iter_elements reads them, has no parent set to find it by)."""
    done: set[int] = set()  # a table's replacement holds it: it is met again, inside
    for blocks in _block_lists(root):  # a list is yielded before what it holds is read
        for index, item in enumerate(blocks.list):
            if isinstance(item, pf.Table) and id(item) not in done:
                done.add(id(item))
                replacement = visit(item, None)
                if replacement is not None:
                    blocks[index] = replacement


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
                    cell.content = [pf.Div(*blocks, attributes={"custom-style": style})] \
                        if section is elem.head else blocks
    table = pf.Div(elem, attributes={"custom-style": text})
    if LANDSCAPE_CLASS in elem.classes:
        portrait, landscape = docx_sections()
        return [pf.RawBlock(portrait, format="openxml"), table, pf.RawBlock(landscape, format="openxml")]
    return table


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

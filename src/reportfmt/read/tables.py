"""Tables of a scraped page before pandoc reads them: layout tables unwrapped, data tables tidied.

Old pages (and many government sites) lay out the whole page, or one article, with tables:
a single cell around the text, a row of two columns of prose, a cell holding headings or
another table. Rendered as tables they would put the report into a grid. Such a table is
unwrapped: its cells become plain blocks in reading order, every character kept. A data
table (a grid of short values) stays a table; its <col> width hints go (the tables pass
measures widths itself, and pandoc reads a <colgroup> that disagrees with the rows into a
table panflute refuses) and a caption line written just above it stays where it is (the
figures pass takes it).
"""

from __future__ import annotations

import re

from lxml import etree

_SECTION_TAGS = ("thead", "tbody", "tfoot")
_CELL_TAGS = ("td", "th")
_BLOCKS_THAT_ARE_NOT_DATA = ("h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "pre")
# Sentence punctuation: prose, not a value.
_SENTENCE = re.compile(r"[。！？；]")
# The page's own look: reportfmt lays tables out itself (passes/tables.py, styles/).
_PRESENTATION = ("width", "height", "align", "valign", "border", "cellpadding", "cellspacing", "bgcolor",
                 "class", "id", "frame", "rules", "summary")
# A one-row or one-column table whose cell holds this much prose is a wrapper, not data.
PROSE_CELL_CHARS = 100
# A headline printed in a cell of its own: a line, not a sentence (a news title runs to ~40).
HEADLINE_CHARS = 60
# The lines under a headline: a date with a labelled field beside it (2005-04-05 来源：…,
# 时间：2005年4月5日), or a pager (上一页, 第1页/共3页). A date alone is a data row's value.
_DATE = re.compile(r"(?:19|20)\d\d\s*[-年/.]\s*\d{1,2}")
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}\s*[：:]")
_PAGER = re.compile(r"[上下]一页|第\s*\d+\s*页")


def prepare_tables(root: etree._Element) -> None:
    """Unwrap layout tables (innermost first, so an outer wrapper sees its data tables as
    data) and drop column width hints of the tables that stay."""
    for table in reversed(list(root.iter("table"))):
        if table.getparent() is None:
            continue
        reason = layout_reason(table)
        if reason:
            unwrap_table(table)
        else:
            for hint in list(table.iter("colgroup", "col")):
                if hint.getparent() is not None:
                    hint.drop_tree()
            for part in table.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th"):
                # Only the attributes a part has (most cells of a big table have none), not the
                # thirteen looked up in each of its parts.
                for attr in part.keys():
                    if attr in _PRESENTATION:
                        del part.attrib[attr]
            make_head(table)


def make_head(table: etree._Element) -> None:
    """Leading rows of header cells become the table's <thead> (pandoc takes only the first
    row as the head otherwise, and cuts a header cell spanning two rows down to one)."""
    if table.find("thead") is not None:
        return
    rows = _rows(table)
    head_rows = []
    for row in rows:
        cells = _cells(row)
        if not cells or any(c.tag != "th" for c in cells) or len(head_rows) == len(rows) - 1:
            break
        head_rows.append(row)
    if len(head_rows) < 2:
        return  # one header row: pandoc reads that as the head by itself
    thead = etree.Element("thead")
    caption = table.find("caption")
    table.insert(0 if caption is None else table.index(caption) + 1, thead)
    for row in head_rows:
        thead.append(row)


def _rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows (not those of a table nested in a cell)."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _SECTION_TAGS:
            rows.extend(r for r in child if r.tag == "tr")
    return rows


def _cells(row: etree._Element) -> list[etree._Element]:
    return [c for c in row if c.tag in _CELL_TAGS]


def layout_reason(table: etree._Element) -> str | None:
    """Why a table lays out the page rather than holding data; None for a data table."""
    rows = _rows(table)
    cells = [c for r in rows for c in _cells(r)]
    if len(cells) <= 1:
        return "single-cell"
    if _block_in_cell(table, cells):
        return "block-in-cell"  # a heading, list or table inside a cell: page structure
    if _headline_and_meta(rows):
        return "headline-and-meta"
    columns = max(len(_cells(r)) for r in rows)
    if len(rows) == 1 or columns == 1:
        for cell in cells:
            text = "".join(cell.text_content().split())
            if len(text) >= PROSE_CELL_CHARS and _SENTENCE.search(text):
                return "prose-wrapper"
    return None


def _block_in_cell(table: etree._Element, cells: list[etree._Element]) -> bool:
    """A heading, list or table inside one of the table's own cells. Looked for once in the
    whole table, not in each cell: a 50,000-row data table's 200,000 cells were each searched."""
    own = set(cells)
    for block in table.iter(*_BLOCKS_THAT_ARE_NOT_DATA):
        if block is table:
            continue
        for ancestor in block.iterancestors():
            if ancestor in own:
                return True
            if ancestor is table:
                break
    return False


def _headline_and_meta(rows: list[etree._Element]) -> bool:
    """A headline in a row of its own over the lines printed under a headline (its date and
    source, a pager): the page's head laid out in a grid, not data. A data table is a grid: at
    least two rows of two values or more; this holds at most one row beside the headline, and
    no cell of it is a sentence."""
    filled = []
    for row in rows:
        texts = ["".join(c.text_content().split()) for c in _cells(row)]
        texts = [t for t in texts if t]
        if texts:
            filled.append(texts)
            if len(filled) > 3:
                return False  # a grid of rows: the test below fails whatever the rest holds
    if not 2 <= len(filled) <= 3 or len(filled[0]) != 1:
        return False
    headline, meta = filled[0][0], [t for texts in filled[1:] for t in texts]
    if len(headline) > HEADLINE_CHARS or sum(len(texts) > 1 for texts in filled) > 1:
        return False
    if any(_SENTENCE.search(t) or len(t) > HEADLINE_CHARS for t in (headline, *meta)):
        return False
    return any(_PAGER.search(t) or (_DATE.search(t) and _LABEL.search(t)) for t in meta)


def unwrap_table(table: etree._Element) -> None:
    """The table's cells become divs in reading order; nothing of their content is lost."""
    parts = [e for e in table.iter("thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col")
             if e is not table and _owner(e) is table]
    for elem in [table, *parts]:
        if elem.tag in ("colgroup", "col"):
            elem.drop_tree()
            continue
        elem.tag = "div"
        for attr in ("colspan", "rowspan", *_PRESENTATION):
            elem.attrib.pop(attr, None)


def _owner(elem: etree._Element) -> etree._Element | None:
    """The nearest enclosing table of a table part (a row, a cell, a caption)."""
    for ancestor in elem.iterancestors():
        if ancestor.tag == "table":
            return ancestor
    return None

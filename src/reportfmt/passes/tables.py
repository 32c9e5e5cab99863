"""Tables pass: column widths and alignment measured from the cells, wide tables classed.

GB/T 9704 practice for a table in a report: the full text width, numbers right-aligned,
the text one size below the body (4号 under a 3号 body). A table too wide for that gets a
smaller font (5号), and one too wide even then a landscape page. This pass decides, from
what the cells hold, and records the decision in the table itself, so every writer follows
the same measurement:

- each column gets a relative width (they sum to 1: the table spans the text width);
- a column whose values are all numbers (masked numbers such as `***` count) is right-aligned;
- the table gets class `table-small` or `table-landscape` when its measured width needs it.

The writers turn those into DOCX paragraph styles and section breaks, typst text sizes and
flipped pages, and CSS (write/tables.py, styles/).
"""

from __future__ import annotations

import unicodedata

import panflute as pf

from ..state import get_state
from .bar_tables import rebuild_bar_tables
from .elements import elements_of, stringify
from .regex_cache import LazyPattern

SMALL_CLASS = "table-small"
LANDSCAPE_CLASS = "table-landscape"
SIZE_CLASSES = (SMALL_CLASS, LANDSCAPE_CLASS)

# The text block: 156 mm wide portrait (A4 less 28 + 26 mm), 225 mm landscape (297 less 37 + 35).
PORTRAIT_PT = 156 / 25.4 * 72
LANDSCAPE_PT = 225 / 25.4 * 72
TABLE_PT = 14.0  # 4号: one size below the 3号 body
SMALL_PT = 10.5  # 5号
# Per column: cell padding, in em. Chinese text breaks between any two characters, so a
# text column needs only a readable width: at most WRAP_EM (HEAD_WRAP_EM for header cells,
# which Chinese tables break onto two or three short lines); numbers never break.
PADDING_EM = 0.8
WRAP_EM = 6.0
HEAD_WRAP_EM = 3.0
MIN_EM = 2.0

_NUMBER = LazyPattern(r"^[-+\u2212±]?(?:\d[\d,，]*(?:[.．]\d+)?|[.．]\d+)\s*[%％‰]?$")
_MASKED_NUMBER = LazyPattern(r"^[*＊×xX]+(?:[.．][*＊×xX]+)?\s*[%％‰]?$")


def prepare(doc: pf.Doc) -> None:
    get_state(doc)
    # A table the page printed as lines of bar-parted cells is a table again before it is laid
    # out (the pass runs on scraped pages only: a document written by hand keeps its lines).
    rebuild_bar_tables(doc)


def action(elem: pf.Element, doc: pf.Doc) -> None:
    if isinstance(elem, pf.Table):
        lay_out_table(elem)
    return None


def finalize(doc: pf.Doc) -> None:
    return None


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    if doc is None:  # as a filter script: JSON on stdin and stdout
        return pf.run_filter(action, prepare=prepare, finalize=finalize, doc=doc)
    # No walk: it would rebuild every row list of a 50,000-row table for nothing.
    prepare(doc)
    for table in elements_of(doc, (pf.Table,)):
        lay_out_table(table)
    return doc


def text_em(text: str) -> float:
    """Width of a line of text in em: CJK and full-width characters 1, others about half."""
    # The same widths added in the same order as a sum over the characters, each character's
    # width looked up once per process (a Python step per character was most of the pass).
    return sum(map(_CHAR_EM.__getitem__, text))


class _CharWidths(dict):
    """Character -> its width in em (text_em), filled as characters are first met."""

    def __missing__(self, ch: str) -> float:
        width = self[ch] = 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.55
        return width


_CHAR_EM = _CharWidths()


def grid(table: pf.Table) -> list[list[tuple[int, pf.TableCell]]]:
    """Every row of the table (head, bodies, foot) as (column index, cell) pairs, with
    row and column spans placed as a reader sees them."""
    # The plain lists: a ListContainer's own iteration re-attaches every item to its parent.
    rows: list[pf.TableRow] = list(table.head.content.list) if table.head else []
    for body in table.content.list:
        rows += body.head.list + body.content.list
    rows += table.foot.content.list if table.foot else []
    # Only the rows below a cell are marked: in its own row, `column` moves past it.
    taken: set[tuple[int, int]] = set()
    placed: list[list[tuple[int, pf.TableCell]]] = []
    for r, row in enumerate(rows):
        column, line = 0, []
        for cell in row.content.list:
            while (r, column) in taken:
                column += 1
            line.append((column, cell))
            for dr in range(1, cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, column + dc))
            column += cell.colspan
        placed.append(line)
    return placed


def _cell_text(cell: pf.TableCell) -> str:
    """stringify(cell); read straight from its words when the cell is one Plain of words
    alone (nearly every cell of a big table), which is what stringify gives for it."""
    blocks = cell.content.list
    if len(blocks) == 1 and type(blocks[0]) is pf.Plain:
        items = blocks[0].content.list
        if all(type(item) is pf.Str for item in items):
            return "".join([item.text for item in items])
    return stringify(cell)


def _head_rows(table: pf.Table) -> int:
    return len(table.head.content) if table.head else 0


def lay_out_table(table: pf.Table) -> None:
    columns = len(table.colspec)
    if not columns:
        return
    rows = grid(table)
    head = _head_rows(table)
    widths = [MIN_EM] * columns
    numeric = [True] * columns
    seen_number = [False] * columns
    for r, row in enumerate(rows):
        for column, cell in row:
            if column >= columns:
                continue
            text = " ".join(_cell_text(cell).split())
            # A character is at most 1 em wide: a text no longer than the column cannot widen it.
            if cell.colspan == 1 and len(text) > widths[column]:
                wrap = HEAD_WRAP_EM if r < head else WRAP_EM
                longest = max((text_em(w) for w in text.split() if _NUMBER.match(w)), default=0.0)
                widths[column] = max(widths[column], min(text_em(text), max(wrap, longest)))
            if r < head or cell.colspan != 1 or not text:
                continue
            if _NUMBER.match(text):
                seen_number[column] = True
            elif not _MASKED_NUMBER.match(text):
                numeric[column] = False
    total = sum(widths) + PADDING_EM * columns
    table.colspec = [
        ("AlignRight" if numeric[i] and seen_number[i] else align, width / sum(widths))
        for i, ((align, _old), width) in enumerate(zip(table.colspec, widths, strict=True))
    ]
    table.classes = [c for c in table.classes if c not in SIZE_CLASSES]
    if total * TABLE_PT > PORTRAIT_PT:
        table.classes.append(SMALL_CLASS if total * SMALL_PT <= PORTRAIT_PT else LANDSCAPE_CLASS)

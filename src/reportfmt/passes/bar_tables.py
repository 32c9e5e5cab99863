"""A table a page printed as lines of text, its cells parted by bars, made a table again.

范文 and know-how pages set a genre's parts or a plan's schedule as a table; a scraper that
keeps only text prints each row on a line of its own, the cells between bars:

    | 组成部分 | 写法说明 |          组成 | 写法 |
    | 标题 | 写明事由和文种 |        标题 | 居中写“请假条” |
    |---|---|                       (with or without the rule row of a markdown table)

(own-words pages of 22 sites in round 47, in those forms). Left as paragraphs, the reader of
the DOCX, PDF or EPUB sees the bars and loses the columns. A run of three or more such lines
at the top level of the page becomes a pandoc Table: its first row the head (a table's column
names come first), its rule rows dropped (they are the markup of the table, not its text), each
cell's inlines as the row had them. Every word stays: a row is split only at its bars, and a line
whose bar sits inside a link, a quote or a span is no row (the bar is then the text's).

After the boilerplate pass, so the chrome of the page (an index table of a disclosure page, a
menu of bars) has gone as lines already; after headings, which read the rows as lines (a cell
is never a heading: cell_runs); before the tables pass lays the rebuilt table out.
"""

from __future__ import annotations

import panflute as pf

from .elements import stringify
from .regex_cache import LazyPattern

_BARS = "|｜"
# A markdown table's rule row: "|---|:---:|", "---|---|": only bars, dashes, colons, blanks.
_RULE_ROW = LazyPattern(r"^[\s|｜]*:?-{3,}:?(?:[\s|｜]+:?-{3,}:?)*[\s|｜]*$")
# Three lines make a table: a head and two rows (a 情形/用语 table of two entries).
MIN_ROWS = 3
MAX_COLUMNS = 12
# A cell longer than this is a paragraph with a bar in it, not a table's cell.
MAX_CELL = 300
MAX_RULE_ROW = MAX_COLUMNS * 40


def is_rule_row(text: str) -> bool:
    return len(text) <= MAX_RULE_ROW and bool(_RULE_ROW.match(text))


def _split_row(para: pf.Block) -> list[list[pf.Inline]] | None:
    """The row's cells, each its inlines, or None when the paragraph is no row of cells. One
    bar opening the line and one closing it are the row's edges, not empty cells."""
    cells: list[list[pf.Inline]] = [[]]
    for inline in para.content:
        if isinstance(inline, pf.Str):
            parts = _split_text(inline.text)
            if parts[0]:
                cells[-1].append(pf.Str(parts[0]))
            for part in parts[1:]:
                cells.append([pf.Str(part)] if part else [])
        elif isinstance(inline, (pf.Space, pf.SoftBreak)):
            cells[-1].append(pf.Space())
        elif isinstance(inline, pf.LineBreak):
            return None  # two lines in one paragraph: not one row
        elif any(bar in stringify(inline) for bar in _BARS):
            return None  # the bar is inside a link, a quote, a span: the text's own
        else:
            cells[-1].append(inline)
    cells = [_trimmed(cell) for cell in cells]
    if len(cells) < 2:
        return None
    if not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    if not 2 <= len(cells) <= MAX_COLUMNS:
        return None
    if any(sum(len(stringify(inline)) for inline in cell) > MAX_CELL for cell in cells):
        return None
    return cells


def _split_text(text: str) -> list[str]:
    return text.replace("｜", "|").split("|")


def _trimmed(cell: list[pf.Inline]) -> list[pf.Inline]:
    start, end = 0, len(cell)
    while start < end and isinstance(cell[start], pf.Space):
        start += 1
    while end > start and isinstance(cell[end - 1], pf.Space):
        end -= 1
    return cell[start:end]


def _row_text(block: pf.Block) -> str | None:
    """The block's text when it is a paragraph with a bar in its words, else None (read
    without stringifying the page's other paragraphs: most have no bar)."""
    if not isinstance(block, (pf.Para, pf.Plain)):
        return None
    if not any(type(inline) is pf.Str and ("|" in inline.text or "｜" in inline.text)
               for inline in block.content):
        return None
    return stringify(block)


def _table(rows: list[list[list[pf.Inline]]]) -> pf.Table:
    width = max(len(row) for row in rows)

    def table_row(cells: list[list[pf.Inline]]) -> pf.TableRow:
        cells = cells + [[]] * (width - len(cells))
        row = pf.TableRow(*(pf.TableCell(pf.Plain(*cell)) if cell else pf.TableCell() for cell in cells))
        # panflute gives an item its parent when it is read through its list's index; the passes
        # read the lists directly, and the masks pass asks a cell's text whether it stands in a
        # cell (where `***` alone is a masked value, not a rule line): the parents are set here.
        for cell in row.content.list:
            cell.parent = row
            for block in cell.content.list:
                block.parent = cell
        return row

    head = pf.TableHead(table_row(rows[0]))
    body = pf.TableBody(*(table_row(row) for row in rows[1:]))
    return pf.Table(body, head=head, colspec=[("AlignDefault", "ColWidthDefault")] * width)


def rebuild_bar_tables(doc: pf.Doc) -> int:
    """Make each run of bar-parted rows at the top level of `doc` a table; how many it made."""
    blocks = list(doc.content)
    out: list[pf.Block] = []
    made = 0
    at = 0
    while at < len(blocks):
        run_end = at
        rows: list[list[list[pf.Inline]]] = []
        while run_end < len(blocks) and (text := _row_text(blocks[run_end])) is not None:
            if is_rule_row(text):
                if not rows:
                    break  # a rule row opens no table
            else:
                cells = _split_row(blocks[run_end])
                if cells is None:
                    break
                rows.append(cells)
            run_end += 1
        width = max(map(len, rows), default=0)
        if len(rows) >= MIN_ROWS and sum(len(row) == width for row in rows) >= 2:
            out.append(_table(rows))
            made += 1
            at = run_end
        else:
            out.append(blocks[at])
            at += 1
    if made:
        doc.content = out
    return made

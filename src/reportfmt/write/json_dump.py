"""A Doc as pandoc JSON, the same text pf.dump writes, with less Python per element.

panflute serialises each element through four or five method calls (to_json_wrapper,
to_json, the tag property, _slots_to_json, encode_dict): on a 10,000-row table that is most
of a 1.4 s dump, and a page is dumped once per job and again for each adapted format. Here
the elements that make up nearly all of a document (text runs, paragraphs, table rows and
cells) are written by one function; anything else goes to panflute's own to_json (its
children then go panflute's way too). The output is the same text: tests/write/
test_json_dump.py compares the two on documents holding every element kind.

`dumps_laid_out` also writes the DOCX table layout of write/tables.py into the
text (the table in a Div carrying the reference document's text cell style, each heading
cell's blocks in one carrying the heading style) instead of laying out a loaded copy: for a
50,000-row table that copy (pf.load, the layout, a second dump) cost more Python than the
rest of the job.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import panflute as pf

from ..passes.elements import WideSpace
from ..passes.tables import LANDSCAPE_CLASS

# Elements whose JSON is {"t": tag}.
_BARE = {pf.Space: {"t": "Space"}, WideSpace: {"t": "Space"}, pf.SoftBreak: {"t": "SoftBreak"},
         pf.LineBreak: {"t": "LineBreak"}}
# Elements whose JSON is {"t": tag, "c": [content...]}.
_CONTENT_ONLY = {kind: kind.__name__ for kind in (
    pf.Para, pf.Plain, pf.Emph, pf.Strong, pf.Underline, pf.Strikeout, pf.Superscript,
    pf.Subscript, pf.SmallCaps, pf.BlockQuote)}


def dumps(doc: pf.Doc) -> str:
    """pf.dump(doc) as a string."""
    return _dump(doc, _Writer(None))


def dumps_laid_out(doc: pf.Doc, table_styles: Callable[[pf.Table], tuple[str, str]]) -> tuple[str, int]:
    """dumps(doc) with every table's cells as write/tables.py lays them out for DOCX
    (`table_styles`: a table -> its heading and text cell styles), and how many tables were
    laid out: fewer than the text holds means some sat where panflute's own to_json wrote
    them (inside a list, a note...), and the caller must lay out a copy instead."""
    writer = _Writer(table_styles)
    return _dump(doc, writer), writer.tables


def _dump(doc: pf.Doc, writer: _Writer) -> str:
    return json.dumps(
        {"pandoc-api-version": doc.api_version, "meta": doc.metadata.content.to_json(),
         "blocks": writer.blocks(doc.content.list)},
        check_circular=False, separators=(",", ":"), ensure_ascii=False,
    )


class _Writer:
    """One dump: which table layout it writes, and how many tables it laid out."""

    def __init__(self, table_styles: Callable[[pf.Table], tuple[str, str]] | None) -> None:
        self.table_styles = table_styles
        self.tables = 0  # tables laid out

    def json(self, elem):
        kind = type(elem)
        if kind is pf.Str:
            return {"t": "Str", "c": elem.text}
        bare = _BARE.get(kind)
        if bare is not None:
            return bare  # json.dumps only reads it
        to_json = self.json
        if kind is pf.BlockQuote:
            return {"t": "BlockQuote", "c": self.blocks(elem.content.list)}
        tag = _CONTENT_ONLY.get(kind)
        if tag is not None:
            return {"t": tag, "c": [to_json(child) for child in elem.content.list]}
        if kind is pf.Span:
            return {"t": "Span", "c": [elem._ica_to_json(), [to_json(c) for c in elem.content.list]]}
        if kind is pf.Div:
            return {"t": "Div", "c": [elem._ica_to_json(), self.blocks(elem.content.list)]}
        if kind is pf.Header:
            return {"t": "Header", "c": [elem.level, elem._ica_to_json(), [to_json(c) for c in elem.content.list]]}
        if kind is pf.Table:
            return self.table(elem)
        return elem.to_json()

    def blocks(self, blocks: list, plain_as_para: bool = False) -> list:
        """A list of blocks (a Plain written as Para with `plain_as_para`). Laying out tables,
        two tables in a row get the empty paragraph pandoc's DOCX writer puts between them (so
        Word does not join them), which it no longer sees once each sits in its Div."""
        if plain_as_para:
            written = [{"t": "Para", "c": [self.json(child) for child in block.content.list]}
                       if type(block) is pf.Plain else self.json(block) for block in blocks]
        else:
            written = [self.json(block) for block in blocks]
        if self.table_styles is None or len(blocks) < 2:
            return written
        out = written[:1]
        for before, block, text in zip(blocks, blocks[1:], written[1:], strict=False):
            if tables_in_a_row(before, block):
                out.append(TABLE_SEPARATOR)
            out.append(text)
        return out

    def table(self, table: pf.Table) -> dict:
        # The shapes of panflute's Table, TableHead/Foot, TableBody, TableRow and TableCell to_json.
        heading = text = None
        if self.table_styles is not None:
            heading, text = self.table_styles(table)
            self.tables += 1
        colspec = [[{"t": align}, {"t": width} if width == "ColWidthDefault" else {"t": "ColWidth", "c": width}]
                   for align, width in table.colspec]
        bodies = [[body._ica_to_json(), body.row_head_columns, self.rows(body.head, text),
                   self.rows(body.content, text)] for body in table.content.list]
        written = {"t": "Table", "c": [
            table._ica_to_json(), table.caption.to_json(), colspec,
            [table.head._ica_to_json(), self.rows(table.head.content, heading, own_div=True)], bodies,
            [table.foot._ica_to_json(), self.rows(table.foot.content, text)]]}
        if text is None:
            return written
        # The text style is the table's Div's: pandoc gives it to every paragraph of every cell
        # (a heading cell's own Div, a caption's style, a Plain's "Compact" win over it), the
        # same document.xml as a Div in each cell at a third less of pandoc's work.
        return {"t": "Div", "c": [["", [], [["custom-style", text]]], [written]]}

    def rows(self, rows, style: str | None, own_div: bool = False) -> list:
        return [[row._ica_to_json(), [self.cell(cell, style, own_div) for cell in row.content.list]]
                for row in rows.list]

    def cell(self, cell: pf.TableCell, style: str | None, own_div: bool) -> list:
        blocks = cell.content.list
        if style is None or not blocks or _styled(blocks):
            content = self.blocks(blocks)
        else:
            # write/tables._docx_table: pandoc styles a cell's Plain blocks "Compact" whatever
            # the Div says, so they are written as Para.
            content = self.blocks(blocks, plain_as_para=True)
            if own_div:
                content = [{"t": "Div", "c": [["", [], [["custom-style", style]]], content]}]
        return [cell._ica_to_json(), {"t": cell.alignment}, cell.rowspan, cell.colspan, content]


# What pandoc's DOCX writer puts between two tables in a row (its separateTables).
TABLE_SEPARATOR = {"t": "RawBlock", "c": ["openxml", "<w:p />"]}


def tables_in_a_row(first: pf.Element, second: pf.Element) -> bool:
    """Two tables pandoc's writer would have met in a row: a landscape table has section
    breaks around it (write/tables._docx_table), so it meets no other."""
    return (type(first) is pf.Table and type(second) is pf.Table
            and LANDSCAPE_CLASS not in first.classes and LANDSCAPE_CLASS not in second.classes)


def _styled(blocks: list) -> bool:
    """A cell already holding one custom-style Div keeps it (write/tables._docx_table)."""
    return len(blocks) == 1 and isinstance(blocks[0], pf.Div) and "custom-style" in blocks[0].attributes

"""A Doc as pandoc JSON, the same text pf.dump writes, with less Python per element.

panflute serialises each element through four or five method calls (to_json_wrapper,
to_json, the tag property, _slots_to_json, encode_dict): on a 10,000-row table that is most
of a 1.4 s dump, and a page is dumped once per job and again for each adapted format. Here
the elements that make up nearly all of a document (text runs, paragraphs, table rows and
cells) are written by one function; anything else goes to panflute's own to_json (its
children then go panflute's way too). The output is the same text: tests/write/
test_json_dump.py compares the two on documents holding every element kind.
"""

from __future__ import annotations

import json

import panflute as pf

# Elements whose JSON is {"t": tag}.
_BARE = {pf.Space: {"t": "Space"}, pf.SoftBreak: {"t": "SoftBreak"}, pf.LineBreak: {"t": "LineBreak"}}
# Elements whose JSON is {"t": tag, "c": [content...]}.
_CONTENT_ONLY = {kind: kind.__name__ for kind in (
    pf.Para, pf.Plain, pf.Emph, pf.Strong, pf.Underline, pf.Strikeout, pf.Superscript,
    pf.Subscript, pf.SmallCaps, pf.BlockQuote)}


def dumps(doc: pf.Doc) -> str:
    """pf.dump(doc) as a string."""
    return json.dumps(
        {"pandoc-api-version": doc.api_version, "meta": doc.metadata.content.to_json(),
         "blocks": [_json(block) for block in doc.content.list]},
        check_circular=False, separators=(",", ":"), ensure_ascii=False,
    )


def _json(elem):
    kind = type(elem)
    if kind is pf.Str:
        return {"t": "Str", "c": elem.text}
    bare = _BARE.get(kind)
    if bare is not None:
        return bare  # json.dumps only reads it
    tag = _CONTENT_ONLY.get(kind)
    if tag is not None:
        return {"t": tag, "c": [_json(child) for child in elem.content.list]}
    if kind is pf.Span or kind is pf.Div:
        return {"t": kind.__name__, "c": [elem._ica_to_json(), [_json(child) for child in elem.content.list]]}
    if kind is pf.Header:
        return {"t": "Header", "c": [elem.level, elem._ica_to_json(), [_json(child) for child in elem.content.list]]}
    if kind is pf.Table:
        return {"t": "Table", "c": _table(elem)}
    return elem.to_json()


def _table(table: pf.Table) -> list:
    # The shapes of panflute's Table, TableHead/Foot, TableBody, TableRow and TableCell to_json.
    colspec = [[{"t": align}, {"t": width} if width == "ColWidthDefault" else {"t": "ColWidth", "c": width}]
               for align, width in table.colspec]
    bodies = [[body._ica_to_json(), body.row_head_columns, _rows(body.head), _rows(body.content)]
              for body in table.content.list]
    return [table._ica_to_json(), table.caption.to_json(), colspec,
            [table.head._ica_to_json(), _rows(table.head.content)], bodies,
            [table.foot._ica_to_json(), _rows(table.foot.content)]]


def _rows(rows) -> list:
    return [[row._ica_to_json(), [_cell(cell) for cell in row.content.list]] for row in rows.list]


def _cell(cell: pf.TableCell) -> list:
    return [cell._ica_to_json(), {"t": cell.alignment}, cell.rowspan, cell.colspan,
            [_json(block) for block in cell.content.list]]

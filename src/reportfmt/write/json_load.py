"""Pandoc JSON -> panflute Doc, the Doc pf.load builds, with less Python per element.

pf.load hands every JSON object to panflute's from_json, which builds each element through
its constructor: a Para's inlines go one by one through MutableSequence.extend, insert and
check_type. On pandoc's reading of a page with a 10,000-row table that was 1.6 s of CPU,
more than pandoc's own reading. The elements nearly every document is made of (text runs,
spaces, paragraphs, plain blocks, table rows and cells) are built here directly, in the
state their constructors leave them in (no parent yet, content in a ListContainer of the
same allowed types); every other element is panflute's own, and so is each table itself,
whose constructor checks its rows against its columns.
tests/write/test_json_load.py compares the two on documents holding every element kind.
"""

from __future__ import annotations

import json

import panflute as pf
from panflute.containers import ListContainer
from panflute.elements import from_json
from panflute.table_elements import TABLE_ALIGNMENT, table_from_json

_new = object.__new__


def loads(text: str) -> pf.Doc:
    """pf.load(io.StringIO(text))."""
    return json.loads(text, object_hook=_element)


def _element(data: dict):
    tag = data.get("t")
    if tag == "Str":
        elem = _new(pf.Str)
        elem.parent = elem.location = elem.index = None
        elem.text = data["c"]
        if type(elem.text) is not str:
            return from_json(data)  # not text: panflute's check says what is wrong
        return elem
    if tag == "Space" or tag == "SoftBreak" or tag == "LineBreak":
        kind = _BARE[tag]
        elem = _new(kind)
        elem.parent = elem.location = elem.index = None
        return elem
    if tag == "Para" or tag == "Plain":
        inlines = data["c"]
        if not all(isinstance(item, pf.Inline) for item in inlines):
            return from_json(data)
        elem = _new(pf.Para if tag == "Para" else pf.Plain)
        elem.parent = elem.location = elem.index = None
        elem._content = _list(inlines, pf.Inline, elem)
        return elem
    if tag == "Table":
        return _table(data["c"])
    return from_json(data)


def _table(c: list) -> pf.Table:
    """panflute's table_from_json, its rows and cells built directly."""
    try:
        ica = _ica(c[0])
        head = pf.TableHead(*map(_row, c[3][1]), **_ica(c[3][0]))
        bodies = [pf.TableBody(*map(_row, body[3]), head=map(_row, body[2]), row_head_columns=body[1],
                               **_ica(body[0])) for body in c[4]]
        foot = pf.TableFoot(*map(_row, c[5][1]), **_ica(c[5][0]))
    except _Unusual:
        return table_from_json(c)  # panflute's checks say what is wrong
    caption = pf.Caption(*c[1][1], short_caption=c[1][0])
    return pf.Table(*bodies, head=head, foot=foot, caption=caption, colspec=c[2], **ica)


class _Unusual(Exception):
    """A row or cell the direct path does not build: panflute builds the table."""


def _row(c: list) -> pf.TableRow:
    ica, cells = c
    row = _new(pf.TableRow)
    row.parent = row.location = row.index = None
    _set_ica(row, ica)
    row._content = _list([_cell(cell) for cell in cells], pf.TableCell, row)
    return row


def _cell(c: list) -> pf.TableCell:
    ica, alignment, rowspan, colspan, blocks = c
    if (alignment not in TABLE_ALIGNMENT or type(rowspan) is not int or type(colspan) is not int
            or rowspan <= 0 or colspan <= 0 or not all(isinstance(b, pf.Block) for b in blocks)):
        raise _Unusual
    cell = _new(pf.TableCell)
    cell.parent = cell.location = cell.index = None
    _set_ica(cell, ica)
    cell._content = _list(blocks, pf.Block, cell)
    cell.alignment, cell.rowspan, cell.colspan = alignment, rowspan, colspan
    return cell


def _set_ica(elem: pf.Element, ica: list) -> None:
    """Element._set_ica: identifier, a copy of the classes, the attributes as a dict."""
    identifier, classes, attributes = ica
    if type(identifier) is not str or not all(type(name) is str for name in classes):
        raise _Unusual
    elem.identifier, elem.classes, elem.attributes = identifier, list(classes), dict(attributes)


def _ica(ica: list) -> dict:
    return {"identifier": ica[0], "classes": ica[1], "attributes": ica[2]}


_BARE = {"Space": pf.Space, "SoftBreak": pf.SoftBreak, "LineBreak": pf.LineBreak}


def _list(items: list, oktypes, parent: pf.Element) -> ListContainer:
    """ListContainer(*items, oktypes=oktypes, parent=parent), the items already checked."""
    container = _new(ListContainer)
    container.oktypes, container.parent, container.location = oktypes, parent, None
    container.list = items
    return container

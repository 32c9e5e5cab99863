"""Pandoc JSON -> panflute Doc, the Doc pf.load builds, with less Python per element.

pf.load hands every JSON object to panflute's from_json, which builds each element through
its constructor: a Para's inlines go one by one through MutableSequence.extend, insert and
check_type. On pandoc's reading of a page with a 10,000-row table that was 1.6 s of CPU,
more than pandoc's own reading. The elements nearly every document is made of (text runs,
spaces, paragraphs and plain blocks) are built here directly, in the state their
constructors leave them in (no parent yet, content in a ListContainer of the same allowed
types); every other element, the tables with their checks included, is panflute's own.
tests/write/test_json_load.py compares the two on documents holding every element kind.
"""

from __future__ import annotations

import json

import panflute as pf
from panflute.containers import ListContainer
from panflute.elements import from_json

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
    return from_json(data)


_BARE = {"Space": pf.Space, "SoftBreak": pf.SoftBreak, "LineBreak": pf.LineBreak}


def _list(items: list, oktypes, parent: pf.Element) -> ListContainer:
    """ListContainer(*items, oktypes=oktypes, parent=parent), the items already checked."""
    container = _new(ListContainer)
    container.oktypes, container.parent, container.location = oktypes, parent, None
    container.list = items
    return container

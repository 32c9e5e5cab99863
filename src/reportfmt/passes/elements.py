"""Small helpers between plain text and panflute elements."""

from __future__ import annotations

import re

import panflute as pf

# panflute 2.3.1 predates pandoc's typst writer and refuses RawInline(format="typst");
# the PDF route needs it to keep mask highlighting, so register the format once.
pf.elements.RAW_FORMATS.update({"typst", "markdown_strict"})

_SPACE_RUN = re.compile(r"([ \t\u00a0]+)")


def text_to_inlines(text: str) -> list[pf.Inline]:
    """Str/Space inlines for one line of text, keeping every character but collapsing blanks."""
    inlines: list[pf.Inline] = []
    for piece in _SPACE_RUN.split(text):
        if not piece:
            continue
        if _SPACE_RUN.fullmatch(piece):
            if inlines:
                inlines.append(pf.Space())
        else:
            inlines.append(pf.Str(piece))
    if inlines and isinstance(inlines[-1], pf.Space):
        inlines.pop()
    return inlines


def para(text: str) -> pf.Para:
    return pf.Para(*text_to_inlines(text))


def inline_text(elem: pf.Element) -> str:
    """Plain text of an element; Space/SoftBreak become one space, LineBreak a newline.

    A direct recursion, not panflute's walk: the passes ask for block texts tens of thousands
    of times per batch, and walk rebuilds every list it visits.
    """
    parts: list[str] = []
    _collect_text(elem, parts)
    return "".join(parts)


def _collect_text(elem: pf.Element, parts: list[str]) -> None:
    """The element's own text (a Str, a Space…) or, for a container, its children's."""
    if isinstance(elem, pf.Str):
        parts.append(elem.text)
    elif isinstance(elem, (pf.Space, pf.SoftBreak)):
        parts.append(" ")
    elif isinstance(elem, pf.LineBreak):
        parts.append("\n")
    elif isinstance(elem, (pf.Code, pf.Math, pf.RawInline)):
        parts.append(elem.text)
    else:
        for child in getattr(elem, "content", None) or ():
            _collect_text(child, parts)


def block_text(block: pf.Element) -> str:
    """Plain text of a block, stripped; list items and table cells joined by newlines."""
    if isinstance(block, (pf.Para, pf.Plain, pf.Header)):
        return inline_text(block).strip()
    return pf.stringify(block).strip()


def is_text_block(block: pf.Element) -> bool:
    return isinstance(block, (pf.Para, pf.Plain))

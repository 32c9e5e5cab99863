"""Headings pass: numbered paragraphs ("一、…") -> Header elements with ids, unnumbered."""

from __future__ import annotations

import panflute as pf

from ..elements import block_text
from ..patterns import TERMINAL_PUNCT, YI_MARKER
from ..state import get_state

HEADING_MAX_CHARS = 60


def prepare(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.headings.enabled:
        doc.reportfmt_headings_off = True


def action(elem: pf.Element, doc: pf.Doc) -> pf.Header | None:
    if not isinstance(elem, pf.Para) or getattr(doc, "reportfmt_headings_off", False):
        return None
    if not isinstance(elem.parent, pf.Doc):
        return None
    text = block_text(elem)
    if not is_yi_heading(text):
        return None
    # "unnumbered": the text already carries its Chinese number; pandoc must not add one.
    return pf.Header(*elem.content, level=1, classes=["unnumbered"])


def finalize(doc: pf.Doc) -> None:
    """Give every section an id and list all headings (new and pre-existing) in the report."""
    if hasattr(doc, "reportfmt_headings_off"):
        del doc.reportfmt_headings_off
    headings = get_state(doc).report.headings
    headings.clear()
    taken = {b.identifier for b in doc.content if isinstance(b, pf.Header) and b.identifier}
    for block in doc.content:
        if not isinstance(block, pf.Header):
            continue
        if not block.identifier:
            block.identifier = next_free_id(taken)
        headings.append({"level": block.level, "text": block_text(block), "id": block.identifier})


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return pf.run_filter(action, prepare=prepare, finalize=finalize, doc=doc)


def is_yi_heading(text: str) -> bool:
    """"一、…" that is short and not a finished sentence is a section heading."""
    return (
        bool(YI_MARKER.match(text))
        and len(text) <= HEADING_MAX_CHARS
        and text[-1] not in TERMINAL_PUNCT
    )


def next_free_id(taken: set[str]) -> str:
    number = len(taken) + 1
    while f"sec-{number}" in taken:
        number += 1
    taken.add(f"sec-{number}")
    return f"sec-{number}"

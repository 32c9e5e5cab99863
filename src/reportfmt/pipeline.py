"""The ordered list of passes; the only place that knows the order.

1. metadata     - take the page title and date first, before anything can remove them.
2. boilerplate  - drop site chrome; needs the title to find the page repeating it.
3. linebreaks   - the lines of a hard-wrapped paragraph become one paragraph, before headings
                  decide: whether "1.…" is a heading depends on the paragraph it belongs to.
4. figures      - pictures become figures and caption lines captions, numbered once; before
                  headings, so neither a picture's paragraph (its alt text) nor a short
                  caption line is ever taken for a heading.
5. headings     - numbered paragraphs become sections. Before typography: the spaces that
                  typography removes between Chinese characters are what separates a heading
                  from its body in a page flattened into one line.
6. tables       - column widths, numeric alignment and wide-table classes, measured on the
                  cells as they stand (captions already moved out of the body).
7. lists        - ordered lists become paragraphs carrying their numbers ("1." "（1）"); after
                  headings, which only look at top-level paragraphs, not at list items.
8. typography   - fix punctuation and spacing of the text that remains, headings, captions
                  and cells included.
9. masks        - last, so masks inside headings, cells and fixed text are marked exactly once.

Passes 1-3 look at windows of the document (its head, its tail, the wrap width of its
lines) that each other's removals and joins move, so they repeat as a group until a round
changes nothing.

Two kinds of document get less: one with no Chinese text passes through untouched
(reportfmt acts on Chinese documents), and one written by hand keeps its own structure:
only typography and masks, which never drop a block, change a link target or touch code,
run on it. Pages our reader read as text or HTML are scraped; under `pandoc --filter` (or
for markdown) a document with code, math, footnotes or citations counts as hand-written.
"""

from __future__ import annotations

import logging
import re

import panflute as pf

from .options import Options
from .passes import boilerplate, figures, headings, linebreaks, lists, masks, metadata, tables, typography
from .state import Report, RunState, get_state

log = logging.getLogger(__name__)

PASSES = [metadata, boilerplate, linebreaks, figures, headings, tables, lists, typography, masks]
AUTHORED_PASSES = [typography, masks]
SETTLING = (metadata, boilerplate, linebreaks)
MAX_ROUNDS = 4

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Elements pandoc's HTML reader hardly ever yields from a scraped page but hand-written
# markdown, rst or docx does (a <dl> infobox is common on scraped pages: not listed).
_AUTHORED_ELEMENTS = (pf.CodeBlock, pf.Code, pf.Math, pf.Note, pf.Cite)


def run_passes(doc: pf.Doc, options: Options | None = None) -> Report:
    """Run the passes in-process on one document; returns what they did."""
    state = get_state(doc, base=options)
    if not has_chinese(doc):
        log.info("no Chinese text: document passed through unchanged")
        return state.report
    # The reader knows a scraped page; under `pandoc --filter` the elements have to tell.
    state.authored = not getattr(doc, "scraped", False) and is_authored(doc)
    passes = passes_for(state)
    settling = [m for m in passes if m in SETTLING]
    # metadata and boilerplate look at the first and last blocks; removing chrome, or
    # joining hard-wrapped lines, moves other blocks into those windows, so all three repeat
    # until a round changes nothing (running the pipeline twice then equals running it once).
    for _ in range(MAX_ROUNDS):
        before = (len(state.report.removed), len(doc.content))
        for module in settling:
            module.main(doc)
        if (len(state.report.removed), len(doc.content)) == before:
            break
    for module in passes:
        if module not in SETTLING:
            module.main(doc)
    # Typography runs after headings and may change their text: list them as they end up.
    state.report.headings = headings.list_headings(doc)
    return state.report


def passes_for(state: RunState) -> list:
    return AUTHORED_PASSES if state.authored else PASSES


def has_chinese(doc: pf.Doc) -> bool:
    found = False

    def visit(elem: pf.Element, _doc: pf.Doc) -> None:
        nonlocal found
        if not found and isinstance(elem, pf.Str) and _CJK.search(elem.text):
            found = True

    doc.walk(visit)
    if not found:
        title = doc.get_metadata("title", default="")
        found = isinstance(title, str) and bool(_CJK.search(title))
    return found


def is_authored(doc: pf.Doc) -> bool:
    found = False

    def visit(elem: pf.Element, _doc: pf.Doc) -> None:
        nonlocal found
        if isinstance(elem, _AUTHORED_ELEMENTS):
            found = True

    doc.walk(visit)
    return found

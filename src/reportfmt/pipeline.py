"""The ordered list of passes; the only place that knows the order.

1. metadata     - take the page title and date first, before anything can remove them.
2. boilerplate  - drop site chrome; needs the title to find the page repeating it.
3. typography   - fix punctuation and spacing on the text that remains.
4. headings     - numbered paragraphs become sections; typography has normalised markers.
5. masks        - last, so masks inside headings and fixed text are marked exactly once.
"""

from __future__ import annotations

import panflute as pf

from .options import Options
from .passes import boilerplate, headings, masks, metadata, typography
from .state import Report, get_state

PASSES = [metadata, boilerplate, typography, headings, masks]


def run_passes(doc: pf.Doc, options: Options | None = None) -> Report:
    """Run every pass in-process on one document; returns what they did."""
    state = get_state(doc, base=options)
    for module in PASSES:
        module.main(doc)
    return state.report

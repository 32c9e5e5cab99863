"""Site chrome that pandoc's HTML reader kept as named Divs (nav, footer, sidebar, comments).

Our own HTML reader extracts the article before pandoc sees the page, but under
`pandoc page.html --filter reportfmt` the filter only gets pandoc's AST of the whole page.
The page's own names for its containers are still there as Div classes and ids: the same
names the extractor votes against. Such a Div goes, recorded, unless it holds a large share
of the text (layout wrappers are sometimes named "nav-open" and hold everything).
"""

from __future__ import annotations

import panflute as pf

from ...state import Report
from ..elements import block_text, elements_of, walk_cheaply
from ..patterns import CHROME_MAX_SHARE, CHROME_NAME


def drop_chrome_divs(doc: pf.Doc, report: Report) -> None:
    # elements_of: the same Divs iter_elements would meet, without a generator step for each of
    # a 50,000-row table's 260,000 elements (the pass runs twice: ~0.3 s a look on that page).
    if not any(CHROME_NAME.search(" ".join([*e.classes, e.identifier])) for e in elements_of(doc, (pf.Div,))):
        return  # nothing to drop: spare the walk, which rebuilds every list of the document
    total = sum(len(block_text(b)) for b in doc.content) or 1

    def visit(elem: pf.Element, _doc: pf.Doc):
        if not isinstance(elem, pf.Div):
            return None
        names = " ".join([*elem.classes, elem.identifier])
        if not CHROME_NAME.search(names):
            return None
        text = block_text(elem)
        if len(text) >= CHROME_MAX_SHARE * total:
            return None
        report.record_removed(" ".join(text.split()), f"chrome.{names.split()[0] if names.split() else 'div'}")
        return []

    walk_cheaply(doc, visit, doc)

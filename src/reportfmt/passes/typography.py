"""Typography pass: CJK punctuation and spacing fixes.

For now an identity pass (tests/test_typography.py says so); the rules come with the
typography issue.
"""

from __future__ import annotations

import panflute as pf

from ..state import get_state


def prepare(doc: pf.Doc) -> None:
    get_state(doc)


def action(elem: pf.Element, doc: pf.Doc) -> None:
    return None


def finalize(doc: pf.Doc) -> None:
    return None


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return pf.run_filter(action, prepare=prepare, finalize=finalize, doc=doc)

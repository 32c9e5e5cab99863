"""Line-breaks pass: consecutive paragraphs that are the lines of one hard-wrapped paragraph
become one paragraph (the joining rules live with typography, which owns them as an option).

A pass of its own because it must run before headings: whether "1.…" is a heading depends on
the paragraph it belongs to, and a join after the headings pass would make a second run
decide differently from the first.
"""

from __future__ import annotations

import panflute as pf

from ..state import get_state
from .elements import no_action, run_pass
from .typography import join_hard_wraps

# Each round re-estimates the wrap width from the joined lines; a few rounds settle it.
MAX_ROUNDS = 5


def prepare(doc: pf.Doc) -> None:
    state = get_state(doc)
    if not state.options.typography.enabled:
        return
    for _ in range(MAX_ROUNDS):
        if not join_hard_wraps(doc.content, state.options.masks.detect):
            break


action = no_action  # all the work is in prepare/finalize: no walk (elements.run_pass)


def finalize(doc: pf.Doc) -> None:
    return None


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return run_pass(action, prepare, finalize, doc)

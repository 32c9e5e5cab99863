"""Where a PDF's page broke: the kept blocks that stood right under a page's printed number.

    …较上年增长百分之八，家庭医生签约        <- the last line of page 1
    — 1 —                                    <- its folio (goes: injected.folio-line)
    服务覆盖率达到百分之四十五，……。          <- the first line of page 2

A 文库 page's text was extracted from a PDF or a Word file page by page: the printed page number
(`— 1 —`, `- 2 -`, `第 3 页 共 8 页`, `2 / 9`) stands on a line of its own between the pages, and
a paragraph that ran over the break is two. This pass removes the number (rules/injected.yaml)
and knows where it stood; whether the two halves are one paragraph is the line-break pass's
question (linebreaks.join_page_breaks), asked of the blocks named here. Only a whole line
removed counts: a counter cut out of a line ("…工作第2页共3页加强…") left the text joined.
"""

from __future__ import annotations

import itertools

import panflute as pf

# The rules that remove a page's printed number or a viewer's page counter alone on its line
# (a 文库 viewer's "1/8" between its pages: document-site.page-counter).
PAGE_BREAK_RULES = frozenset({"injected.folio-line", "injected.page-of-pages", "document-site.page-counter"})


def blocks_after_page_breaks(blocks: list[tuple[int, pf.Block]],
                             removed: list[tuple[int, str, str]]) -> dict[int, pf.Block]:
    """The kept blocks (by id; the value holds the block, so that its id is no other's) right
    under a gap of removed lines of which one was a page's number: each line in a gap between
    two kept blocks went (its origin lies between theirs), some by a page-break rule."""
    breaks = {origin for origin, _, rule in removed if rule in PAGE_BREAK_RULES}
    if not breaks:
        return {}
    return {id(block): block for (above, _), (below, block) in itertools.pairwise(blocks)
            if any(origin in breaks for origin in range(above + 1, below))}

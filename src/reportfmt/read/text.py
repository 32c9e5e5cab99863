"""Our own plain-text reader: one paragraph per line, every `*` literal (pandoc's markdown
reader would make `**区…***亿元` bold and italics)."""

from __future__ import annotations

import panflute as pf

from ..passes.elements import para


def read_plain_text(text: str) -> pf.Doc:
    """One paragraph per non-empty line; every character, `*` included, stays literal."""
    blocks = []
    for line in text.splitlines():
        line = line.strip(" \t\u3000\u00a0\ufeff")
        if line:
            blocks.append(para(line))
    return pf.Doc(*blocks)

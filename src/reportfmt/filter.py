"""`reportfmt` as a pandoc JSON filter: JSON on stdin, JSON on stdout, logs on stderr."""

from __future__ import annotations

import io
import sys

import panflute as pf

from .options import Options
from .pipeline import run_passes
from .write import adapt_for


def run_filter(argv: list[str], options: Options | None = None) -> int:
    """pandoc passes the output format as the first argument."""
    fmt = argv[0] if argv else ""
    # Read bytes and decode ourselves: the locale's encoding may not be UTF-8.
    doc = pf.load(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"))
    doc.format = fmt
    state_options = options or Options()
    run_passes(doc, state_options)
    adapt_for(doc, fmt, doc.reportfmt.options)
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
    pf.dump(doc, out)
    out.flush()
    return 0

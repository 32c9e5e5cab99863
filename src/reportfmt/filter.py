"""`reportfmt` as a pandoc JSON filter: JSON on stdin, JSON on stdout, logs on stderr."""

from __future__ import annotations

import io
import logging
import sys

import panflute as pf

from .options import Options
from .pipeline import has_chinese, run_passes
from .write.conform import adapt_for

log = logging.getLogger(__name__)


def run_filter(argv: list[str], options: Options | None = None) -> int:
    """pandoc passes the output format as the first argument."""
    fmt = argv[0] if argv else ""
    # Read bytes and decode ourselves: the locale's encoding may not be UTF-8.
    raw = sys.stdin.buffer.read()
    doc = pf.load(io.StringIO(raw.decode("utf-8")))
    doc.format = fmt
    if not has_chinese(doc):
        # Not ours to change: hand pandoc back exactly what it gave us.
        log.info("no Chinese text: document passed through unchanged")
        sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
        return 0
    run_passes(doc, options or Options())
    doc = adapt_for(doc, fmt, doc.reportfmt.options)
    if doc.reportfmt.options.layout == "gongwen" and fmt == "docx":
        from .write.gongwen import adapt_for_docx  # the 公文 layout: pass --reference-doc gongwen.docx

        doc = adapt_for_docx(doc, doc.reportfmt.options)
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
    pf.dump(doc, out)
    out.flush()
    return 0

"""`reportfmt` as a pandoc JSON filter: JSON on stdin, JSON on stdout, logs on stderr."""

from __future__ import annotations

import io
import logging
import os
import sys

import panflute as pf

from .options import Options
from .pipeline import run_passes
from .read.document_kind import is_chinese, scraped_by_reader
from .write.conform import adapt_for

log = logging.getLogger(__name__)


def run_filter(argv: list[str], options: Options | None = None) -> int:
    """pandoc passes the output format as the first argument."""
    fmt = argv[0] if argv else ""
    # Read bytes and decode ourselves: the locale's encoding may not be UTF-8.
    raw = sys.stdin.buffer.read()
    doc = pf.load(io.StringIO(raw.decode("utf-8")))
    doc.format = fmt
    # Which reader pandoc used tells a Word or markdown document from a web page.
    doc.scraped = scraped_by_reader(os.environ.get("PANDOC_READER_OPTIONS"))
    if not is_chinese(doc):
        # Not ours to change: hand pandoc back exactly what it gave us.
        log.info("not a Chinese document: passed through unchanged")
        sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
        return 0
    run_passes(doc, options or Options())
    adapt_for(doc, fmt, doc.reportfmt.options, authored=doc.reportfmt.authored)
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
    pf.dump(doc, out)
    out.flush()
    return 0

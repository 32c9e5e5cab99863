"""`reportfmt` as a pandoc JSON filter: JSON on stdin, JSON on stdout, logs on stderr."""

from __future__ import annotations

import io
import logging
import os
import sys

import panflute as pf

from .errors import ReportfmtError
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
    try:
        out = filter_json(raw, fmt, options)
    except ReportfmtError as exc:  # the user's options: say which and stop
        log.error("%s", exc)
        return 1
    except Exception as exc:
        # A document panflute cannot load, or a bug: losing the document would be worse
        # than not cleaning it, so pandoc gets it back as it was, with the cause.
        log.warning("could not process this document (%s: %s); passed through unchanged",
                    type(exc).__name__, " ".join(str(exc).split())[:200])
        out = raw
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()
    return 0


def filter_json(raw: bytes, fmt: str, options: Options | None = None) -> bytes:
    doc = pf.load(io.StringIO(raw.decode("utf-8")))
    doc.format = fmt
    # Which reader pandoc used tells a Word or markdown document from a web page.
    doc.scraped = scraped_by_reader(os.environ.get("PANDOC_READER_OPTIONS"))
    if not is_chinese(doc):
        # Not ours to change: hand pandoc back exactly what it gave us.
        log.info("not a Chinese document: passed through unchanged")
        return raw
    run_passes(doc, options or Options())
    state = doc.reportfmt
    doc = adapt_for(doc, fmt, state.options, authored=state.authored, title=state.report.title)
    if state.options.layout == "gongwen" and fmt == "docx":
        from .write.gongwen import adapt_for_docx  # the 公文 layout: pass --reference-doc gongwen.docx

        doc = adapt_for_docx(doc, state.options)
    out = io.StringIO()
    pf.dump(doc, out)
    return out.getvalue().encode("utf-8")

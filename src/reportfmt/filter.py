"""`reportfmt` as a pandoc JSON filter: JSON on stdin, JSON on stdout, logs on stderr.

pandoc starts the filter once per document, so start-up is most of its cost. A document
with no Chinese text is handed back byte for byte after a scan of the raw JSON, before
anything is imported (not even panflute). Otherwise the compiled regular expressions and
parsed rules come from the on-disk cache (regex_cache.py, cache.py) and only then do
panflute and the passes load.
"""

from __future__ import annotations

import sys

# UTF-8 lead bytes of the CJK ideograph blocks the pipeline looks for (pipeline._CJK):
# U+3400-U+9FFF start with E3-E9, U+F900-U+FAFF with EF A4-EF AB. A superset (E3 also
# starts CJK punctuation and kana): a hit only means "parse and look properly".
_CJK_LEADS = tuple(bytes([lead]) for lead in range(0xE3, 0xEA))
_CJK_COMPAT_LEADS = tuple(bytes([0xEF, second]) for second in range(0xA4, 0xAC))


def may_hold_chinese(raw: bytes) -> bool:
    """False only when the JSON certainly holds no CJK ideograph, written raw or escaped."""
    if b"\\u" in raw:  # pandoc writes UTF-8, but other JSON producers escape; look properly
        return True
    return any(lead in raw for lead in _CJK_LEADS) or any(lead in raw for lead in _CJK_COMPAT_LEADS)


def run_filter(argv: list[str], options=None) -> int:
    """pandoc passes the output format as the first argument; `options` (an Options) is what
    the document's `reportfmt:` metadata is merged over."""
    fmt = argv[0] if argv else ""
    # Read bytes and decode ourselves: the locale's encoding may not be UTF-8.
    raw = sys.stdin.buffer.read()
    if not may_hold_chinese(raw):
        return pass_through(raw)
    from .passes import regex_cache

    # First: the patterns that logging, panflute and PyYAML compile on import come from the
    # cache as well.
    regex_cache.seed()
    import io
    import logging

    import panflute as pf

    from .pipeline import has_chinese, run_passes
    from .write.conform import adapt_for

    logging.basicConfig(level=logging.INFO, format="reportfmt: %(message)s", stream=sys.stderr)
    doc = pf.load(io.StringIO(raw.decode("utf-8")))
    doc.format = fmt
    if not has_chinese(doc):
        return pass_through(raw)
    run_passes(doc, options)
    adapt_for(doc, fmt, doc.reportfmt.options)
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
    pf.dump(doc, out)
    out.flush()
    # Patterns compiled for the first time in this run are stored for the next one.
    regex_cache.save()
    return 0


def pass_through(raw: bytes) -> int:
    """Not ours to change (reportfmt acts on Chinese documents): hand pandoc back exactly
    what it gave us. The note goes straight to stderr: logging is not worth importing here."""
    sys.stdout.buffer.write(raw)
    sys.stdout.buffer.flush()
    sys.stderr.write("reportfmt: no Chinese text: document passed through unchanged\n")
    return 0

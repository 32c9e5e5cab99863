"""Test helpers: run the in-process pipeline on text."""

from __future__ import annotations

import panflute as pf

from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text
from reportfmt.state import Report


def clean(text: str, **options) -> tuple[pf.Doc, Report]:
    doc = read_plain_text(text)
    report = run_passes(doc, build_options(options))
    return doc, report


def texts(doc: pf.Doc) -> list[str]:
    return [block_text(b) for b in doc.content]

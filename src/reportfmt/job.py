"""The per-file job: bytes in, outputs and one manifest record out. Batch and API share it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import panflute as pf

from .errors import ReportfmtError
from .options import Options
from .pipeline import run_passes
from .read import read_bytes
from .state import Report
from .write import write_outputs

log = logging.getLogger(__name__)


@dataclass
class Processed:
    doc: pf.Doc
    report: Report


def process_bytes(data: bytes, source: str, options: Options, fmt: str | None = None) -> Processed:
    """Read and clean one page in-process (no outputs written)."""
    doc = read_bytes(data, source, fmt)
    report = run_passes(doc, options)
    if options.masks.fill:
        from .fill import fill_from_file  # only when a values file is given

        fill_from_file(doc, report, options, source)
    return Processed(doc, report)


def manifest_record(source: str, report: Report | None, outputs: dict[str, str],
                    error: str | None = None) -> dict[str, Any]:
    """One manifest line. These key names are a contract: later tools read them."""
    report = report or Report()
    return {
        "source": source,
        "status": "error" if error else "ok",
        "error": error,
        "outputs": outputs,
        "title": report.title,
        "date": report.date,
        "author": report.author,
        "site": report.source,
        "removed": report.removed,
        "headings": [{"level": h["level"], "text": h["text"]} for h in report.headings],
        "masks": report.masks,
    }


def convert_one(path: Path, rel: str, outdir: Path, formats: list[str], options: Options,
                *, dry_run: bool = False) -> dict[str, Any]:
    """Convert one input file; never raises for bad input, it reports it in the record."""
    source = str(path)
    try:
        data = path.read_bytes()
        processed = process_bytes(data, source, options)
        outputs = {}
        if not dry_run:
            stem = outdir / Path(rel).with_suffix("")
            outputs = write_outputs(processed.doc, formats, stem, options)
        return manifest_record(source, processed.report, outputs)
    except ReportfmtError as exc:
        message = str(exc) if str(exc).startswith(source) else f"{source}: {exc}"
        return manifest_record(source, None, {}, error=message)
    except (OSError, ValueError, TypeError, RecursionError) as exc:
        # Anything unexpected still stays one line, and the batch carries on.
        log.debug("unexpected failure on %s", source, exc_info=True)
        return manifest_record(source, None, {}, error=f"{source}: {type(exc).__name__}: {exc}")

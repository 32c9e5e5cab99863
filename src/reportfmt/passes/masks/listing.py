"""`reportfmt masks FILES [--csv]`: every mask of every input as a table or CSV, for editors."""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from collections.abc import Callable

from ...batch.job import process_bytes
from ...batch.sources import iter_sources
from ...errors import ReportfmtError
from ...options import Options

COLUMNS = ("file", "n", "kind", "detector", "text", "context")


def mask_rows(inputs: list[str], options: Options) -> tuple[list[dict[str, str]], list[str]]:
    """One row per mask (in document order) and one line per input that failed."""
    rows: list[dict[str, str]] = []
    errors: list[str] = []
    for source in iter_sources(inputs, options):
        if source.skipped:
            continue
        if source.error:
            errors.append(source.error)
            continue
        try:
            report = process_bytes(source.read(), source.label, options).report
        except (ReportfmtError, OSError) as exc:
            errors.append(str(exc) if source.label in str(exc) else f"{source.label}: {exc}")
            continue
        for number, mask in enumerate(report.masks, 1):
            rows.append({"file": source.rel, "n": str(number), "kind": mask["kind"],
                         "detector": mask.get("detector", ""), "text": mask["text"],
                         "context": mask["context"].replace("\n", " ")})
    return rows, errors


def run_masks(args: argparse.Namespace, build: Callable[[argparse.Namespace], Options]) -> int:
    try:
        options = build(args)
    except ReportfmtError as exc:
        print(f"reportfmt: {exc}", file=sys.stderr)
        return 2
    rows, errors = mask_rows(args.inputs, options)
    if args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        print_table(rows)
    for error in errors:
        print(f"reportfmt: {error}", file=sys.stderr)
    return 1 if errors else 0


def width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def print_table(rows: list[dict[str, str]]) -> None:
    widths = {c: max([width(c)] + [width(r[c]) for r in rows]) for c in COLUMNS[:-1]}

    def line(values: dict[str, str]) -> str:
        cells = [values[c] + " " * (widths[c] - width(values[c])) for c in COLUMNS[:-1]]
        return "  ".join([*cells, values["context"]]).rstrip()

    print(line({c: c for c in COLUMNS}))
    for row in rows:
        print(line(row))

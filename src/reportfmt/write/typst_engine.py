"""A `typst` for pandoc's `--pdf-engine`: `typst compile IN.typ OUT.pdf`, compiled in-process by
write/pdf.py with reportfmt's CJK font checks, so no typst executable is needed.

pandoc accepts a PDF engine only by name (its file must be called `typst`), so the defaults
command writes a small script of that name that runs `main` here with this Python.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from ..errors import ReportfmtError


def main(argv: list[str]) -> int:
    """pandoc runs `typst compile [OPTIONS] INPUT OUTPUT`; `--font-path DIR` is honoured."""
    logging.basicConfig(level=logging.ERROR, format="reportfmt-typst: %(message)s", stream=sys.stderr)
    args = list(argv)
    if not args or args[0] != "compile":
        print("usage: typst compile [--font-path DIR] INPUT.typ OUTPUT.pdf", file=sys.stderr)
        return 2
    font_paths: list[str] = []
    files: list[str] = []
    rest = iter(args[1:])
    for arg in rest:
        if arg == "--font-path":
            font_paths.append(next(rest, ""))
        elif arg.startswith("--font-path="):
            font_paths.append(arg.split("=", 1)[1])
        elif not arg.startswith("-") or arg == "-":
            files.append(arg)
    if len(files) != 2:
        print("usage: typst compile [--font-path DIR] INPUT.typ OUTPUT.pdf", file=sys.stderr)
        return 2
    source, output = files
    from .pdf import compile_pdf

    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        pdf = compile_pdf(text, font_paths=tuple(font_paths))
    except (OSError, ReportfmtError) as exc:
        print(f"reportfmt-typst: {source}: {exc}", file=sys.stderr)
        return 1
    if output == "-":
        sys.stdout.buffer.write(pdf)
    else:
        Path(output).write_bytes(pdf)
    return 0

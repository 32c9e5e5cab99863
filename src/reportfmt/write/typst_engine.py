"""A `typst` for pandoc's `--pdf-engine`: `typst compile IN.typ OUT.pdf`, compiled in-process by
write/pdf.py with reportfmt's CJK font checks, so no typst executable is needed.

pandoc accepts a PDF engine only by name (its file must be called `typst`), so the defaults
command writes a small script of that name that runs `main` here with this Python.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

from ..errors import ReportfmtError

log = logging.getLogger(__name__)


# A picture as pandoc's typst writer calls it: image("path"…). Its path is a typst string.
_IMAGE_PATH = re.compile(r'(?<=\bimage\(")([^"\\]+)(?=")')
# What stands in for a picture that is not found: an empty frame, so the PDF is still made.
MISSING_PICTURE = (b'<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90">'
                   b'<rect x="1" y="1" width="158" height="88" fill="none" stroke="#999"'
                   b' stroke-dasharray="6 4"/></svg>')


def gather_pictures(source: str, cwd: str) -> tuple[str, dict[str, bytes]]:
    """The source with each picture renamed to a file of the folder typst compiles in, and those
    files' bytes (write/pdf.compile_pdf puts them there). pandoc names a picture it copied for
    the PDF by its absolute path (its temporary media folder), one it left alone relative to
    the folder it runs in (`cwd`); typst reads nothing outside its own folder. A picture not
    found is named in a warning and an empty frame stands in for it."""
    files: dict[str, bytes] = {}
    names: dict[str, str] = {}

    def rename(match: re.Match) -> str:
        path = os.path.normpath(os.path.join(cwd, match.group(1)))  # an absolute path stays itself
        if path not in names:
            try:
                with open(path, "rb") as handle:
                    data, suffix = handle.read(), os.path.splitext(path)[1].lower()
            except OSError:
                log.warning("picture %s not found: an empty frame stands in its place", match.group(1))
                data, suffix = MISSING_PICTURE, ".svg"
            names[path] = f"picture-{len(names) + 1}{suffix}"
            files[names[path]] = data
        return names[path]

    return _IMAGE_PATH.sub(rename, source), files


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
        text, pictures = gather_pictures(text, os.getcwd())
        pdf = compile_pdf(text, font_paths=tuple(font_paths), files=pictures)
    except (OSError, ReportfmtError) as exc:
        print(f"reportfmt-typst: {source}: {exc}", file=sys.stderr)
        return 1
    if output == "-":
        sys.stdout.buffer.write(pdf)
    else:
        Path(output).write_bytes(pdf)
    return 0

"""`reportfmt defaults docx|pdf|epub`: a pandoc defaults file (`pandoc -d FILE`) that runs
reportfmt as a filter with reportfmt's styles and metadata, for pandoc users who keep their
settings in defaults files.

The file names absolute paths on this machine (the filter executable, reference.docx, the
typst template). Two helpers pandoc needs are written as files: for EPUB the stylesheet
wrapped in <style> (pandoc's sandbox hides a `css:` file but reads `include-in-header`),
for PDF the `typst` engine script. `--write DIR` stores the defaults as
DIR/reportfmt-FORMAT.yaml with its helper beside it, found through pandoc's `${.}` (the
defaults file's folder); printed defaults point at helpers in the user's data folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

import yaml

from ..resources import style_file

FORMATS = ("docx", "pdf", "epub")
ENGINE_DIR = "reportfmt-typst"
EPUB_STYLE = "reportfmt-epub-style.html"


def filter_command() -> str:
    """The `reportfmt` executable beside this Python (a venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "reportfmt"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("reportfmt") or "reportfmt"


def defaults_for(fmt: str, *, helper: str) -> dict:
    """The defaults as a mapping (pandoc's defaults-file keys)."""
    settings: dict = {
        "filters": [{"type": "json", "path": filter_command()}],
        # reportfmt's passes set lang too; this covers a document they leave alone.
        "metadata": {"lang": "zh-Hans"},
        # Scraped pages are untrusted: no fetching of remote images or includes.
        "sandbox": True,
    }
    if fmt == "docx":
        settings.update({"to": "docx", "reference-doc": str(style_file("reference.docx"))})
    elif fmt == "epub":
        settings.update({"to": "epub3", "toc": True, "toc-depth": 4,
                         "include-in-header": [helper]})
    elif fmt == "pdf":
        settings.update({"to": "typst", "template": str(style_file("reportfmt.typst")),
                         "pdf-engine": helper})
    else:
        raise ValueError(fmt)
    return settings


def render_defaults(fmt: str, *, helper: str = "") -> str:
    header = (f"# pandoc defaults for {fmt.upper()} through reportfmt: pandoc -d reportfmt-{fmt}.yaml "
              f"page.html -o page.{fmt}\n"
              "# Options for the passes go under metadata: reportfmt: (e.g. masks: {style: box}).\n")
    if fmt == "pdf":
        header += "# PDF: pandoc's typst writer, compiled by reportfmt's typst engine (CJK fonts checked).\n"
    return header + yaml.safe_dump(defaults_for(fmt, helper=helper), allow_unicode=True, sort_keys=False)


def write_helper(fmt: str, folder: Path) -> Path | None:
    """The file the defaults for `fmt` refer to (None for DOCX): EPUB's style, PDF's engine."""
    if fmt == "epub":
        folder.mkdir(parents=True, exist_ok=True)
        style = folder / EPUB_STYLE
        css = style_file("epub.css").read_text(encoding="utf-8")
        style.write_text(f"<style>\n{css}\n</style>\n", encoding="utf-8")
        return style
    if fmt == "pdf":
        return write_engine(folder / ENGINE_DIR)
    return None


def write_engine(folder: Path) -> Path:
    """The `typst` script pandoc runs as its PDF engine, bound to this Python."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "typst"
    script.write_text(
        f"#!{sys.executable}\n"
        "# pandoc --pdf-engine: `typst compile IN OUT` through reportfmt (see write/typst_engine.py).\n"
        "import sys\n\nfrom reportfmt.write.typst_engine import main\n\nsys.exit(main(sys.argv[1:]))\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


def user_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "reportfmt"


def run_defaults(args: argparse.Namespace) -> int:
    fmt = args.format
    if args.write is None:
        helper = write_helper(fmt, user_data_dir())
        sys.stdout.write(render_defaults(fmt, helper=str(helper or "")))
        return 0
    folder = Path(args.write)
    folder.mkdir(parents=True, exist_ok=True)
    helper = write_helper(fmt, folder)
    dest = folder / f"reportfmt-{fmt}.yaml"
    relative = "${.}/" + helper.relative_to(folder).as_posix() if helper else ""
    dest.write_text(render_defaults(fmt, helper=relative), encoding="utf-8")
    print(f"reportfmt: wrote {dest}", file=sys.stderr)
    return 0

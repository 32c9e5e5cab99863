"""Test helpers: run the in-process pipeline on text."""

from __future__ import annotations

from pathlib import Path

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


def outline(doc: pf.Doc) -> list[tuple[int, str]]:
    """The document's headings as (level, text)."""
    return [(b.level, block_text(b)) for b in doc.content if isinstance(b, pf.Header)]


def runins(doc: pf.Doc) -> list[str]:
    """The run-in headings marked inside paragraphs, in order."""
    return [block_text(pf.Para(*s.content)) for b in doc.content if isinstance(b, pf.Para)
            for s in b.content if isinstance(s, pf.Span) and "runin" in s.classes]


def paras(doc: pf.Doc) -> list[str]:
    return [block_text(b) for b in doc.content if isinstance(b, pf.Para)]


def table_rows(doc: pf.Doc) -> list[list[list[str]]]:
    """Each top-level table's rows, head first, as the texts of their cells."""
    return [[[pf.stringify(cell).strip() for cell in row.content]
             for row in [*b.head.content, *(row for body in b.content for row in body.content)]]
            for b in doc.content if isinstance(b, pf.Table)]


def removed_by(report: Report, rule: str) -> list[str]:
    """The texts one removal rule took, in order (the manifest's `removed` entries)."""
    return [r["text"] for r in report.removed if r["rule"] == rule]


GONGWEN_SAMPLES = Path(__file__).resolve().parent / "data" / "gongwen"
GONGWEN_VARIANTS = ("file", "request", "letter", "order", "minutes")


def convert_gongwen_samples(outdir: Path, fmt: str) -> dict[str, Path]:
    """Each 公文 sample of tests/data/gongwen converted in the gongwen layout: name -> file."""
    from reportfmt.api import convert_file

    paths = {}
    for name in GONGWEN_VARIANTS:
        record = convert_file(GONGWEN_SAMPLES / f"{name}.txt", outdir, to=fmt, options={"layout": "gongwen"})
        assert record["status"] == "ok", record["error"]
        paths[name] = Path(record["outputs"][fmt])
    return paths


def _cli() -> str:
    """The console script next to this interpreter, never through PATH (a fresh machine has no
    venv on PATH)."""
    import sys

    return str(Path(sys.executable).with_name("reportfmt"))


def convert_markdown(workdir: Path, name: str, markdown: str, to: str) -> Path:
    """A hand-written markdown file through `reportfmt convert --to TO`, as a user runs it: the
    output directory."""
    import subprocess

    (workdir / f"{name}.md").write_text(markdown, encoding="utf-8")
    subprocess.run([_cli(), "convert", str(workdir / f"{name}.md"), "-o", str(workdir / "out"),
                    "--to", to, "-q", "--no-review", "-j", "1"], check=True)
    return workdir / "out"


def filter_epub_and_html(workdir: Path, name: str, markdown: str) -> tuple[bytes, str]:
    """A hand-written markdown file through `pandoc --filter reportfmt`, as a user runs it: the
    EPUB's bytes and the standalone HTML5 page."""
    import subprocess

    from reportfmt.write.pandoc import pandoc_path

    cli = _cli()
    (workdir / f"{name}.md").write_text(markdown, encoding="utf-8")
    subprocess.run([pandoc_path(), f"{name}.md", "--filter", cli, "-o", f"{name}.epub"], cwd=workdir, check=True)
    html = subprocess.run([pandoc_path(), f"{name}.md", "-s", "--filter", cli, "-t", "html5"],
                          cwd=workdir, check=True, capture_output=True, text=True).stdout
    return (workdir / f"{name}.epub").read_bytes(), html

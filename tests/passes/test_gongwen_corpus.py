"""Real 公文 from ../shared/corpus, field by field: the Word templates of authored/docx (read
by the real pandoc) and a provincial government's notice from web-gold. The expected values
(tests/data/gongwen/gold.yaml, shared with tests/eval/eval_gongwen.py) were read off each
document by hand."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import panflute as pf
import pypandoc
import pytest
import yaml

from reportfmt.options import build_options
from reportfmt.pipeline import run_passes
from reportfmt.read.reader import read_bytes

PANDOC = pypandoc.get_pandoc_path()
BLANK = "placeholder"  # the document holds a template's blank for this field
GOLD = Path(__file__).resolve().parents[1] / "data" / "gongwen" / "gold.yaml"
EXPECTED = {name: entry["fields"] for name, entry in yaml.safe_load(GOLD.read_text(encoding="utf-8"))["corpus"].items()}
KINDS = {"gwa-han_1": "letter", "gwa-zm_1": "letter", "gwa-hyjy_1": "minutes", "gwa-sx_2": "file"}


def load(path: Path) -> pf.Doc:
    if path.suffix == ".docx":
        out = subprocess.run([PANDOC, str(path), "-t", "json"], capture_output=True, check=True).stdout
        doc = pf.load(io.StringIO(out.decode("utf-8")))
        doc.scraped = False  # what the filter learns from pandoc: the docx reader ran (hand-written)
        return doc
    return read_bytes(path.read_bytes(), str(path))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_recognised_fields(corpus, name):
    report = run_passes(load(corpus / name), build_options(None))
    found: dict = {}
    for entry in report.gongwen:
        found.setdefault(entry["field"], BLANK if entry.get("placeholder") else entry["value"])
    for field, value in EXPECTED[name].items():
        assert found.get(field) == value, field
    stem = Path(name).stem
    if stem in KINDS:
        assert load_kind(corpus / name) == KINDS[stem]


def load_kind(path: Path) -> str:
    doc = load(path)
    run_passes(doc, build_options(None))
    return doc.get_metadata("gongwen_kind", default="")


def test_jilin_notice_in_the_gongwen_layout(corpus):
    doc = load(corpus / "web-gold/original/e8847578-12f0-44cb-bdb7-4eec53c18ed1.html")
    report = run_passes(doc, build_options({"layout": "gongwen"}))
    meta = doc.get_metadata()
    assert meta["issuer"] == ["吉林省人民政府"]  # from the page's information box
    assert meta["date"] == "2022-01-27"
    body = [pf.stringify(b).strip() for b in doc.content if pf.stringify(b).strip()]
    assert body[0].startswith("为做好吉林省嫩江干流补充治理工程建设")
    assert body[-1] == "特此通告。"
    assert "gongwen.infobox" in {r["rule"] for r in report.removed}


@pytest.mark.parametrize(("name", "not_title"), [
    ("gwa-sx_2.docx", "文件"), ("gwa-cz_1.docx", "□□□发电"), ("gwa-han_1.docx", "XXXX人民政府"),
])
def test_a_word_gongwen_through_the_filter_takes_no_masthead_line_for_its_title(corpus, name, not_title):
    """Issue 12's case: `pandoc notice.docx --filter reportfmt` took "文件", "□□□发电" or the
    issuer's name for the title. A template's "[此处输入文件标题]" is no title either."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    out = subprocess.run([PANDOC, str(corpus / "authored/docx" / name), "--filter", "reportfmt", "-t", "json"],
                         capture_output=True, check=True, env=env).stdout
    doc = pf.load(io.StringIO(out.decode("utf-8")))
    title = doc.get_metadata("title", default=None)
    assert title != not_title
    assert title is None
    assert any(not_title in pf.stringify(b) for b in doc.content)  # the line stays in the body

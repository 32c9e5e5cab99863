"""What `pandoc --filter reportfmt` loads per document (issue 17): nothing for a document
without Chinese text, and for a Chinese one neither the HTML extractor (lxml) nor the batch
machinery. Checked on the modules the real console script imports, through real pandoc."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportfmt.filter import may_hold_chinese
from reportfmt.write.pandoc import pandoc_path

REPORTFMT = str(Path(sys.executable).with_name("reportfmt"))
ENGLISH_PAGE = "<html><head><title>Quarterly notes</title></head><body><h1>Summary</h1>" \
               "<p>Revenue grew by 5% &amp; costs fell; see <a href='https://example.org'>the table</a>.</p>" \
               "<p>Names: José, Zoë, Ærø.</p></body></html>"
CHINESE_PAGE = "<html><head><title>某区工作总结</title></head><body><p>一、总体情况</p>" \
               "<p>全年完成投资***亿元，同比增长*.*%。</p><div class='footer'>版权所有 某某网</div></body></html>"


def pandoc_json(tmp_path: Path, html: str) -> bytes:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    return subprocess.run([pandoc_path(), str(page), "-t", "json"], capture_output=True, check=True).stdout


def modules_loaded_by_filter(doc_json: bytes) -> set[str]:
    """Run the console script's code path as pandoc would (PANDOC_VERSION set, the format as
    argument, JSON on stdin) and list the modules the process held at the end."""
    script = ("import sys; sys.argv = ['reportfmt', 'docx']\n"
              "import atexit\n"
              "atexit.register(lambda: sys.stderr.write('MODULES ' + ' '.join(sorted(sys.modules)) + '\\n'))\n"
              "from reportfmt.cli import main\n"
              "main()\n")
    env = {**os.environ, "PANDOC_VERSION": "3.9"}
    proc = subprocess.run([sys.executable, "-c", script], input=doc_json, capture_output=True, env=env,
                          check=True)
    line = next(ln for ln in proc.stderr.decode().splitlines() if ln.startswith("MODULES "))
    return set(line.split()[1:])


def test_a_document_without_chinese_comes_back_byte_for_byte_with_nothing_imported(tmp_path):
    doc_json = pandoc_json(tmp_path, ENGLISH_PAGE)
    env = {**os.environ, "PANDOC_VERSION": "3.9"}
    proc = subprocess.run([REPORTFMT, "docx"], input=doc_json, capture_output=True, env=env, check=True)
    assert proc.stdout == doc_json
    assert proc.stderr.decode().strip() == "reportfmt: no Chinese text: document passed through unchanged"
    loaded = modules_loaded_by_filter(doc_json)
    ours = {m for m in loaded if m.startswith("reportfmt")}
    assert ours == {"reportfmt", "reportfmt.cli", "reportfmt.errors", "reportfmt.filter"}
    for heavy in ("panflute", "yaml", "json", "re", "logging", "argparse", "dataclasses"):
        assert heavy not in loaded, heavy


def test_a_chinese_document_loads_the_passes_but_not_the_extractor_or_the_batch(tmp_path):
    doc_json = pandoc_json(tmp_path, CHINESE_PAGE)
    modules_loaded_by_filter(doc_json)  # fills the cache (rules parsed from YAML), as a first call does
    loaded = modules_loaded_by_filter(doc_json)
    assert "reportfmt.pipeline" in loaded and "panflute" in loaded
    for unneeded in ("lxml", "lxml.etree", "reportfmt.read.extract", "reportfmt.read.html", "reportfmt.api",
                     "reportfmt.batch.runner", "reportfmt.write.pandoc", "reportfmt.write.pdf", "typst",
                     "argparse", "multiprocessing", "tempfile", "hashlib",
                     # panflute's command-line entry point and click (filter.import_panflute_lean)
                     "panflute.autofilter", "click",
                     # 20 M instructions to import: the filter's path reads files through os.path
                     "pathlib",
                     # panflute.tools' imports for functions the filter never calls, PyYAML (the
                     # rule cache is keyed without importing it), and dataclasses' inspect
                     # (passes/deferred_imports.py): 100 M instructions of a call on the seed together
                     "yaml", "shutil", "subprocess", "shlex", "inspect", "ast", "dis", "tokenize",
                     # only a PDF's date and a kept picture need these
                     "datetime", "base64",
                     # 12 M instructions; only options merged from metadata or a file need it
                     # (panflute.tools' one annotation naming it is left unevaluated)
                     "typing",
                     # ~9 M together: dataclasses' copy (deferred, with weakref), importlib.util
                     # and its contextlib (deferred_imports.find_spec), threading (elements' memo)
                     "copy", "weakref", "importlib.util", "contextlib", "threading",
                     # a hand-written document's passes (rawhtml, its embedded media, the
                     # author's masks) and the EPUB's and PDF's heading marks
                     "reportfmt.passes.rawhtml", "reportfmt.passes.embedded", "reportfmt.passes.masks.written",
                     "reportfmt.write.part_headings", "reportfmt.write.sample_headings",
                     # readings asked only of a page with a date line a rule takes, a line the
                     # chrome scorer weighs, or no numbered parts (this page has one)
                     "reportfmt.passes.boilerplate.dated_entries", "reportfmt.passes.boilerplate.scored_guards",
                     "reportfmt.passes.headings.field_groups", "reportfmt.passes.headings.news_items",
                     "reportfmt.passes.headings.dividers", "reportfmt.passes.headings.announced",
                     "reportfmt.passes.headings.stacked_names"):
        assert unneeded not in loaded, unneeded


def test_the_filter_still_cleans_a_chinese_page_and_keeps_an_english_one_as_pandoc_wrote_it(tmp_path):
    env = dict(os.environ, PATH=f"{Path(REPORTFMT).parent}{os.pathsep}{os.environ['PATH']}")
    for html, expect_cleaned in ((CHINESE_PAGE, True), (ENGLISH_PAGE, False)):
        page = tmp_path / "p.html"
        page.write_text(html, encoding="utf-8")
        bare = json.loads(subprocess.run([pandoc_path(), str(page), "-t", "json"], capture_output=True,
                                         check=True).stdout)
        filtered = json.loads(subprocess.run([pandoc_path(), str(page), "--filter", "reportfmt", "-t", "json"],
                                             env=env, capture_output=True, check=True).stdout)
        assert (filtered != bare) is expect_cleaned
    text = json.dumps(filtered, ensure_ascii=False)  # the English page: every word kept
    for word in ("Revenue", "José", "Zoë", "Ærø", "https://example.org"):
        assert word in text


@pytest.mark.parametrize("char", ["\u3400", "\u4dbf", "\u4e00", "中", "\u9fff", "\uf900", "\ufaff"])
def test_the_byte_scan_never_misses_an_ideograph_raw_or_escaped(char):
    assert may_hold_chinese(json.dumps({"t": "Str", "c": f"a{char}b"}, ensure_ascii=False).encode())
    assert may_hold_chinese(json.dumps({"t": "Str", "c": f"a{char}b"}, ensure_ascii=True).encode())


@pytest.mark.parametrize("text", ["plain ASCII", "José Zoë Ærø naïve", "Ελληνικά", "русский", "→ ≤ € ™"])
def test_the_byte_scan_passes_documents_without_ideographs(text):
    assert not may_hold_chinese(json.dumps({"t": "Str", "c": text}, ensure_ascii=False).encode())


def test_the_filter_loads_neither_logging_nor_a_dataclass_without_a_docstring(tmp_path):
    """Costs a `pandoc --filter` call pays for nothing: importing logging when nothing is logged
    (9 M instructions), and @dataclass writing a docstring from inspect.signature for a class
    without one (5 M instructions for the filter's 20 classes)."""
    import dataclasses
    import importlib

    loaded = modules_loaded_by_filter(pandoc_json(tmp_path, CHINESE_PAGE))
    assert "logging" not in loaded
    undocumented = []
    for name in sorted(m for m in loaded if m.startswith("reportfmt")):
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == name
                    and value.__doc__.startswith(value.__name__ + "(")):
                undocumented.append(f"{name}.{value.__qualname__}")
    assert undocumented == []

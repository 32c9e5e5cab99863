"""`reportfmt defaults docx|epub|pdf`: `pandoc -d reportfmt-FORMAT.yaml page.html -o page.FORMAT`
through the real pandoc gets the filter, reference.docx / the EPUB style / the typst layout, and
the metadata defaults."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest
import yaml

from outputs import docx_core_title, docx_masked_text, docx_paragraphs, epub_files, strip_tags
from reportfmt.cli import run
from reportfmt.write import fonts
from reportfmt.write.pandoc import pandoc_path
from seed import ROOT

# A scraped page written for this test: a title, a date line, a 小编 lead-in, two numbered
# sections with masked values, a recommendations tail and a copyright footer.
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>2023年社区服务工作总结</title></head><body>
<p>发布时间：2023-05-06</p>
<p>下面是小编为大家整理的社区服务工作总结，供大家参考。</p>
<p>一、基本情况</p>
<p>今年社区新建服务站**个，服务居民***人次，满意度达到**%。</p>
<p>二、主要做法</p>
<p>坚持问题导向，组织志愿者开展上门服务，共走访困难家庭*户。</p>
<p>推荐访问：</p>
<p>版权所有：某某范文网</p>
</body></html>
"""
KEPT = ["今年社区新建服务站**个，服务居民***人次，满意度达到**%。",
        "坚持问题导向，组织志愿者开展上门服务，共走访困难家庭*户。"]
GONE = ["发布时间", "小编", "推荐访问", "版权所有"]


@pytest.fixture
def written(tmp_path) -> Path:
    folder = tmp_path / "defaults"
    for fmt in ("docx", "epub", "pdf"):
        assert run(["defaults", fmt, "--write", str(folder)]) == 0
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    return folder


def pandoc_d(defaults: Path, page: Path, out: Path) -> None:
    proc = subprocess.run([pandoc_path(), "-d", str(defaults), str(page), "-o", str(out)],
                          capture_output=True, text=True, check=False, cwd=page.parent)
    assert proc.returncode == 0, proc.stderr


def test_docx_defaults_run_the_filter_with_the_reference_docx(written, tmp_path):
    out = tmp_path / "page.docx"
    pandoc_d(written / "reportfmt-docx.yaml", tmp_path / "page.html", out)
    paragraphs = docx_paragraphs(out)
    assert ("Heading1", "一、基本情况") in paragraphs and ("Heading1", "二、主要做法") in paragraphs
    texts = [text for _, text in paragraphs]
    assert all(kept in texts for kept in KEPT)
    assert not [t for t in texts if any(g in t for g in GONE)]
    # The masks carry reference.docx's Masked character style, which only reference.docx defines.
    assert docx_masked_text(out) == "**" + "***" + "**" + "*"
    with zipfile.ZipFile(out) as z:
        styles = z.read("word/styles.xml").decode("utf-8")
    assert 'w:styleId="Masked"' in styles and "firstLineChars" in styles
    assert docx_core_title(out) == "2023年社区服务工作总结"


def test_epub_defaults_carry_the_style_the_toc_and_the_language(written, tmp_path):
    out = tmp_path / "page.epub"
    pandoc_d(written / "reportfmt-epub.yaml", tmp_path / "page.html", out)
    files = epub_files(out)
    opf = next(text for name, text in files.items() if name.endswith(".opf"))
    assert "<dc:language>zh-Hans</dc:language>" in opf and "2023-05-06" in opf
    body = "".join(text for name, text in files.items() if "ch0" in name)
    css = (ROOT / "styles" / "epub.css").read_text(encoding="utf-8")
    # The whole stylesheet is in the chapter, indented (the sandbox hides a --css file).
    assert "".join(css.split()) in "".join(body.split())
    visible = strip_tags(body)
    assert all(kept in visible for kept in KEPT) and not any(g in visible for g in GONE)
    nav = next(text for name, text in files.items() if name.endswith("nav.xhtml"))
    assert "一、基本情况" in nav and "二、主要做法" in nav


@pytest.mark.skipif(not fonts.find_cjk_fonts(), reason="no CJK font (apt-get install fonts-noto-cjk)")
def test_pdf_defaults_compile_with_typst_and_cjk_fonts(written, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "page.pdf"
    pandoc_d(written / "reportfmt-pdf.yaml", tmp_path / "page.html", out)
    pdf = pypdf.PdfReader(out)
    text = "".join("".join(page.extract_text().split()) for page in pdf.pages)
    assert "一、基本情况" in text and "二、主要做法" in text
    assert all("".join(kept.split()) in text for kept in KEPT), text
    assert not any(g in text for g in GONE)
    fonts_used = {str(f.get_object()["/BaseFont"]) for p in pdf.pages for f in p["/Resources"]["/Font"].values()}
    assert any("CJK" in name or "UKai" in name for name in fonts_used), fonts_used


def test_printed_defaults_name_files_that_exist(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for fmt, key in (("docx", "reference-doc"), ("epub", "include-in-header"), ("pdf", "pdf-engine")):
        assert run(["defaults", fmt]) == 0
        settings = yaml.safe_load(capsys.readouterr().out)
        paths = settings[key] if isinstance(settings[key], list) else [settings[key]]
        assert all(Path(p).is_file() for p in paths), settings
        assert os.access(settings["filters"][0]["path"], os.X_OK)
        assert settings["metadata"] == {"lang": "zh-Hans"} and settings["sandbox"] is True
    assert os.access(tmp_path / "data" / "reportfmt" / "reportfmt-typst" / "typst", os.X_OK)

"""PDF through pandoc's typst writer, styles/reportfmt.typst and reportfmt.pdf.compile_pdf."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pypandoc
import pytest

from reportfmt.errors import ReportfmtError
from reportfmt.write import fonts
from reportfmt.write.pdf import compile_pdf

pypdf = pytest.importorskip("pypdf")

TEMPLATE = Path(__file__).resolve().parents[2] / "styles" / "reportfmt.typst"
HEADINGS = ["一、总体情况", "（一）主要做法", "1.加强组织领导", "（1）明确责任分工"]
BODY = [
    "全年完成投资`#masked[\\*\\*\\*];`{=typst}亿元，同比增长百分之十。",
    "坚持问题导向，聚焦群众急难愁盼，推动各项工作落地见效。",
]
SAMPLE = (
    "---\ntitle: 关于做好年度工作总结的通知\ndate: 2024年1月1日\nkeywords: [总结]\n---\n\n"
    + "\n\n".join(f"{'#' * level} {text}\n\n{BODY[level % 2]}" for level, text in enumerate(HEADINGS, start=1))
    + "\n"
)

needs_cjk_font = pytest.mark.skipif(
    not fonts.find_cjk_fonts(), reason="no CJK font on this machine (apt-get install fonts-noto-cjk)"
)


def to_typst(markdown: str) -> str:
    return subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "markdown", "-t", "typst", "--template", str(TEMPLATE)],
        input=markdown,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.fixture(scope="module")
def pdf():
    return pypdf.PdfReader(io.BytesIO(compile_pdf(to_typst(SAMPLE))))


def outline_titles(items) -> list[str]:
    titles = []
    for item in items:
        titles += outline_titles(item) if isinstance(item, list) else [item.title]
    return titles


@needs_cjk_font
def test_a4_pages(pdf):
    for page in pdf.pages:
        assert abs(float(page.mediabox.width) - 595.28) < 1
        assert abs(float(page.mediabox.height) - 841.89) < 1


@needs_cjk_font
def test_cjk_font_embedded(pdf):
    names = {str(font["/BaseFont"]) for page in pdf.pages for font in page["/Resources"]["/Font"].values()}
    assert any(re.search(r"CJK|UKai|Noto|FangSong|SimHei|KaiTi|SimSun", n) for n in names), names


@needs_cjk_font
def test_every_chinese_character_is_in_the_text(pdf):
    text = re.sub(r"\s", "", "".join(page.extract_text() for page in pdf.pages))
    source = "".join(HEADINGS) + "".join(BODY) + "关于做好年度工作总结的通知"
    missing = {ch for ch in source if "\u4e00" <= ch <= "\u9fff" and ch not in text}
    assert not missing
    assert "投资***亿元" in text  # the masked span keeps its asterisks


@needs_cjk_font
def test_rare_characters_beyond_the_chain_fonts_are_printed():
    """CJK Extension B and C characters (here in made-up personal names) are in no font of the
    chain; typst's glyph fallback finds them in HanaMin (fonts-hanazono, which `make` installs).
    Without a covering font typst prints a blank box and the character is gone from the text."""
    names = "王\U0002a6a5同学和赵\U0002b81d老师"
    text = pypdf.PdfReader(io.BytesIO(compile_pdf(names))).pages[0].extract_text()
    assert names in text, "no installed font covers CJK Ext-B/C: apt-get install fonts-hanazono"


@needs_cjk_font
def test_headings_are_bookmarked(pdf):
    assert outline_titles(pdf.outline) == HEADINGS


@needs_cjk_font
def test_reused_engine_gives_same_pdf():
    source = to_typst(SAMPLE)
    assert compile_pdf(source, timestamp=0) == compile_pdf(source, timestamp=0)


def test_no_cjk_font_is_a_clear_error(tmp_path):
    empty = str(tmp_path)
    assert fonts.find_cjk_fonts([empty], system=False) == []
    with pytest.raises(ReportfmtError, match=r"no CJK font found.*fonts-noto-cjk"):
        fonts.resolve_chain("fangsong", [empty], system=False)
    with pytest.raises(ReportfmtError, match="no CJK font found"):
        compile_pdf("= 标题\n\n正文", font_paths=(empty,), system_fonts=False)


def test_typst_error_becomes_reportfmt_error():
    if not fonts.find_cjk_fonts():
        pytest.skip("no CJK font on this machine")
    with pytest.raises(ReportfmtError, match="typst"):
        compile_pdf("#masked[x][y]")


@needs_cjk_font
def test_pictures_stay_with_their_document():
    """Picture-less documents share one empty folder per process; a document's pictures live
    in a folder of its own, gone after its compile, so the next document cannot read them."""
    from read.test_images import png
    from reportfmt.write import pdf as pdf_module

    assert compile_pdf('#image("a.png", width: 50%)', files={"a.png": png()}).startswith(b"%PDF")
    with pytest.raises(ReportfmtError, match="typst"):
        compile_pdf('#image("a.png", width: 50%)')
    compile_pdf("正文")
    empty = Path(pdf_module._empty_folder())
    assert empty.is_dir() and list(empty.iterdir()) == []
    assert pdf_module._empty_folder() == str(empty)

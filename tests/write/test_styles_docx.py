"""styles/reference.docx, and a docx pandoc writes with it, carry the GB/T 9704 layout."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pypandoc
import pytest
from lxml import etree

STYLES = Path(__file__).resolve().parents[2] / "styles"
REFERENCE = STYLES / "reference.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}

SAMPLE = """\
---
title: 关于做好年度工作总结的通知
date: 2024年1月1日
---

全年完成投资[\\*\\*\\*]{custom-style="Masked"}亿元。

# 一、总体情况

正文第一段。

正文第二段。

## （一）主要做法

### 1.加强组织领导

#### （1）明确责任分工

[第一条]{custom-style="Article Label"} 为了规范管理。
"""

# style id -> East Asian font (the first entry of its chain)
EAST_ASIAN_FONTS = {
    "Title": "方正小标宋简体",
    "BodyText": "仿宋_GB2312",
    "FirstParagraph": "仿宋_GB2312",
    "Compact": "仿宋_GB2312",
    "Heading1": "黑体",
    "Heading2": "楷体_GB2312",
    "Heading3": "仿宋_GB2312",
    "Heading4": "仿宋_GB2312",
    "Date": "楷体_GB2312",
    "RunInHeading": "黑体",
}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def part(docx: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(docx) as z:
        return etree.fromstring(z.read(name))


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> Path:
    """A docx written by the real pandoc with --reference-doc styles/reference.docx."""
    folder = tmp_path_factory.mktemp("docx")
    source = folder / "sample.md"
    source.write_text(SAMPLE, encoding="utf-8")
    out = folder / "sample.docx"
    subprocess.run(
        [pypandoc.get_pandoc_path(), str(source), "--reference-doc", str(REFERENCE), "-o", str(out)],
        check=True,
    )
    return out


@pytest.fixture(params=["reference", "converted"])
def docx(request, converted) -> Path:
    return REFERENCE if request.param == "reference" else converted


def style(docx: Path, style_id: str) -> etree._Element:
    found = part(docx, "word/styles.xml").find(f"w:style[@w:styleId='{style_id}']", NS)
    assert found is not None, f"no style {style_id}"
    return found


def test_a4_page_and_margins(docx):
    sect = part(docx, "word/document.xml").findall(".//w:sectPr", NS)[-1]
    size = sect.find("w:pgSz", NS)
    assert (size.get(w("w")), size.get(w("h"))) == ("11906", "16838")
    margins = sect.find("w:pgMar", NS)
    twips = {side: round(mm * 1440 / 25.4) for side, mm in {"top": 37, "bottom": 35, "left": 28, "right": 26}.items()}
    assert {side: int(margins.get(w(side))) for side in twips} == twips


@pytest.mark.parametrize("style_id", sorted(EAST_ASIAN_FONTS))
def test_east_asian_font_per_style(docx, style_id):
    fonts = style(docx, style_id).find("w:rPr/w:rFonts", NS)
    assert fonts.get(w("eastAsia")) == EAST_ASIAN_FONTS[style_id]
    assert fonts.get(w("ascii")) and fonts.get(w("hAnsi"))


def test_no_theme_fonts_anywhere(docx):
    root = part(docx, "word/styles.xml")
    for fonts in root.iter(w("rFonts")):
        assert not {w("asciiTheme"), w("eastAsiaTheme"), w("hAnsiTheme")} & set(fonts.attrib)


def test_document_defaults(docx):
    rpr = part(docx, "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert rpr.find("w:rFonts", NS).get(w("eastAsia")) == "仿宋_GB2312"
    assert rpr.find("w:sz", NS).get(w("val")) == "32"
    assert rpr.find("w:lang", NS).get(w("eastAsia")).startswith("zh")


@pytest.mark.parametrize("style_id", ["BodyText", "FirstParagraph", "Heading1", "Heading2", "Heading3", "Heading4"])
def test_indent_and_exact_line_spacing(docx, style_id):
    ppr = style(docx, style_id).find("w:pPr", NS)
    assert ppr.find("w:ind", NS).get(w("firstLineChars")) == "200"
    assert ppr.find("w:ind", NS).get(w("firstLine")) == "640"
    spacing = ppr.find("w:spacing", NS)
    assert (spacing.get(w("line")), spacing.get(w("lineRule"))) == ("579", "exact")
    assert (spacing.get(w("before")), spacing.get(w("after"))) == ("0", "0")
    assert ppr.find("w:jc", NS).get(w("val")) == "both"


def test_body_size_and_title(docx):
    assert style(docx, "BodyText").find("w:rPr/w:sz", NS).get(w("val")) == "32"
    title = style(docx, "Title")
    assert title.find("w:rPr/w:sz", NS).get(w("val")) == "44"
    assert title.find("w:pPr/w:jc", NS).get(w("val")) == "center"


@pytest.mark.parametrize("level", [1, 2, 3, 4])
def test_headings_black_and_bold_only_at_level_3(docx, level):
    rpr = style(docx, f"Heading{level}").find("w:rPr", NS)
    assert rpr.find("w:color", NS).get(w("val")) == "000000"
    assert rpr.find("w:color", NS).get(w("themeColor")) is None
    assert (rpr.find("w:b", NS) is not None) == (level == 3)
    assert rpr.find("w:i", NS) is None


def test_footers_even_and_odd(docx):
    assert part(docx, "word/settings.xml").find("w:evenAndOddHeaders", NS) is not None
    sect = part(docx, "word/document.xml").findall(".//w:sectPr", NS)[-1]
    refs = {ref.get(w("type")): ref.get(f"{{{R}}}id") for ref in sect.findall("w:footerReference", NS)}
    assert set(refs) == {"default", "even"}
    rels = {rel.get("Id"): rel.get("Target") for rel in part(docx, "word/_rels/document.xml.rels")}
    alignments = {}
    for kind, rid in refs.items():
        footer = part(docx, "word/" + rels[rid])
        text = "".join(footer.itertext())
        assert text.startswith("— ") and text.endswith(" —")
        assert "PAGE" in text  # the field instruction
        alignments[kind] = footer.find(".//w:jc", NS).get(w("val"))
    assert alignments == {"default": "right", "even": "left"}
    assert style(docx, "Footer").find("w:rPr/w:sz", NS).get(w("val")) == "28"
    with zipfile.ZipFile(docx) as z:
        types = z.read("[Content_Types].xml").decode()
    assert types.count("wordprocessingml.footer+xml") == 2


@pytest.mark.parametrize(
    ("style_id", "name"),
    [("Masked", "Masked"), ("Filled", "Filled"), ("ArticleLabel", "Article Label"), ("RunInHeading", "Run-in Heading"),
     ("MaskedBox", "Masked Box"), ("MaskedUnderline", "Masked Underline")],
)
def test_character_styles(docx, style_id, name):
    found = style(docx, style_id)
    assert found.get(w("type")) == "character"
    assert found.find("w:name", NS).get(w("val")) == name


def test_settings_chinese(docx):
    lang = part(docx, "word/settings.xml").find("w:themeFontLang", NS)
    assert lang.get(w("eastAsia")) == "zh-CN"


def test_font_table_has_fallback_chain():
    table = part(REFERENCE, "word/fontTable.xml")
    entry = table.find("w:font[@w:name='仿宋_GB2312']", NS)
    assert entry.find("w:altName", NS).get(w("val")) == "仿宋"
    assert entry.find("w:charset", NS).get(w("val")) == "86"
    assert table.find("w:font[@w:name='Noto Serif CJK SC']", NS) is not None


def test_pandoc_applies_masked_span_and_headings(converted):
    body = part(converted, "word/document.xml")
    masked = [run for run in body.iter(w("r")) if run.find("w:rPr/w:rStyle[@w:val='Masked']", NS) is not None]
    assert ["".join(run.itertext()) for run in masked] == ["***"]
    used = {p.get(w("val")) for p in body.iter(w("pStyle"))}
    assert {"Title", "Heading1", "Heading2", "Heading3", "Heading4", "FirstParagraph"} <= used
    label = body.find(".//w:rStyle[@w:val='ArticleLabel']", NS)
    assert label is not None


def test_reference_parts_hold_no_indentation():
    """pandoc parses the reference's parts at every DOCX it writes: build_reference.py drops
    the whitespace between elements (text inside w:t and w:instrText stays)."""
    with zipfile.ZipFile(REFERENCE) as package:
        for name in package.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            root = etree.fromstring(package.read(name))
            for elem in root.iter():
                gaps = [elem.tail] + ([elem.text] if len(elem) else [])
                assert not any(gap and gap.isspace() for gap in gaps), (name, elem.tag)
    footer = zipfile.ZipFile(REFERENCE).read("word/footer1.xml").decode("utf-8")
    assert '<w:instrText xml:space="preserve"> PAGE </w:instrText>' in footer

"""The DOCX reportfmt writes for the seed page carries the GB/T 9704 layout in its own XML.

These read the converted file, not styles/reference.docx: what pandoc keeps, renames or adds
on the way (styles it copies, runs it splits, the section properties it takes) is what a
reader opens.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from reportfmt.api import convert_file
from seed import HEADINGS, SEED, TITLE

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}
PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"

# GB/T 9704-2012 as issue 6 states it: (font named first in the chain, size in half-points).
STYLE_FONTS = {
    "Title": ("方正小标宋简体", 44),  # 2号 小标宋
    "Date": ("楷体_GB2312", 32),
    "FirstParagraph": ("仿宋_GB2312", 32),  # 3号 仿宋
    "BodyText": ("仿宋_GB2312", 32),
    "Heading1": ("黑体", 32),  # 一、 3号 黑体
}
INDENTED = ["FirstParagraph", "BodyText", "Heading1"]
MM = 1440 / 25.4  # twips per millimetre


def w(name: str) -> str:
    return f"{{{W}}}{name}"


@pytest.fixture(scope="module")
def docx(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docx")
    record = convert_file(SEED, out, to="docx")
    assert record["status"] == "ok", record["error"]
    return Path(record["outputs"]["docx"])


def part(docx: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(docx) as z:
        return etree.fromstring(z.read(name))


def style(docx: Path, style_id: str) -> etree._Element:
    found = part(docx, "word/styles.xml").find(f"w:style[@w:styleId='{style_id}']", NS)
    assert found is not None, f"style {style_id} missing from the output's styles.xml"
    return found


def body_paragraphs(docx: Path) -> list[tuple[str, str]]:
    result = []
    for p in part(docx, "word/document.xml").iter(w("p")):
        pstyle = p.find("w:pPr/w:pStyle", NS)
        text = "".join(t.text or "" for t in p.iter(w("t")))
        result.append((pstyle.get(w("val")) if pstyle is not None else "", text))
    return result


def test_a4_page_and_official_margins(docx):
    sect = part(docx, "word/document.xml").find("w:body/w:sectPr", NS)
    size = sect.find("w:pgSz", NS)
    assert (int(size.get(w("w"))), int(size.get(w("h")))) == (round(210 * MM), round(297 * MM))
    margins = sect.find("w:pgMar", NS)
    for side, mm in {"top": 37, "bottom": 35, "left": 28, "right": 26}.items():
        assert abs(int(margins.get(w(side))) - mm * MM) <= 1, side


def test_the_seed_uses_title_date_body_and_heading_styles(docx):
    paragraphs = body_paragraphs(docx)
    assert paragraphs[0] == ("Title", TITLE)
    assert paragraphs[1] == ("Date", "2023-03-03")
    assert [text for sid, text in paragraphs if sid.startswith("Heading")] == HEADINGS
    assert {sid for sid, _ in paragraphs if sid.startswith("Heading")} == {"Heading1"}
    body_styles = {sid for sid, _ in paragraphs[2:] if not sid.startswith("Heading")}
    assert body_styles == {"FirstParagraph", "BodyText"}


@pytest.mark.parametrize("style_id", list(STYLE_FONTS))
def test_used_styles_name_chinese_fonts_in_every_slot(docx, style_id):
    font, size = STYLE_FONTS[style_id]
    rpr = style(docx, style_id).find("w:rPr", NS)
    fonts = rpr.find("w:rFonts", NS)
    assert fonts.get(w("eastAsia")) == font
    # “ ” take the w:hAnsi font in Word without a hint, the Western font in LibreOffice:
    # a Latin font in either slot draws narrow Latin quotes inside Chinese text.
    assert fonts.get(w("hAnsi")) == font
    assert fonts.get(w("ascii")) == font
    assert not {a for a in fonts.attrib if a.endswith("Theme")}
    assert rpr.find("w:sz", NS).get(w("val")) == str(size)


def test_runs_do_not_override_the_style_fonts(docx):
    """pandoc marks Chinese runs with w:hint="eastAsia" and sets no font of its own."""
    for fonts in part(docx, "word/document.xml").iter(w("rFonts")):
        assert dict(fonts.attrib) == {w("hint"): "eastAsia"}


@pytest.mark.parametrize("style_id", INDENTED)
def test_two_character_first_line_indent(docx, style_id):
    ind = style(docx, style_id).find("w:pPr/w:ind", NS)
    assert ind.get(w("firstLineChars")) == "200"


def test_title_is_centred_and_body_justified(docx):
    assert style(docx, "Title").find("w:pPr/w:jc", NS).get(w("val")) == "center"
    for style_id in ("FirstParagraph", "BodyText", "Heading1"):
        assert style(docx, style_id).find("w:pPr/w:jc", NS).get(w("val")) == "both"


@pytest.mark.parametrize("style_id", ["FirstParagraph", "BodyText", "Heading1"])
def test_fixed_line_spacing_of_28_to_29_points(docx, style_id):
    spacing = style(docx, style_id).find("w:pPr/w:spacing", NS)
    assert spacing.get(w("lineRule")) == "exact"
    assert 28 * 20 <= int(spacing.get(w("line"))) <= 29 * 20


def test_heading3_is_bold_and_no_heading_is_italic_or_coloured(docx):
    assert style(docx, "Heading3").find("w:rPr/w:b", NS) is not None
    for level in range(1, 5):
        rpr = style(docx, f"Heading{level}").find("w:rPr", NS)
        assert rpr.find("w:i", NS) is None
        assert rpr.find("w:color", NS).get(w("val")) == "000000"


def test_document_language_is_chinese(docx):
    lang = part(docx, "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(w("eastAsia")) in ("zh-CN", "zh-Hans")
    with zipfile.ZipFile(docx) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
    assert "<dc:language>zh-Hans</dc:language>" in core
    assert "1970-01-01" not in core  # pandoc's sandbox has no clock; the package gets one


def footers(docx: Path) -> dict[str, etree._Element]:
    """Footer part per w:footerReference type (default = odd pages, even)."""
    sect = part(docx, "word/document.xml").find("w:body/w:sectPr", NS)
    rels = {r.get("Id"): r.get("Target") for r in part(docx, "word/_rels/document.xml.rels").iter(PKG_RELS)}
    return {ref.get(w("type")): part(docx, "word/" + rels[ref.get(f"{{{R}}}id")])
            for ref in sect.findall("w:footerReference", NS)}


def test_page_number_field_between_dashes_on_the_outside_edge(docx):
    found = footers(docx)
    assert set(found) == {"default", "even"}
    for kind, align in (("default", "right"), ("even", "left")):
        footer = found[kind]
        assert [i.text.strip() for i in footer.iter(w("instrText"))] == ["PAGE"]
        assert [f.get(w("fldCharType")) for f in footer.iter(w("fldChar"))] == ["begin", "separate", "end"]
        text = "".join(t.text or "" for t in footer.iter(w("t")))
        assert re.fullmatch(r"— \d+ —", text), text
        assert footer.find(".//w:jc", NS).get(w("val")) == align
    assert part(docx, "word/settings.xml").find("w:evenAndOddHeaders", NS) is not None
    footer_style = style(docx, "Footer").find("w:rPr", NS)
    assert footer_style.find("w:rFonts", NS).get(w("eastAsia")) == "宋体"
    assert footer_style.find("w:sz", NS).get(w("val")) == "28"  # 4号


def test_masked_runs_use_the_shaded_masked_style(docx):
    masked = style(docx, "Masked")
    assert masked.get(w("type")) == "character"
    assert masked.find("w:rPr/w:shd", NS).get(w("fill"))
    runs = [r for r in part(docx, "word/document.xml").iter(w("r"))
            if (s := r.find("w:rPr/w:rStyle", NS)) is not None and s.get(w("val")) == "Masked"]
    # The seed's 125 masks, 266 asterisks (counted in the page, see test_end_to_end).
    assert len(runs) == 125
    assert sum(t.text.count("*") for r in runs for t in r.iter(w("t"))) == 266


@pytest.mark.parametrize(("style", "style_id", "mark"),
                         [("box", "MaskedBox", "w:bdr"), ("underline", "MaskedUnderline", "w:u")])
def test_mask_style_option_picks_a_docx_style_that_exists(style, style_id, mark):
    from reportfmt import convert_text

    data = convert_text("工作总结\n\n**区完成***亿元。\n", to="docx", options={"masks.style": style})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        document = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml"))
    used = {r.get(f"{{{NS['w']}}}val") for r in document.iterfind(".//w:rStyle", NS)}
    assert used == {style_id}
    defined = styles.find(f"w:style[@w:styleId='{style_id}']", NS)
    assert defined is not None and defined.find(f"w:rPr/{mark}", NS) is not None


def test_crosses_inside_a_number_are_a_masked_run_between_its_digits():
    from reportfmt import convert_text

    data = convert_text("困难补助申请书\n\n申请人：范小北\n\n联系电话：139XXXX0815\n", to="docx")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        document = etree.fromstring(z.read("word/document.xml"))
    masked = ["".join(t.text for t in r.iter(w("t"))) for r in document.iter(w("r"))
              if (s := r.find("w:rPr/w:rStyle", NS)) is not None and s.get(w("val")) == "Masked"]
    assert masked == ["XXXX"]
    assert "139XXXX0815" in "".join(t.text or "" for t in document.iter(w("t")))

"""The DOCX of each 公文 variant (layout gongwen, styles/gongwen.docx), read from its XML:
every element in its order and style, red where GB/T 9704-2012 says red, the separator and
the 版记 rules, the 22 × 28 document grid, page numbers per side, the 成文日期, the title's
line breaks; and the report layout's DOCX keeps its own reference document."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from helpers import GONGWEN_SAMPLES as SAMPLES
from helpers import GONGWEN_VARIANTS, convert_gongwen_samples
from reportfmt.api import convert_file

VARIANTS = GONGWEN_VARIANTS
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TWIPS_PER_PT = 20


def w(name: str) -> str:
    return f"{{{W}}}{name}"


@pytest.fixture(scope="module")
def docxs(tmp_path_factory) -> dict[str, Path]:
    return convert_gongwen_samples(tmp_path_factory.mktemp("gongwen-docx"), "docx")


def part(docx: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(docx) as z:
        return etree.fromstring(z.read(name))


def paragraphs(docx: Path) -> list[tuple[str, str]]:
    """(style id, text) of every body paragraph; w:tab as "\\t", w:br as "\\n"."""
    result = []
    for p in part(docx, "word/document.xml").iter(w("p")):
        style = p.find("w:pPr/w:pStyle", NS)
        text = []
        for node in p.iter(w("t"), w("tab"), w("br")):
            if node.tag == w("t"):
                text.append(node.text or "")
            elif node.getparent().tag == w("r"):
                text.append("\t" if node.tag == w("tab") else "\n")
        result.append((style.get(w("val")) if style is not None else "", "".join(text)))
    return result


def gongwen_styles(docx: Path) -> list[tuple[str, str]]:
    return [(s, t) for s, t in paragraphs(docx) if s.startswith("Gongwen") and s != "GongwenSpacer"]


def style(docx: Path, style_id: str) -> etree._Element:
    return part(docx, "word/styles.xml").find(f"w:style[@w:styleId='{style_id}']", NS)


def test_file_variant_elements_in_order(docxs):
    assert gongwen_styles(docxs["file"]) == [
        ("GongwenCopyNumber", "000126"),
        ("GongwenSecrecy", "机密★1年"),
        ("GongwenUrgency", "特急"),
        ("GongwenMark", "青禾市人民政府文件"),
        ("GongwenNumber", "青政发〔2024〕7号"),
        ("GongwenTitle", "青禾市人民政府关于印发青禾市2024年\n城乡供水保障重点任务清单的通知"),
        ("GongwenRecipients", "各区县人民政府，市政府各部门，各直属机构："),
        ("GongwenAttachmentNote", "附件：1．青禾市2024年城乡供水保障重点任务清单"),
        ("GongwenAttachmentNoteMore", "2．各区县农村自来水普及率目标分解表"),
        ("GongwenSignature", "青禾市人民政府"),
        ("GongwenDate", "2024年3月5日"),
        ("GongwenNote", "（此件公开发布）"),
        ("GongwenAttachmentLabel", "附件1"),
        ("GongwenAttachmentLabel", "附件2"),
        ("GongwenRuleThick", ""),
        ("GongwenCc", "抄送：市委各部门，市人大常委会办公室，市政协办公室。"),
        ("GongwenRuleThin", ""),
        ("GongwenPrinted", "青禾市人民政府办公室\t2024年3月6日印发"),
        ("GongwenRuleEnd", ""),
    ]
    body = [t for s, t in paragraphs(docxs["file"]) if not s.startswith("Gongwen") and t]
    assert body[0].startswith("现将《青禾市2024年城乡供水保障重点任务清单》")
    # Each attachment starts a page (§7.3.8).
    xml = etree.tostring(part(docxs["file"], "word/document.xml"), encoding="unicode")
    assert xml.count('w:type="page"') == 2


def test_other_variants_in_order(docxs):
    assert [s for s, _ in gongwen_styles(docxs["request"])][:3] == [
        "GongwenMark", "GongwenNumberSigner", "GongwenTitle"]
    assert gongwen_styles(docxs["request"])[1][1] == "青水发〔2024〕15号\t签发人：周明远"
    assert gongwen_styles(docxs["letter"])[:2] == [("GongwenLetterMark", "青禾市教育局"),
                                                   ("GongwenLetterNumber", "青教函〔2024〕23号")]
    assert gongwen_styles(docxs["order"]) == [
        ("GongwenMark", "青禾市人民政府令"), ("GongwenOrderNumber", "第18号"),
        ("GongwenSignature", "市长 陈光华"), ("GongwenDate", "2024年5月16日")]
    assert gongwen_styles(docxs["minutes"])[:2] == [("GongwenMark", "青禾市人民政府常务会议纪要"),
                                                    ("GongwenNumber", "〔2024〕9号")]


def test_signer_name_in_kaiti(docxs):
    runs = part(docxs["request"], "word/document.xml").iter(w("r"))
    named = [r for r in runs
             if (s := r.find("w:rPr/w:rStyle", NS)) is not None and s.get(w("val")) == "GongwenSignerName"]
    assert ["".join(t.text for t in r.iter(w("t"))) for r in named] == ["周明远"]
    fonts = style(docxs["request"], "GongwenSignerName").find("w:rPr/w:rFonts", NS)
    assert fonts.get(w("eastAsia")) == "楷体_GB2312"


def test_red_where_the_standard_says_red(docxs):
    docx = docxs["file"]
    for style_id in ("GongwenMark", "GongwenMarkJoint", "GongwenLetterMark"):
        assert style(docx, style_id).find("w:rPr/w:color", NS).get(w("val")) == "FF0000"
        assert style(docx, style_id).find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == "方正小标宋简体"
    for style_id in ("GongwenTitle", "GongwenNumber", "GongwenRecipients", "BodyText", "GongwenCc"):
        color = style(docx, style_id).find("w:rPr/w:color", NS)
        assert color is None or color.get(w("val")) in ("000000", "auto")
    # §7.2.7: the separator under the 发文字号 is red, ~4 mm below it (w:space in points).
    bottom = style(docx, "GongwenNumber").find("w:pPr/w:pBdr/w:bottom", NS)
    assert bottom.get(w("color")) == "FF0000" and bottom.get(w("val")) == "single"
    assert abs(int(bottom.get(w("space"))) - 4 * 72 / 25.4) < 1
    # §10.1: a letter's double line, upper thick, lower thin.
    double = style(docx, "GongwenLetterMark").find("w:pPr/w:pBdr/w:bottom", NS)
    assert (double.get(w("val")), double.get(w("color"))) == ("thickThinSmallGap", "FF0000")


def test_colophon_rules_thick_thin_thick_and_full_width(docxs):
    docx = docxs["file"]
    sizes = []
    for style_id in ("GongwenRuleThick", "GongwenRuleThin", "GongwenRuleEnd"):
        ppr = style(docx, style_id).find("w:pPr", NS)
        border = ppr.find("w:pBdr/w:bottom", NS)
        assert border.get(w("val")) == "single" and border.get(w("color")) == "000000"
        ind = ppr.find("w:ind", NS)
        assert ind.get(w("left"), "0") == "0" and ind.get(w("right"), "0") == "0"  # as wide as the block
        sizes.append(int(border.get(w("sz"))) / 8 * 25.4 / 72)  # eighths of a point -> mm
    assert abs(sizes[0] - 0.35) < 0.03 and abs(sizes[2] - 0.35) < 0.03  # §7.4.1: 0.35 mm
    assert abs(sizes[1] - 0.25) < 0.03  # and 0.25 mm between


@pytest.mark.parametrize("name", VARIANTS)
def test_grid_of_22_lines_by_28_characters(docxs, name):
    sect = part(docxs[name], "word/document.xml").find("w:body/w:sectPr", NS)
    grid = sect.find("w:docGrid", NS)
    assert grid.get(w("type")) == "linesAndChars"
    size, margins = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)
    height = int(size.get(w("h"))) - int(margins.get(w("top"))) - int(margins.get(w("bottom")))
    width = int(size.get(w("w"))) - int(margins.get(w("left"))) - int(margins.get(w("right")))
    assert height // int(grid.get(w("linePitch"))) == 22
    # Word's character cell: the Normal style's size plus charSpace/4096 pt.
    normal = style(docxs[name], "Normal").find("w:rPr/w:sz", NS)
    pitch = int(normal.get(w("val"))) / 2 + int(grid.get(w("charSpace"))) / 4096
    assert int(width / TWIPS_PER_PT / pitch) == 28
    assert int(normal.get(w("val"))) == 32  # the characters stay 3号


def test_page_numbers_odd_right_even_left(docxs):
    docx = docxs["file"]
    sect = part(docx, "word/document.xml").find("w:body/w:sectPr", NS)
    rels = {r.get("Id"): r.get("Target") for r in part(docx, "word/_rels/document.xml.rels")}
    refs = {ref.get(w("type")): rels[ref.get(f"{{{NS_R}}}id")] for ref in sect.findall("w:footerReference", NS)}
    odd, even = part(docx, f"word/{refs['default']}"), part(docx, f"word/{refs['even']}")
    assert odd.find(".//w:jc", NS).get(w("val")) == "right" and even.find(".//w:jc", NS).get(w("val")) == "left"
    assert "PAGE" in etree.tostring(odd, encoding="unicode")
    assert "— " in "".join(t.text for t in odd.iter(w("t")))
    assert part(docx, "word/settings.xml").find("w:evenAndOddHeaders", NS) is not None
    # §10.1: a letter shows no number on its first page.
    letter = part(docxs["letter"], "word/document.xml").find("w:body/w:sectPr", NS)
    assert letter.find("w:titlePg", NS) is not None
    first = [ref for ref in letter.findall("w:footerReference", NS) if ref.get(w("type")) == "first"]
    assert len(first) == 1


NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_core_title_and_no_title_block(docxs):
    with zipfile.ZipFile(docxs["file"]) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
    assert "<dc:title>青禾市人民政府关于印发青禾市2024年城乡供水保障重点任务清单的通知</dc:title>" in core
    styles = [s for s, _ in paragraphs(docxs["file"])]
    assert "Title" not in styles and "Date" not in styles  # pandoc's title block is not printed


def test_report_layout_is_unchanged(tmp_path):
    """The default layout writes with styles/reference.docx: no 公文 style, a lines-only grid."""
    record = convert_file(SAMPLES / "file.txt", tmp_path, to="docx")
    docx = Path(record["outputs"]["docx"])
    assert not [s for s, _ in paragraphs(docx) if s.startswith("Gongwen")]
    grid = part(docx, "word/document.xml").find("w:body/w:sectPr/w:docGrid", NS)
    assert grid.get(w("type")) == "lines"


def test_layout_from_document_metadata_and_through_the_pandoc_filter(tmp_path):
    """`reportfmt: {layout: gongwen}` in a document's metadata, and `-M reportfmt.layout=gongwen`
    under `pandoc --filter reportfmt` with the 公文 reference document."""
    import os
    import subprocess
    import sys

    import pypandoc

    from reportfmt.resources import style_file

    text = (SAMPLES / "letter.txt").read_text(encoding="utf-8")
    markdown = tmp_path / "letter.md"
    markdown.write_text("---\nreportfmt:\n  layout: gongwen\n---\n\n" + text.replace("\n", "\n\n"), encoding="utf-8")
    record = convert_file(markdown, tmp_path / "out", to="docx")
    assert gongwen_styles(Path(record["outputs"]["docx"]))[0] == ("GongwenLetterMark", "青禾市教育局")

    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    out = tmp_path / "filtered.docx"
    plain = tmp_path / "letter-plain.md"
    plain.write_text(text.replace("\n", "\n\n"), encoding="utf-8")
    subprocess.run([pypandoc.get_pandoc_path(), str(plain), "--filter", "reportfmt", "-M", "reportfmt.layout=gongwen",
                    "--reference-doc", str(style_file("gongwen-letter.docx")), "-o", str(out)], check=True, env=env)
    styles = gongwen_styles(out)
    assert styles[:2] == [("GongwenLetterMark", "青禾市教育局"), ("GongwenLetterNumber", "青教函〔2024〕23号")]
    assert ("GongwenDate", "2024年6月3日") in styles


def test_the_kind_option_overrides_the_recognised_kind(tmp_path):
    record = convert_file(SAMPLES / "file.txt", tmp_path, to="docx",
                          options={"layout": "gongwen", "gongwen.kind": "letter"})
    docx = Path(record["outputs"]["docx"])
    assert gongwen_styles(docx)[3] == ("GongwenLetterMark", "青禾市人民政府文件")
    assert part(docx, "word/document.xml").find("w:body/w:sectPr/w:titlePg", NS) is not None


def test_gongwen_references_are_built_from_the_current_reference():
    """build_gongwen.py starts from styles/reference.docx; when build_reference.py changes
    (table borders, caption styles), the 公文 references must be rebuilt too, or a 公文's tables
    lose the ruled grid the report layout has. The build is deterministic (fixed zip dates)."""
    import sys

    styles = Path(__file__).resolve().parents[2] / "styles"
    sys.path.insert(0, str(styles))
    try:
        import build_gongwen
    finally:
        sys.path.remove(str(styles))
    reference = (styles / "reference.docx").read_bytes()
    for name, letter in build_gongwen.OUT.items():
        assert build_gongwen.build(reference, letter) == (styles / name).read_bytes(), (
            f"styles/{name} is stale: run `make styles`"
        )


def test_gongwen_table_style_has_the_ruled_grid():
    """A table in a 公文 is ruled on every side and centred, as in the report layout."""
    styles = Path(__file__).resolve().parents[2] / "styles"
    for name in ("gongwen.docx", "gongwen-letter.docx"):
        root = etree.fromstring(zipfile.ZipFile(styles / name).read("word/styles.xml"))
        table = root.find("w:style[@w:styleId='Table']/w:tblPr", NS)
        borders = table.find("w:tblBorders", NS)
        assert borders is not None, name
        sides = {child.tag.split("}")[1]: child.get(w("val")) for child in borders}
        assert sides == dict.fromkeys(("top", "left", "bottom", "right", "insideH", "insideV"), "single")
        assert table.find("w:jc", NS).get(w("val")) == "center"

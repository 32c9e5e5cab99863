"""The 版记 ending a 公文 (write/notice_lines.py, GB/T 9704 §7.4) as a reader sees it: the 抄送
line and the 印发 line ("某某办公室 2026年3月1日印发": the office left, the date right, on one
line) in 4号 between rules, thick first and last, thin between; in the DOCX XML (styles and
the rule paragraphs' borders), the PDF's text boxes and the EPUB's markup. A 抄送 line that
is not the document's end keeps the body's size and no rules. The documents are made up."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from outputs import W, docx_masked_text, docx_paragraphs, epub_chapters
from pdf_layout import TEXT_LEFT, TEXT_RIGHT, needs_cjk_font, needs_poppler, pdf_lines
from reportfmt.api import convert_text

CC = "抄送：县委办公室，县人大常委会办公室，县政协办公室。"
PRINTED = "青禾县人民政府办公室　　2026年3月1日印发"
NOTICE = """关于做好春季森林防火工作的通知

各乡镇人民政府，县直各单位：

当前正值春季森林防火关键时期，为切实做好防火工作，确保人民群众生命财产安全，现将有关事项通知如下。

一、加强组织领导，落实防火责任。

二、加强巡查值守，严格火源管理。

青禾县人民政府办公室

2026年3月1日

（此件公开发布）

抄送：县委办公室，县人大常委会办公室，县政协办公室。

青禾县人民政府办公室　　2026年3月1日印发
"""

SIZE_4HAO = 14  # points
RULES = ("ColophonRuleThick", "ColophonRuleThin")


def _docx(text: str, tmp_path) -> tuple[list[tuple[str, str]], etree._Element, etree._Element]:
    data = convert_text(text, to="docx")
    path = tmp_path / "out.docx"
    path.write_bytes(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        styles = etree.fromstring(z.read("word/styles.xml"))
        document = etree.fromstring(z.read("word/document.xml"))
    return docx_paragraphs(path), styles, document


def _style(styles: etree._Element, style_id: str) -> etree._Element:
    return styles.find(f"{W}style[@{W}styleId='{style_id}']")


def test_docx_colophon_lines_between_rules(tmp_path):
    paragraphs, styles, document = _docx(NOTICE, tmp_path)
    assert paragraphs[-5:] == [
        ("ColophonRuleThick", ""),
        ("ColophonCopyTo", "抄送：县委办公室，县人大常委会办公室，县政协办公室。"),
        ("ColophonRuleThin", ""),
        ("ColophonPrinted", "青禾县人民政府办公室2026年3月1日印发"),
        ("ColophonRuleThick", ""),
    ]
    assert paragraphs[-7:-5] == [("ClosingDate", "2026年3月1日"), ("BodyText", "（此件公开发布）")]
    # The date at a right tab: the office and the date on one line, the blanks between them gone.
    printed = list(document.iter(f"{W}p"))[-2]
    runs = [("tab" if r.find(f"{W}tab") is not None else "".join(t.text for t in r.iter(f"{W}t")))
            for r in printed.iter(f"{W}r")]
    assert runs == ["青禾县人民政府办公室", "tab", "2026年3月1日印发"]
    for style_id in ("ColophonCopyTo", "ColophonPrinted"):  # 4号
        assert _style(styles, style_id).find(f"{W}rPr/{W}sz").get(f"{W}val") == str(2 * SIZE_4HAO)
    tab = _style(styles, "ColophonPrinted").find(f"{W}pPr/{W}tabs/{W}tab")
    assert tab.get(f"{W}val") == "right"
    ind = _style(styles, "ColophonCopyTo").find(f"{W}pPr/{W}ind")
    assert (ind.get(f"{W}left"), ind.get(f"{W}hanging"), ind.get(f"{W}right")) == ("1120", "840", "280")
    thick, thin = (_style(styles, s).find(f"{W}pPr/{W}pBdr/{W}bottom").get(f"{W}sz") for s in RULES)
    assert int(thick) > int(thin) > 0


def test_docx_colophon_of_a_printed_line_alone_keeps_the_closing_block(tmp_path):
    text = NOTICE.replace("抄送：县委办公室，县人大常委会办公室，县政协办公室。\n\n", "")
    text = text.replace("（此件公开发布）\n\n", "")
    paragraphs, _, _ = _docx(text, tmp_path)
    assert [style for style, _ in paragraphs[-5:]] == [
        "ClosingSigner", "ClosingDate", "ColophonRuleThick", "ColophonPrinted", "ColophonRuleThick"]


def test_docx_masked_printed_line_keeps_its_masks(tmp_path):
    text = NOTICE.replace(PRINTED, "××县人民政府办公室  20××年×月×日印发")
    paragraphs, _, _ = _docx(text, tmp_path)
    assert paragraphs[-2] == ("ColophonPrinted", "××县人民政府办公室20××年×月×日印发")
    assert docx_masked_text(tmp_path / "out.docx").count("×") == 6


@pytest.mark.parametrize("text", [
    # the 抄送 line above the attachment a page printed after it: the body's size, no rules
    NOTICE.replace(PRINTED, "附件\n\n防火责任人名单\n\n各乡镇按要求填写本单位防火责任人。"),
    # a 印发 line in the middle of the text: a sentence of the text
    NOTICE.replace("一、加强组织领导", "青禾县人民政府办公室 2026年2月1日印发\n\n一、加强组织领导")
    .replace(f"\n\n{CC}\n\n{PRINTED}", ""),
])
def test_docx_no_colophon_but_at_the_end(text, tmp_path):
    paragraphs, _, _ = _docx(text, tmp_path)
    styles = [style for style, _ in paragraphs]
    assert not {"ColophonCopyTo", "ColophonPrinted", *RULES} & set(styles)


def test_epub_colophon_markup():
    xhtml = epub_chapters(convert_text(NOTICE, to="epub"))
    assert (f'<div class="colophon">\n<div class="colophon-cc">\n<p>{CC}</p>\n'
            '</div>\n<div class="colophon-printed">\n<p><span class="printer">青禾县人民政府办公室</span> '
            '<span class="print-date">2026年3月1日印发</span></p>\n</div>\n</div>') in xhtml


@needs_cjk_font
@needs_poppler
def test_pdf_colophon_lines_four_hao_office_left_date_right(tmp_path):
    path = tmp_path / "notice.pdf"
    path.write_bytes(convert_text(NOTICE, to="pdf"))
    lines = pdf_lines(path)
    by_text = {line.text: line for line in lines}
    cc = by_text["抄送：县委办公室，县人大常委会办公室，县政协办公室。"]
    printer = next(line for line in lines if line.text.startswith("青禾县人民政府办公室") and line.y0 > cc.y0)
    date = next(line for line in lines if line.text.endswith("2026年3月1日印发"))
    assert abs(cc.x0 - (TEXT_LEFT + SIZE_4HAO)) < 2  # one 4号 character in
    assert abs((cc.y1 - cc.y0) - SIZE_4HAO) < 2  # 4号, not the body's 16 pt
    assert abs(printer.x0 - (TEXT_LEFT + SIZE_4HAO)) < 2
    assert abs(date.x1 - (TEXT_RIGHT - SIZE_4HAO)) < 2
    assert abs(date.y0 - printer.y0) < 1 and date.y0 > cc.y0  # one line, under the 抄送 line

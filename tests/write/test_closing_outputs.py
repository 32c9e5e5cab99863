"""The closing block (write/closing.py) as a reader sees it: the signer and the date at a
document's end right-aligned (a person signs) or the office's name centred over a date four
characters in from the right (GB/T 9704), in the DOCX styles, the PDF's text boxes and the
EPUB's markup; a date or a signer anywhere else stays with the body."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from outputs import W, docx_masked_text, docx_paragraphs, epub_chapters
from pdf_layout import TEXT_LEFT, TEXT_RIGHT, needs_cjk_font, needs_poppler, pdf_lines
from reportfmt.api import convert_text

NOTICE = """关于开展冬季用电安全检查的通知

各部门：

为做好冬季用电安全工作，经研究，决定于十二月开展一次全面检查。现将有关事项通知如下。

一、检查时间为12月1日至12月15日。

二、各部门须于11月28日前完成自查。

特此通知。

北川县南湖镇人民政府

2026年11月20日
"""

LETTER = """调课申请

尊敬的教务处：

因本人下周参加市级培训，申请将周三上午的两节数学课调至周五下午，望批准。

此致

敬礼！

申请人：王晓东

2026年11月2日
"""

CHAR = 16  # 3号, in points


def _docx(text: str) -> bytes:
    return convert_text(text, to="docx")


def _styles_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/styles.xml"))


def _paragraphs(data: bytes, tmp_path) -> list[tuple[str, str]]:
    path = tmp_path / "out.docx"
    path.write_bytes(data)
    return [p for p in docx_paragraphs(path) if p[1]]


def _jc(styles: etree._Element, style_id: str) -> str:
    style = styles.find(f"{W}style[@{W}styleId='{style_id}']")
    return style.find(f"{W}pPr/{W}jc").get(f"{W}val")


def test_docx_notice_signer_centred_over_date_right(tmp_path):
    data = _docx(NOTICE)
    paragraphs = _paragraphs(data, tmp_path)
    assert paragraphs[-2:] == [("ClosingSigner", "北川县南湖镇人民政府"), ("ClosingDate", "2026年11月20日")]
    assert paragraphs[-3][0] not in ("ClosingSigner", "ClosingDate", "Closing")  # 特此通知。 stays body
    styles = _styles_xml(data)
    assert _jc(styles, "ClosingDate") == "right"
    assert _jc(styles, "ClosingSigner") == "center"
    date_ind = styles.find(f"{W}style[@{W}styleId='ClosingDate']/{W}pPr/{W}ind")
    assert date_ind.get(f"{W}rightChars") == "400"  # 右空四字


def test_docx_letter_signer_and_date_right_aligned(tmp_path):
    data = _docx(LETTER)
    paragraphs = _paragraphs(data, tmp_path)
    assert paragraphs[-2:] == [("Closing", "申请人：王晓东"), ("Closing", "2026年11月2日")]
    assert all(style != "Closing" for style, text in paragraphs if text in ("此致", "敬礼！"))
    assert _jc(_styles_xml(data), "Closing") == "right"


def test_docx_closing_block_above_a_notices_note_copy_line_and_attachment(tmp_path):
    # 附件说明 over the signature is a field of the text; the note, the 抄送 line and the
    # attachment under the date stay with the body.
    text = NOTICE.replace("特此通知。", "特此通知。\n\n附件：检查记录表").rstrip("\n") + (
        "\n\n（此件公开发布）\n\n抄送：县应急管理局。\n\n附件\n\n检查记录表\n\n检查人员填写检查日期、地点和结果。\n")
    paragraphs = _paragraphs(_docx(text), tmp_path)
    styled = [(style, t) for style, t in paragraphs if style.startswith("Closing")]
    assert styled == [("ClosingSigner", "北川县南湖镇人民政府"), ("ClosingDate", "2026年11月20日")]
    assert ("附件：检查记录表" in [t for _, t in paragraphs])



def test_docx_closing_block_above_a_printed_line_with_no_copy_line(tmp_path):
    # The 版记's 印发 line right under the date (spaces inside it, no 抄送 line) stays with the
    # body; a line that only ends in 印发, with no date in it, is no 印发 line and ends the text.
    printed = NOTICE.rstrip("\n") + "\n\n北川县南湖镇党政办公室 2026年11月20日 印发\n"
    paragraphs = _paragraphs(_docx(printed), tmp_path)
    styled = [(style, t) for style, t in paragraphs if style.startswith("Closing")]
    assert styled == [("ClosingSigner", "北川县南湖镇人民政府"), ("ClosingDate", "2026年11月20日")]
    assert paragraphs[-1][0] != "ClosingDate" and "印发" in paragraphs[-1][1]
    undated = NOTICE.rstrip("\n") + "\n\n本通知由党政办公室印发\n"
    styles = {style for style, _ in _paragraphs(_docx(undated), tmp_path)}
    assert not styles & {"Closing", "ClosingSigner", "ClosingDate"}

@pytest.mark.parametrize("text", [
    # a date in the middle of the text, the text going on after it
    "活动安排\n\n本次活动面向全体学生，报名从下周开始，请各班做好准备。\n\n2026年5月4日\n\n"
    "各班于当天下午集合，按顺序入场，活动结束后由班主任带回。\n",
    # a form's date field at its end, among its other fields
    "参观登记表\n\n参观人员须如实填写以下信息，并遵守场馆的各项规定。\n\n姓名：李四\n\n联系电话：13900001111\n\n"
    "日期：2026年3月1日\n",
    "参观登记表\n\n参观人员须如实填写以下信息，并遵守场馆的各项规定。\n\n参观人数：12\n\n填表人：李四\n\n"
    "日期：2026年3月1日\n",
    # a two-party contract's signing lines
    "房屋租赁合同\n\n甲乙双方经协商一致，就房屋租赁事宜订立本合同，双方共同遵守。\n\n"
    "甲方：某某物业公司\n\n乙方：赵六\n\n2026年6月1日\n",
])
def test_docx_no_closing_block_elsewhere(text, tmp_path):
    styles = {style for style, _ in _paragraphs(_docx(text), tmp_path)}
    assert not styles & {"Closing", "ClosingSigner", "ClosingDate"}


def test_markdown_output_has_no_closing_div():
    assert ":::" not in convert_text(NOTICE, to="md")


def test_epub_closing_div():
    xhtml = epub_chapters(convert_text(NOTICE, to="epub"))
    assert ('<div class="closing closing-centred">\n<p>北川县南湖镇人民政府</p>\n<p>2026年11月20日</p>\n</div>'
            in xhtml)
    xhtml = epub_chapters(convert_text(LETTER, to="epub"))
    assert '<div class="closing">\n<p>申请人：王晓东</p>' in xhtml


@needs_cjk_font
@needs_poppler
def test_pdf_notice_date_four_characters_in_signer_centred(tmp_path):
    path = tmp_path / "notice.pdf"
    path.write_bytes(convert_text(NOTICE, to="pdf"))
    lines = {line.text: line for line in pdf_lines(path)}
    date, signer, body = lines["2026年11月20日"], lines["北川县南湖镇人民政府"], lines["特此通知。"]
    assert body.x0 < TEXT_LEFT + 2.5 * CHAR  # the text's last line stays with the body
    # The box is four characters in; the wider signer sets its right edge, the date is centred.
    assert abs(max(date.x1, signer.x1) - (TEXT_RIGHT - 4 * CHAR)) < 3
    assert abs((date.x0 + date.x1) / 2 - (signer.x0 + signer.x1) / 2) < 2
    assert signer.y0 < date.y0


@needs_cjk_font
@needs_poppler
def test_pdf_letter_right_aligned(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(convert_text(LETTER, to="pdf"))
    lines = {line.text: line for line in pdf_lines(path)}
    for text in ("申请人：王晓东", "2026年11月2日"):
        assert abs(lines[text].x1 - (TEXT_RIGHT - 2 * CHAR)) < 3, text
    assert lines["敬礼！"].x0 < TEXT_LEFT + 2.5 * CHAR


def test_docx_attachment_item_over_the_signer_is_no_signer(tmp_path):
    # "附件：1.…" / "2.…" right above the office's name: the item is the note's, the office alone
    # is centred over the date.
    text = NOTICE.replace("特此通知。", "特此通知。\n\n附件：1.检查记录表\n\n2.整改回执")
    paragraphs = _paragraphs(_docx(text), tmp_path)
    styled = [(style, t) for style, t in paragraphs if style.startswith("Closing")]
    assert styled == [("ClosingSigner", "北川县南湖镇人民政府"), ("ClosingDate", "2026年11月20日")]


# A closing date written after a label, or masked as a template masks it (the masks pass's
# spans): the block is laid out as with a plain date, and the masked figures stay marked.
def test_docx_letter_closing_with_a_labelled_date(tmp_path):
    text = LETTER.replace("2026年11月2日", "日期：2026年11月2日")
    paragraphs = _paragraphs(_docx(text), tmp_path)
    assert paragraphs[-2:] == [("Closing", "申请人：王晓东"), ("Closing", "日期：2026年11月2日")]


@pytest.mark.parametrize("date, masked", [
    ("20××年×月×日", "××××"),
    ("××××年××月××日", "××××××××"),
    ("20xx年x月x日", "xxxx"),
    ("日期：20××年××月××日", "××××××"),
])
def test_docx_notice_closing_with_a_masked_date(date, masked, tmp_path):
    data = _docx(NOTICE.replace("2026年11月20日", date))
    paragraphs = _paragraphs(data, tmp_path)
    assert paragraphs[-2:] == [("ClosingSigner", "北川县南湖镇人民政府"), ("ClosingDate", date)]
    assert docx_masked_text(tmp_path / "out.docx") == masked


def test_epub_closing_with_a_masked_date_keeps_the_masks():
    xhtml = epub_chapters(convert_text(LETTER.replace("2026年11月2日", "20××年×月×日"), to="epub"))
    block = xhtml[xhtml.index('<div class="closing">'):]
    assert block.startswith('<div class="closing">\n<p>申请人：王晓东</p>\n<p>20<span class="masked')
    assert block.count('class="masked') == 3


@needs_cjk_font
@needs_poppler
def test_pdf_letter_with_a_labelled_masked_date_right_aligned(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(convert_text(LETTER.replace("2026年11月2日", "日期：20××年×月×日"), to="pdf"))
    lines = {line.text: line for line in pdf_lines(path)}
    for text in ("申请人：王晓东", "日期：20××年×月×日"):
        assert abs(lines[text].x1 - (TEXT_RIGHT - 2 * CHAR)) < 3, text


# The office's name centred over the date in the DOCX whatever their widths: the DOCX has no
# renderer here, so the places are read from the XML (a paragraph's own w:ind and w:jc over its
# style's) and the lines' widths counted in 3号 characters (digits half), as Word sets them.
TEXT_CHARS = (210 - 28 - 26) / 25.4 * 72 / CHAR  # the text block's width in 3号 characters


def _closing_places(data: bytes) -> list[tuple[str, float, float, float]]:
    """(text, centre, free width of its box, own width) of each centred closing line, in
    characters from the text block's right edge."""
    import unicodedata

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        document = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml"))
    places = []
    for p in document.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is None or style.get(f"{W}val") not in ("ClosingSigner", "ClosingDate"):
            continue
        style_ppr = styles.find(f"{W}style[@{W}styleId='{style.get(f'{W}val')}']/{W}pPr")
        ind = {**style_ppr.find(f"{W}ind").attrib, **getattr(p.find(f"{W}pPr/{W}ind"), "attrib", {})}
        jc = (p.find(f"{W}pPr/{W}jc") if p.find(f"{W}pPr/{W}jc") is not None else style_ppr.find(f"{W}jc"))
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        width = sum(0.5 if unicodedata.east_asian_width(ch) in ("Na", "H") else 1.0 for ch in text)
        right = int(ind.get(f"{W}right", "0")) / (CHAR * 20)
        left = int(ind.get(f"{W}left", "0")) / (CHAR * 20)
        free = TEXT_CHARS - left - right
        centre = right + width / 2 if jc.get(f"{W}val") == "right" else right + free / 2
        places.append((text, centre, free, width))
    return places


@pytest.mark.parametrize("signer, date", [
    ("青禾县教育局基础教育与校园安全管理科", "2026年3月1日"),  # a long signer, a short date
    ("青禾县教育局", "二〇二六年十一月二十日"),  # a short signer, a long date
    ("北川县南湖镇人民政府", "2026年11月20日"),  # the common widths
])
def test_docx_signer_centred_over_a_date_of_any_width(signer, date):
    data = _docx(NOTICE.replace("北川县南湖镇人民政府", signer).replace("2026年11月20日", date))
    (signer_text, signer_centre, signer_free, signer_width), (date_text, date_centre, date_free, date_width) = (
        _closing_places(data))
    assert (signer_text, date_text) == (signer, date)
    assert abs(signer_centre - date_centre) < 0.3  # centred over the date
    assert signer_width <= signer_free and date_width <= date_free  # neither line wraps
    # the wider line four characters in from the right (GB/T 9704 §7.3.5.1: 右空四字)
    assert abs(max(signer_centre + signer_width / 2, date_centre + date_width / 2) - (4 + max(
        signer_width, date_width))) < 0.3


@needs_cjk_font
@needs_poppler
@pytest.mark.parametrize("signer, date", [("青禾县教育局基础教育与校园安全管理科", "2026年3月1日"),
                                          ("青禾县教育局", "二〇二六年十一月二十日")])
def test_pdf_signer_centred_over_a_date_of_any_width(signer, date, tmp_path):
    path = tmp_path / "notice.pdf"
    text = NOTICE.replace("北川县南湖镇人民政府", signer).replace("2026年11月20日", date)
    path.write_bytes(convert_text(text, to="pdf"))
    lines = {line.text: line for line in pdf_lines(path)}
    top, bottom = lines[signer], lines[date]
    assert abs((top.x0 + top.x1) / 2 - (bottom.x0 + bottom.x1) / 2) < 2
    assert abs(max(top.x1, bottom.x1) - (TEXT_RIGHT - 4 * CHAR)) < 3


def test_docx_an_events_time_at_the_end_is_no_closing_date(tmp_path):
    text = "观影活动通知\n\n工会组织全体职工观看影片，请大家按时到场，不要迟到。\n\n时间：2026年3月6日\n"
    styles = {style for style, _ in _paragraphs(_docx(text), tmp_path)}
    assert not styles & {"Closing", "ClosingSigner", "ClosingDate"}


def test_docx_a_templates_blank_signature_and_date_close_it(tmp_path):
    # A template leaves the signer's name and the date for the reader to fill in.
    text = ("安全承诺书\n\n本人承诺在工作中严格遵守各项安全规定，如有违反，愿意承担相应责任。\n\n"
            "承诺人：\n\n日期：    年  月  日\n")
    paragraphs = _paragraphs(_docx(text), tmp_path)
    assert paragraphs[-2:] == [("Closing", "承诺人："), ("Closing", "日期： 年 月 日")]

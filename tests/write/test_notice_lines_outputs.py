"""A notice's own lines (write/notice_lines.py) as a reader sees them (GB/T 9704): the addressee
flush left under the title, the attachment note two characters in with its later items under the
first item's number, the 抄送 line one character in with wrapped lines under the first name, the
bracketed contact note set like the body; in the DOCX XML, the typst source, the PDF's text
boxes and the EPUB's markup. A salutation halfway down a speech keeps the body's indent."""

from __future__ import annotations

import io
import zipfile

import panflute as pf
import pytest
from lxml import etree

from helpers import clean
from outputs import W, docx_paragraphs
from pdf_layout import TEXT_LEFT, TEXT_RIGHT, needs_cjk_font, needs_poppler, pdf_lines
from reportfmt.api import convert_text
from reportfmt.write.conform import adapt_for
from reportfmt.write.notice_lines import find_lines
from reportfmt.write.pandoc import run_pandoc
from reportfmt.write.render import doc_to_json

NOTICE = """关于开展秋季校园绿化养护的通知

各科室、各年级组：

为做好秋季校园绿化养护工作，经研究，决定于十月组织一次集中养护。现将有关事项通知如下。

一、养护时间为10月8日至10月20日。

二、各年级组于10月5日前报送责任区名单。

附件：1.校园绿化责任区划分表及各责任区养护要求说明和浇水修剪病虫害防治的具体做法
2.养护情况登记表

（联系人：周立新，电话：0571-11112222）

南岭县实验中学办公室

2026年9月28日

抄送：县教育局后勤科，县教育局安全科，县园林管理所，县城市管理局，县住房和城乡建设局，县爱卫办。
"""

# A 抄送 line with the attachment a page printed after it: not the 版记 ending the document
# (tests/write/test_colophon_outputs.py), so set in the body's size, one character in.
CC_INSIDE = NOTICE + "\n附件1\n\n校园绿化责任区划分表\n"

SPEECH = """在新学期开学典礼上的讲话

尊敬的各位老师，亲爱的同学们：

大家上午好！新的学期开始了，我代表学校向大家表示热烈的欢迎。

同学们：

新学期要有新气象，希望大家珍惜时光，勤学好问，在各自的起点上不断进步。
"""

CHAR = 16  # 3号, in points


def _docx(text: str, tmp_path) -> tuple[list[tuple[str, str]], etree._Element]:
    data = convert_text(text, to="docx")
    path = tmp_path / "out.docx"
    path.write_bytes(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        styles = etree.fromstring(z.read("word/styles.xml"))
    return [p for p in docx_paragraphs(path) if p[1]], styles


def _ind(styles: etree._Element, style_id: str) -> dict[str, str]:
    ind = styles.find(f"{W}style[@{W}styleId='{style_id}']/{W}pPr/{W}ind")
    return {key.removeprefix(W): value for key, value in ind.attrib.items()}


def test_docx_notice_lines_get_their_styles(tmp_path):
    paragraphs, styles = _docx(CC_INSIDE, tmp_path)
    style_of = {text: style for style, text in paragraphs}
    assert style_of["各科室、各年级组："] == "Addressee"
    note = next(text for text in style_of if text.startswith("附件："))
    assert style_of[note] == "AttachmentNote"
    assert style_of["2.养护情况登记表"] == "AttachmentItem"
    copy_line = "抄送：县教育局后勤科，县教育局安全科，县园林管理所，县城市管理局，县住房和城乡建设局，县爱卫办。"
    assert style_of[copy_line] == "CopyTo"
    # the contact note and the text keep the body's style; the signer and date their closing styles
    assert style_of["（联系人：周立新，电话：0571-11112222）"] in ("BodyText", "FirstParagraph")
    signer = [style for style, _ in paragraphs].index("ClosingSigner")
    assert [style for style, _ in paragraphs[signer:signer + 3]] == ["ClosingSigner", "ClosingDate", "CopyTo"]
    assert style_of["附件1"] != "CopyTo"
    # 顶格: no indent at all; 附件 two characters in, wrapped lines at five; 抄送 one in, wrapped at four
    assert _ind(styles, "Addressee") == {"left": "0", "leftChars": "0", "right": "0", "rightChars": "0",
                                         "firstLine": "0", "firstLineChars": "0"}
    assert _ind(styles, "AttachmentNote")["leftChars"] == "500"
    assert _ind(styles, "AttachmentNote")["hangingChars"] == "300"
    assert _ind(styles, "AttachmentItem")["leftChars"] == "500"
    assert _ind(styles, "AttachmentItem")["firstLineChars"] == "0"
    assert {k: v for k, v in _ind(styles, "CopyTo").items() if k.endswith("Chars")} == {
        "leftChars": "400", "rightChars": "100", "hangingChars": "300"}


def test_speech_salutation_at_the_top_only(tmp_path):
    paragraphs, _ = _docx(SPEECH, tmp_path)
    style_of = {text: style for style, text in paragraphs}
    assert style_of["尊敬的各位老师，亲爱的同学们："] == "Addressee"
    assert style_of["同学们："] in ("BodyText", "FirstParagraph")


@pytest.mark.parametrize("text", [
    # a lead-in with a colon opening the text is the text
    "工作安排\n\n现将下周工作安排如下：\n\n周一召开例会，周三检查卫生，周五总结。\n",
    # a report whose text starts at once
    "年度工作总结\n\n今年以来，我们按照年初的部署，扎实推进各项工作，取得了一定成效。\n\n一、主要工作\n\n完成了全部任务。\n",
    # a heading opening the text, its marker kept in the paragraph
    "一、几项保障措施：\n\n各部门要加强协调，确保各项工作按时完成。\n",
    # a contract's party field over its value
    "甲方（出租方）：\n\n某某物业管理有限公司\n\n乙方（承租方）：\n\n赵某\n",
    # a lead-in pointing at the steps under it
    "办理证明的顺序因单位而异，一般按下面的步骤办理：\n\n先向人事部门提出申请，再由部门负责人签字。\n",
    # a line of the text ending in a colon after the text has begun
    "会议纪要\n\n本次会议由办公室主任主持，全体人员参加，会议讨论了三个问题。\n\n与会人员：\n\n张某、李某、王某。\n",
])
def test_no_addressee_elsewhere(text):
    doc, _ = clean(text)
    assert all(kind != "addressee" for _, kind in find_lines(list(doc.content)))


def test_markdown_output_unchanged():
    assert ":::" not in convert_text(NOTICE, to="md")


def test_typst_source_calls_the_layout_functions():
    doc, _ = clean(CC_INSIDE)
    copy = adapt_for(pf.load(io.StringIO(doc_to_json(doc))), "pdf", doc.reportfmt.options)
    source = run_pandoc(["-f", "json", "-t", "typst"], doc_to_json(copy).encode("utf-8")).decode("utf-8")
    assert "#addressee[\n各科室、各年级组：\n\n]" in source
    assert "#attachment-note[\n附件：1." in source
    assert "#attachment-item[\n2.养护情况登记表\n\n]" in source
    assert "#copy-to[\n抄送：" in source


def test_epub_classes():
    data = convert_text(CC_INSIDE, to="epub")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xhtml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("EPUB/text/ch"))
        css = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".css", ".xhtml")))
    assert '<div class="addressee">\n<p>各科室、各年级组：</p>\n</div>' in xhtml
    assert '<div class="attachment-item">\n<p>2.养护情况登记表</p>\n</div>' in xhtml
    assert '<div class="copy-to">\n<p>抄送：' in xhtml
    assert "div.addressee p" in css


@needs_cjk_font
@needs_poppler
def test_pdf_lines_where_gb_t_9704_puts_them(tmp_path):
    path = tmp_path / "notice.pdf"
    path.write_bytes(convert_text(CC_INSIDE, to="pdf"))
    lines = pdf_lines(path)
    texts = [line.text for line in lines]

    def at(prefix: str, after: int = 0) -> int:
        return next(i for i, t in enumerate(texts) if i >= after and t.startswith(prefix))

    def chars_in(index: int) -> float:
        return (lines[index].x0 - TEXT_LEFT) / CHAR

    assert abs(chars_in(at("各科室"))) < 0.2  # 顶格
    assert abs(chars_in(at("为做好")) - 2) < 0.2  # the text keeps its indent
    note = at("附件：1.")
    assert abs(chars_in(note) - 2) < 0.2
    assert abs(chars_in(note + 1) - 5) < 0.2  # the long name wraps under "1."
    assert texts[note + 2] == "2.养护情况登记表" and abs(chars_in(note + 2) - 5) < 0.2
    assert abs(chars_in(at("（联系人")) - 2) < 0.2
    cc = at("抄送：")
    assert abs(chars_in(cc) - 1) < 0.2
    assert abs(chars_in(cc + 1) - 4) < 0.2  # wrapped under the first name
    # one character in on the right (a "，" ending a line hangs its blank half out)
    assert (TEXT_RIGHT - max(lines[cc].x1, lines[cc + 1].x1)) / CHAR > 0.4


def test_attachment_item_right_above_the_signer_is_no_signer(tmp_path):
    text = NOTICE.replace("（联系人：周立新，电话：0571-11112222）\n\n", "")
    paragraphs, _ = _docx(text, tmp_path)
    style_of = {t: style for style, t in paragraphs}
    assert style_of["2.养护情况登记表"] == "AttachmentItem"
    assert style_of["南岭县实验中学办公室"] == "ClosingSigner"  # centred alone over the date


def test_salutation_under_a_title_kept_as_heading_and_under_a_document_number():
    doc = pf.Doc(pf.Header(pf.Str("致家长的一封信"), level=1), pf.Para(pf.Str("亲爱的家长朋友们:")),
                 pf.Para(pf.Str("您好！新学期开始了，感谢您一直以来对学校工作的理解和支持。")))
    assert find_lines(list(doc.content)) == [(1, "addressee")]
    doc = pf.Doc(pf.Para(pf.Str("（某办发〔2026〕3号）")), pf.Para(pf.Str("各镇人民政府，县直各单位：")),
                 pf.Para(pf.Str("现将有关事项通知如下，请认真贯彻执行。")))
    assert find_lines(list(doc.content)) == [(1, "addressee")]
    # a heading further down is the text's: what follows it is no addressee
    doc = pf.Doc(pf.Para(pf.Str("本学期的工作已经结束，现将有关情况总结如下，供大家参考。")),
                 pf.Header(pf.Str("一、班级情况"), level=1), pf.Para(pf.Str("同学们：")), pf.Para(pf.Str("大家好。")))
    assert find_lines(list(doc.content)) == []


def test_a_sentence_under_the_attachment_label_is_text():
    doc = pf.Doc(pf.Para(pf.Str("请各单位认真组织，按时报送材料，确保工作落到实处。")),
                 pf.Para(pf.Str("附件：请于3月5日前将报名表报送至办公室，逾期不予受理。")))
    assert find_lines(list(doc.content)) == []

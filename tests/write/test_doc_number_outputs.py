"""The 发文字号 a notice copied from a web page prints under its title ("某教发〔2026〕3号",
GB/T 9704 §7.2.5) is centred on its line in the DOCX, the PDF and the EPUB, not indented as a
paragraph of the text; a number cited inside a sentence stays with the text."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from outputs import W, docx_paragraphs, epub_chapters
from pdf_layout import TEXT_LEFT, TEXT_RIGHT, needs_cjk_font, needs_poppler, pdf_lines
from reportfmt.api import convert_text

NOTICE = """关于组织开展冬季消防演练的通知

**镇办〔2026〕**号

各村（社区）、镇直各单位：

为提高群众自救能力，根据县应急管理局东应发〔2025〕12号文件要求，决定在全镇开展冬季消防演练。

一、演练时间为12月第二周。

二、各单位须于12月5日前报送演练方案。

**镇人民政府

2026年11月25日
"""

NUMBER = "**镇办〔2026〕**号"
CHAR = 16  # 3号, in points


def test_docx_doc_number_centred(tmp_path):
    data = convert_text(NOTICE, to="docx")
    path = tmp_path / "notice.docx"
    path.write_bytes(data)
    paragraphs = [p for p in docx_paragraphs(path) if p[1]]
    assert paragraphs[1] == ("DocumentNumber", NUMBER)
    assert paragraphs[2][0] == "Addressee"
    # the number cited in the text stays in the text's paragraph
    assert any(style != "DocumentNumber" and "东应发〔2025〕12号" in text for style, text in paragraphs)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        styles = etree.fromstring(z.read("word/styles.xml"))
        document = z.read("word/document.xml").decode()
    style = styles.find(f"{W}style[@{W}styleId='DocumentNumber']")
    assert style.find(f"{W}pPr/{W}jc").get(f"{W}val") == "center"
    assert style.find(f"{W}pPr/{W}ind").get(f"{W}firstLineChars") == "0"
    number_xml = next(p for p in document.split("</w:p>") if 'w:pStyle w:val="DocumentNumber"' in p)
    assert number_xml.count('w:rStyle w:val="Masked"') == 2  # both masks of the number stay marked


@needs_cjk_font
@needs_poppler
def test_pdf_doc_number_centred(tmp_path):
    path = tmp_path / "notice.pdf"
    path.write_bytes(convert_text(NOTICE, to="pdf"))
    lines = {line.text: line for line in pdf_lines(path)}
    number = lines[NUMBER]
    assert abs((number.x0 + number.x1) / 2 - (TEXT_LEFT + TEXT_RIGHT) / 2) < 2
    cited = next(line for text, line in lines.items() if text.startswith("为提高"))
    assert abs(cited.x0 - (TEXT_LEFT + 2 * CHAR)) < 2  # the text keeps its indent


def test_epub_doc_number_in_its_div():
    html = epub_chapters(convert_text(NOTICE, to="epub"))
    tree = etree.fromstring(f"<root>{html}</root>".encode(), etree.HTMLParser())
    divs = tree.xpath("//div[contains(concat(' ', @class, ' '), ' doc-number ')]")
    assert ["".join(div.itertext()).strip() for div in divs] == [NUMBER]
    assert len(divs[0].xpath(".//span[contains(@class, 'masked')]")) == 2


def test_number_after_the_text_began_is_text(tmp_path):
    text = NOTICE.replace(f"{NUMBER}\n\n", "").replace(
        "一、演练时间", "附：本通知编号如下。\n\n东镇办〔2026〕8号\n\n一、演练时间")
    path = tmp_path / "late.docx"
    path.write_bytes(convert_text(text, to="docx"))
    assert "DocumentNumber" not in {style for style, _ in docx_paragraphs(path)}

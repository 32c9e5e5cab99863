"""What a new user saw in the outputs (round 38): a law's 第X章/第X节 headings centred in DOCX,
PDF and EPUB; a table cell's "-3.2%" keeps its hyphen in the PDF; a hand-written document's
table cells take the DOCX table styles; a traditional page's DOCX names fonts that hold
traditional characters."""

from __future__ import annotations

import io
import re
import zipfile

from outputs import docx_paragraphs
from pdf_layout import TEXT_LEFT, TEXT_RIGHT, needs_cjk_font, needs_poppler, pdf_lines
from reportfmt.api import convert_text
from reportfmt.write.part_headings import centre_in_docx, is_part_heading

LAW = """星河镇公共图书角管理办法

第一章 总则

第一条 为了规范图书角的管理，方便居民借阅，制定本办法。

第二条 本镇各村、社区设立的图书角，适用本办法。

第二章 借阅

第一节 借书

第三条 居民凭本人证件可以借阅图书，每次不超过三册。

第二节 还书

第四条 借阅期限为三十日，逾期未还的应当及时续借。

第三章 附则

第五条 本办法自发布之日起施行。
"""

REPORT = """星河镇文化站年度工作总结

一、基本情况

今年文化站共举办讲座十二场，参加群众一千余人次。

二、下一步打算

继续办好群众喜闻乐见的文化活动。
"""


def _document_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


def _heading_paragraphs(xml: str) -> dict[str, str]:
    """Heading text -> its paragraph properties."""
    found = {}
    for para in re.findall(r"<w:p>.*?</w:p>", xml, re.S):
        props = re.search(r"<w:pPr>(.*?)</w:pPr>", para, re.S)
        if props and re.search(r'w:pStyle w:val="Heading\d"', props.group(1)):
            found["".join(re.findall(r"<w:t[^>]*>([^<]*)", para))] = props.group(1)
    return found


def test_part_heading_form():
    assert is_part_heading("第一章 总则") and is_part_heading("第十二章附则")
    assert is_part_heading("第三编 合同") and is_part_heading("第二节 还书")
    assert not is_part_heading("第一条 为了规范") and not is_part_heading("一、基本情况")
    assert not is_part_heading("第一节课的收获")


def test_docx_law_parts_centred_sections_indented(tmp_path):
    headings = _heading_paragraphs(_document_xml(convert_text(LAW, to="docx")))
    parts = ["第一章 总则", "第二章 借阅", "第一节 借书", "第二节 还书", "第三章 附则"]
    assert sorted(headings) == sorted(parts)
    for text in parts:
        assert '<w:jc w:val="center" />' in headings[text], text
        assert 'w:firstLine="0"' in headings[text], text
    report = _heading_paragraphs(_document_xml(convert_text(REPORT, to="docx")))
    assert report and all("w:jc" not in props for props in report.values())


def test_docx_centring_leaves_other_paragraphs():
    xml = ('<w:p><w:pPr><w:pStyle w:val="BodyText" /></w:pPr><w:r><w:t>第一章 总则</w:t></w:r></w:p>'
           '<w:p><w:pPr><w:pStyle w:val="Heading2" /></w:pPr><w:r><w:t>（一）做法</w:t></w:r></w:p>')
    assert centre_in_docx(xml) == xml


def test_epub_law_parts_classed():
    files = epub_files_from(convert_text(LAW, to="epub"))
    chapters = "".join(text for name, text in files.items() if "/text/ch" in name)
    classed = re.findall(r'<h\d[^>]*class="[^"]*part-heading[^"]*"[^>]*>([^<]*)', chapters)
    assert classed == ["第一章 总则", "第二章 借阅", "第一节 借书", "第二节 还书", "第三章 附则"]
    # styles/epub.css goes inline into every page
    assert re.search(r"\.part-heading\s*\{[^}]*text-align: center", chapters)


def epub_files_from(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xhtml", ".css"))}


@needs_cjk_font
@needs_poppler
def test_pdf_law_parts_centred(tmp_path):
    path = tmp_path / "law.pdf"
    path.write_bytes(convert_text(LAW, to="pdf"))
    lines = {line.text: line for line in pdf_lines(path)}
    middle = (TEXT_LEFT + TEXT_RIGHT) / 2
    for text in ("第一章总则", "第二节还书"):
        line = lines[text]
        assert abs((line.x0 + line.x1) / 2 - middle) < 6, text
    section = pdf_lines_of(tmp_path, REPORT)["一、基本情况"]
    assert section.x0 > TEXT_LEFT + 20  # two characters in


def pdf_lines_of(tmp_path, text):
    path = tmp_path / "report.pdf"
    path.write_bytes(convert_text(text, to="pdf"))
    return {line.text: line for line in pdf_lines(path)}


MINUS_TABLE = """<html><body><article><h1>星河镇主要指标完成情况</h1>
<p>今年全镇主要指标完成情况如下表。</p>
<table><tr><th>指标</th><th>增幅</th></tr>
<tr><td>工业产值</td><td>-3.2%</td></tr><tr><td>农业产值</td><td>5.1%</td></tr></table>
<p>气温最低时 -5 度，比上年 +2 度。</p></article></body></html>"""


@needs_cjk_font
@needs_poppler
def test_pdf_keeps_hyphen_before_digits(tmp_path):
    texts = [line.text for line in pdf_lines_of(tmp_path, MINUS_TABLE).values()]
    joined = "".join(texts)
    assert "-3.2%" in joined and "-5" in joined
    assert "\u2212" not in joined


AUTHORED_TABLE = """---
title: 星河镇图书角借阅统计
---

# 借阅情况

| 月份 | 借阅册数 |
|------|---------:|
| 一月 | 120 |
| 二月 | 98 |

借阅量总体平稳[^1]。

[^1]: 数据由各图书角登记汇总。
"""


def test_docx_hand_written_table_cells_use_table_styles(tmp_path):
    path = tmp_path / "note.docx"
    path.write_bytes(convert_text(AUTHORED_TABLE, to="docx", input_format="markdown"))
    styles = dict((text, style) for style, text in docx_paragraphs(path))
    assert styles["月份"] == "TableHeading" and styles["借阅册数"] == "TableHeading"
    assert styles["一月"] == "TableText" and styles["98"] == "TableText"
    xml = _document_xml(path.read_bytes())
    assert 'w:val="Compact"' not in xml


TRADITIONAL = """二〇二六年度社區書屋工作總結

一、工作概況

本年度社區書屋開放三百餘日，舉辦親子閱讀活動二十場，讀者反映良好。

二、明年計劃

繼續擴大書屋藏書，加強義工培訓。
"""


def _styles_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/styles.xml").decode("utf-8")


def test_docx_traditional_page_fonts():
    styles = _styles_xml(convert_text(TRADITIONAL, to="docx"))
    assert 'w:eastAsia="zh-Hant"' in styles
    assert "GB2312" not in styles and "简体" not in styles
    body = re.search(r'w:styleId="BodyText".*?</w:style>', styles, re.S).group(0)
    assert 'w:eastAsia="仿宋"' in body
    simplified = _styles_xml(convert_text(REPORT, to="docx"))
    body = re.search(r'w:styleId="BodyText".*?</w:style>', simplified, re.S).group(0)
    assert 'w:eastAsia="仿宋_GB2312"' in body


TAGGED = """<html><head><title>星河镇文化站述职报告</title></head><body><article><h1>星河镇文化站述职报告</h1>
<p>一年来，我在文化站负责群众文化工作，现报告如下。</p>
<h2>一、主要工作</h2>
<p>（一）办好讲座</p>
<p>1.确定主题</p>
<p>每月初征集群众意见，确定讲座主题。</p>
<p>2.请好老师</p>
<p>邀请本地老师授课，全年共办讲座十二场。</p>
<p>（二）组织演出</p>
<p>全年组织文艺演出六场，观众三千余人次。</p>
<h2>二、存在不足</h2>
<p>活动形式还不够丰富，需要继续改进。</p>
</article></body></html>"""


def test_docx_page_tagged_headings_take_their_numbers_levels(tmp_path):
    """The page's own <h2>一、</h2> over lines numbered （一） and 1.: 一、 at level 1 (黑体), not
    level 2 beside （一）."""
    path = tmp_path / "tagged.docx"
    path.write_bytes(convert_text(TAGGED, to="docx", input_format="html"))
    found = [(style, text) for style, text in docx_paragraphs(path) if style.startswith("Heading")]
    assert found == [("Heading1", "一、主要工作"), ("Heading2", "（一）办好讲座"), ("Heading3", "1.确定主题"),
                     ("Heading3", "2.请好老师"), ("Heading2", "（二）组织演出"), ("Heading1", "二、存在不足")]


def test_page_unnumbered_heading_keeps_the_page_levels():
    page = TAGGED.replace("<h2>二、存在不足</h2>", "<h2>存在不足</h2>")
    md = convert_text(page, to="md", input_format="html")
    assert "## 一、主要工作" in md and "## 存在不足" in md


def test_page_title_heading_above_pushes_new_headings_down():
    """A page with no <title> whose one <h1> heads it: the h1 is its title (round 39), and the
    numbered lines go under its <h2>一、</h2>, which takes the first level, not beside it."""
    page = TAGGED.replace("<head><title>星河镇文化站述职报告</title></head>", "")
    md = convert_text(page, to="md", input_format="html")
    assert "\ntitle: 星河镇文化站述职报告\n" in md
    headings = [line.split(" {")[0] for line in md.splitlines() if line.startswith("#")]
    assert headings == ["# 一、主要工作", "## （一）办好讲座", "### 1.确定主题",
                        "### 2.请好老师", "## （二）组织演出", "# 二、存在不足"]

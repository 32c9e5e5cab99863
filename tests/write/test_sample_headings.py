"""A page of several samples: each sample's heading is centred as the sample's title, and the
headings inside a sample take the looks of a document of their own (一、 in Heading 1's 黑体,
（一） in Heading 2's 楷体) while the outline keeps them under the samples."""

from __future__ import annotations

import io
import re
import zipfile

from pdf_layout import TEXT_LEFT, TEXT_RIGHT, needs_cjk_font, needs_poppler, pdf_lines
from reportfmt.api import convert_text
from reportfmt.write.sample_headings import samples_in_docx

SAMPLES = """青禾小学班主任工作总结（精选2篇）

篇1：青禾小学三年级班主任工作总结

本学期我担任三年级二班班主任，全班共有学生四十二名。

一、抓好班级常规

（一）课前准备

每天早读前由值日班长检查学习用品。

（二）卫生值日

实行小组轮流值日，每周评比一次。

二、加强家校沟通

每月召开一次家长座谈会，通报学生在校情况。

篇2：青禾小学五年级班主任工作总结

这一学期，我们班在学校的安排下顺利完成了各项工作。

一、开展读书活动

全班同学平均每月读完两本课外书。

二、关心后进学生

为每名后进学生安排一名学习伙伴。
"""

ONE_DOCUMENT = """青禾小学班主任工作总结

一、抓好班级常规

每天早读前由值日班长检查学习用品。

（一）卫生值日

实行小组轮流值日，每周评比一次。
"""


def _headings(data: bytes) -> list[tuple[str, str]]:
    """(text, paragraph properties) of each heading paragraph of the DOCX, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    found = []
    for para in re.findall(r"<w:p>.*?</w:p>", xml, re.S):
        props = re.search(r"<w:pPr>(.*?)</w:pPr>", para, re.S)
        if props and re.search(r'w:pStyle w:val="Heading\d"', props.group(1)):
            found.append(("".join(re.findall(r"<w:t[^>]*>([^<]*)", para)), props.group(1)))
    return found


def _style(props: str) -> str:
    return re.search(r'w:pStyle w:val="(Heading\d)"', props).group(1)


def test_docx_samples_centred_inner_headings_one_look_up():
    headings = dict(_headings(convert_text(SAMPLES, to="docx")))
    for sample in ("篇1：青禾小学三年级班主任工作总结", "篇2：青禾小学五年级班主任工作总结"):
        assert _style(headings[sample]) == "Heading1"
        assert '<w:jc w:val="center" />' in headings[sample]
    for section in ("一、抓好班级常规", "二、加强家校沟通", "一、开展读书活动"):
        # Heading 1's look (黑体), outline level 2 (0-based 1): under its sample in Word's navigation
        assert _style(headings[section]) == "Heading1", section
        assert '<w:outlineLvl w:val="1" />' in headings[section], section
        assert "w:jc" not in headings[section], section
    for part in ("（一）课前准备", "（二）卫生值日"):
        assert _style(headings[part]) == "Heading2" and '<w:outlineLvl w:val="2" />' in headings[part]


def test_docx_one_document_keeps_its_heading_styles():
    headings = dict(_headings(convert_text(ONE_DOCUMENT, to="docx")))
    assert _style(headings["一、抓好班级常规"]) == "Heading1"
    assert _style(headings["（一）卫生值日"]) == "Heading2"
    assert all("outlineLvl" not in props and "w:jc" not in props for props in headings.values())


def test_docx_rewrite_leaves_a_placed_heading_and_body():
    xml = ('<w:p><w:pPr><w:pStyle w:val="BodyText" /></w:pPr><w:r><w:t>篇1</w:t></w:r></w:p>'
           '<w:p><w:pPr><w:pStyle w:val="Heading1" /><w:jc w:val="center" /></w:pPr><w:r><w:t>第一章</w:t></w:r></w:p>')
    assert samples_in_docx(xml) == xml


@needs_cjk_font
@needs_poppler
def test_pdf_sample_headings_centred_sections_indented(tmp_path):
    path = tmp_path / "samples.pdf"
    path.write_bytes(convert_text(SAMPLES, to="pdf"))
    lines = {line.text: line for line in pdf_lines(path)}
    middle = (TEXT_LEFT + TEXT_RIGHT) / 2
    sample = lines["篇1：青禾小学三年级班主任工作总结"]
    assert abs((sample.x0 + sample.x1) / 2 - middle) < 6
    assert lines["一、抓好班级常规"].x0 > TEXT_LEFT + 20  # two characters in, as a section heading

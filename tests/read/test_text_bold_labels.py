"""The text reader's one exception to "every `*` literal": a line's label in markdown bold."""

from __future__ import annotations

import panflute as pf
import pytest

from reportfmt.passes.elements import block_text
from reportfmt.pipeline import run_passes
from reportfmt.read.reader import read_bytes
from reportfmt.read.text import read_plain_text


def _strong_texts(para: pf.Para) -> list[str]:
    return [block_text(pf.Para(*e.content)) for e in para.content if isinstance(e, pf.Strong)]


@pytest.mark.parametrize(
    ("line", "text", "bold"),
    [
        ("1. **会议名称**", "1. 会议名称", "会议名称"),
        ("- **基本情况：**简要介绍驻点时间和人员。", "- 基本情况：简要介绍驻点时间和人员。", "基本情况："),
        ("2、**工作目标**：年底前完成改造。", "2、工作目标：年底前完成改造。", "工作目标"),
        ("**一、总体情况**", "一、总体情况", "一、总体情况"),
        ("（二）**主要做法**", "（二）主要做法", "主要做法"),
    ],
)
def test_a_bold_label_is_strong_and_its_marks_are_no_text(line, text, bold):
    para = read_plain_text(line).content[0]
    assert block_text(para) == text
    assert _strong_texts(para) == [bold]


@pytest.mark.parametrize(
    "line",
    [
        "**区委要求**区连续*年增长。",  # text right after the pair: the stars hide a place
        "**区完成***亿元，增长*.*倍。",
        "**公司**",  # a lone short pair may be two masked runs
        "全区共有**个村，其中**个达标。",
        "本单位**同志：**年度考核优秀。",  # not at the line's start
        "** 基本情况 **",  # blanks inside the marks: no emphasis
    ],
)
def test_masked_stars_stay_literal(line):
    para = read_plain_text(line).content[0]
    assert block_text(para) == line.strip()
    assert _strong_texts(para) == []


def test_bold_labels_are_no_masks_and_masks_beside_them_are():
    text = "会议纪要的写法\n1. **会议名称**\n写明会议全称。\n2. **参会人数**\n本次会议到会**人。\n"
    doc = read_plain_text(text)
    report = run_passes(doc)
    assert [m["text"] for m in report.masks] == ["**"]
    headings = [(block_text(b), b.level) for b in doc.content if isinstance(b, pf.Header)]
    assert headings == [("1. 会议名称", 1), ("2. 参会人数", 1)]


def test_an_html_page_printing_markdown_gets_the_same_reading():
    html = ("<html><body><h1>会议纪要怎么写</h1><p>会议纪要是记载会议主要情况的文件，写法如下。</p>"
            "<p>1. **会议名称**</p><p>写明会议全称。</p><p>2. **参会人数**</p><p>本次会议到会**人。</p>"
            "<p>**区委要求**区连续*年增长。</p></body></html>")
    doc = read_bytes(html.encode(), "page.html")
    texts = [block_text(b) for b in doc.content]
    assert "1. 会议名称" in texts and "2. 参会人数" in texts
    assert "**区委要求**区连续*年增长。" in texts  # masks beside them stay as written
    report = run_passes(doc)
    assert [m["text"] for m in report.masks] == ["**", "**", "**", "*"]

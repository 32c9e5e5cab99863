"""A page with no title line gets no title: neither the API's report nor the DOCX (its core
properties and its Title paragraph) take one from the first section's name or a sentence."""

from __future__ import annotations

import io
import zipfile

from reportfmt.api import convert_text

# Made-up text in the form of a page that opens on its first section's name (no title line).
UNTITLED = ("研究背景\n近年来，社区养老需求持续增长，我们对三个社区做了走访。\n"
            "研究方法\n采用问卷和访谈相结合的方式，共回收问卷八十份。\n"
            "主要结论\n多数老人希望在家门口得到助餐和陪护服务。")


def test_an_untitled_page_gets_no_title_in_the_docx_or_the_markdown():
    with zipfile.ZipFile(io.BytesIO(convert_text(UNTITLED, to="docx"))) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
        body = z.read("word/document.xml").decode("utf-8")
    assert "<dc:title></dc:title>" in core or "<dc:title/>" in core or "dc:title" not in core
    assert 'w:val="Title"' not in body
    assert "研究背景" in body  # the section's name stays a heading in the text
    markdown = convert_text(UNTITLED, to="md")
    assert "title:" not in markdown.split("---")[1]
    assert "# 研究背景" in markdown

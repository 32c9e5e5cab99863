"""In the report layout a recognised 公文's 发文字号, 署名 and 成文日期 are no headings: short lines
standing alone, they were read as unnumbered headings (HTML/EPUB <h1>, DOCX Heading 1) before."""

from __future__ import annotations

import re

from reportfmt.api import convert_text

NOTICE = """××县××局文件

××发〔20××〕×号

关于做好××工作的通知

各镇（街道），县直有关单位：

为扎实做好今年的××工作，现将有关安排通知如下，请结合实际抓好落实。

一、统一思想。各单位要把这项工作列入重要议事日程。

二、压实责任。主要负责同志要亲自过问，分管同志具体抓。

附件：××工作任务清单

××县××局

20××年×月×日

抄送：县委办公室，县政府办公室。

××县××局办公室　　20××年×月×日印发
"""


def test_a_notices_number_signature_and_date_are_paragraphs_not_headings():
    html = convert_text(NOTICE, to="html")
    headings = re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", html, re.S)
    assert [re.sub(r"<[^>]+>", "", h) for h in headings] == ["关于做好××工作的通知"]  # the title block only
    paragraphs = [re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<p[^>]*>(.*?)</p>", html, re.S)]
    for line in ("××发〔20××〕×号", "××县××局", "20××年×月×日"):
        assert line in paragraphs
    md = convert_text(NOTICE, to="md")
    assert ".unnumbered" not in md
    assert "[一、统一思想。]{.runin" in md  # the body's own run-in heads are unchanged

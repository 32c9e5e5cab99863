"""Scraped HTML that pandoc's typst writer turns into invalid typst still gives a PDF."""

from __future__ import annotations

import io

import panflute as pf
import pytest

from reportfmt.batch.job import process_bytes
from reportfmt.options import Options
from reportfmt.write.conform import adapt_for, conform_to_typst, typst_unchanged
from reportfmt.write.render import doc_to_json, render

pypdf = pytest.importorskip("pypdf")

CASES = {
    # A link to an anchor typst has no label for (a footnote marker on a wiki page).
    "dead-anchor": ('<p>正文内容<a href="#cite_note-7">[7]</a>继续。</p><p id="cite_note-7">注释七</p>',
                    ["正文内容[7]继续。", "注释七"]),
    # An infobox term with a line break: pandoc writes "/ 国 籍 \\ 民 族: …", no colon on line 1.
    "term-break": ("<dl><dt>国 籍<br>民 族</dt><dd>中国 汉族</dd></dl><p>正文段落。</p>",
                   ["国籍民族", "中国汉族"]),
    # Text starting with "." right after a link or bold: "#link(...)[GS].TO" reads as a field.
    "dot-after-call": ('<p>分析师<a href="http://example.com/gs">GS</a>.TO表示<b>粗体</b>.x结束。</p>',
                       ["分析师GS.TO表示粗体.x结束。"]),
    # The same where the call closes a dead link, written (as a span is) as its text alone: pandoc
    # writes "往期#strong[公告].此后" (typst failed: "strong does not have field").
    "dot-after-call-in-dead-link": ('<p>请查阅<a href="/x">往期<b>公告</b></a>.此后照办。</p>',
                                    ["请查阅往期公告.此后照办。"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pdf_is_written_and_keeps_the_text(tmp_path, name):
    html, expected = CASES[name]
    page = f"<html><head><title>测试页面</title></head><body>{html}</body></html>"
    processed = process_bytes(page.encode("utf-8"), f"{name}.html", Options())
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(render(processed.doc, "pdf", Options()))
    text = "".join("".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    for snippet in expected:
        assert snippet in text


# A page the typst adaptation leaves alone: headings, an external link, a link to a section.
PLAIN_PAGE = ('<h2 id="part-one">第一部分</h2><p>正文见<a href="https://example.org/a">官网</a>，'
              '另见<a href="#part-one">第一部分</a>。</p><p>第二段正文，没有需要改动的内容。</p>')


def _doc(body: str):
    page = f"<html><head><title>测试页面</title></head><body>{body}</body></html>"
    return process_bytes(page.encode("utf-8"), "page.html", Options(), fmt="html").doc


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_page_typst_needs_changed_is_adapted(name):
    assert not typst_unchanged(_doc(CASES[name][0]))


@pytest.mark.parametrize("body", [
    PLAIN_PAGE + '<p>请看<a href="/news/1.html">站内文章</a>。</p>',  # a link typst cannot follow
    PLAIN_PAGE + "<p>联系人：张三，电话：1380000****。</p>",  # a mask (a highlight call in typst)
])
def test_what_typst_changes_is_seen(body):
    assert not typst_unchanged(_doc(body))


def test_a_page_typst_leaves_alone_goes_to_pandoc_as_it_is():
    doc = _doc(PLAIN_PAGE)
    assert typst_unchanged(doc)
    original = doc_to_json(doc)
    adapted = adapt_for(pf.load(io.StringIO(original)), "pdf", Options())
    assert doc_to_json(adapted) == original  # what the skipped copy would have given


def test_a_call_closing_a_span_before_a_dot_is_ended():
    """A span is written as its text alone (a hand-written `[表内**附表**]{.note}.表中…`), so the
    bold closing it stands before the "." that follows the span."""
    para = pf.Para(pf.Str("另见"), pf.Span(pf.Str("表内"), pf.Strong(pf.Str("附表")), classes=["note"]),
                   pf.Str(".表中各项逐一填写。"))
    doc = conform_to_typst(pf.Doc(para))
    span = doc.content[0].content[1]
    assert [type(item).__name__ for item in span.content] == ["Str", "Strong", "RawInline"]
    assert span.content[2].text == ";"

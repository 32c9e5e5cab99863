"""readability's unlikely-candidate step and link density, made cheaper (issue 17), leave the trees
and scores readability's own methods leave."""

from __future__ import annotations

import lxml.html
import pytest
import readability.readability

from reportfmt.read.extraction import readability_scoring
from reportfmt.read.extraction.readability_scoring import PROBES
from reportfmt.read.extraction.second_opinion import _tree_document_class

_Document = readability.readability.Document

PAGES = [
    *PROBES,
    # a name readability keeps beside one it drops ("comment content"), and the drop's own
    # tests made on an element already cut out with its parent
    "<html><body><div class='comment content'><p>评论区里的正文，内容足够长，带有逗号，还有更多的文字。</p></div>"
    "<div class='sidebar'><div class='menu'><p>侧栏里的菜单，内容足够长，带有逗号，还有更多的文字。</p></div></div>"
    "<div><p>正文段落，内容足够长，带有逗号，还有更多的文字，保证超过阈值，再多一些。</p></div></body></html>",
    # a page whose links sit three candidates deep, one link holding an image only
    "<html><body><table><tr><td><div><p>表格中的段落，内容足够长，带有逗号，<a href='/a'>链接</a>，再多一些。</p>"
    "<p>第二段也足够长，带有逗号，<a href='/b'><img src='x.png'></a>，还有更多的文字。</p></div></td></tr></table>"
    "</body></html>",
]


def test_installed_on_the_tree_document():
    assert issubclass(_tree_document_class(), readability.readability.Document)
    assert _tree_document_class().remove_unlikely_candidates is readability_scoring.remove_unlikely_candidates


@pytest.mark.parametrize("page", PAGES)
def test_the_summary_is_readabilitys(page):
    ours = _tree_document_class()(lxml.html.document_fromstring(page)).summary(html_partial=True)
    assert ours == _Document(page).summary(html_partial=True)


@pytest.mark.parametrize("page", PAGES)
def test_the_same_elements_go(page):
    theirs, ours = _Document(page), _tree_document_class()(lxml.html.document_fromstring(page))
    theirs.html, ours.html = theirs._parse(page), ours._parse(lxml.html.document_fromstring(page))
    _Document.remove_unlikely_candidates(theirs)
    ours.remove_unlikely_candidates()
    assert lxml.html.tostring(ours.html) == lxml.html.tostring(theirs.html)


def test_what_goes_and_what_stays():
    document = _tree_document_class()(lxml.html.document_fromstring(PROBES[0]))
    document.html = document._parse(lxml.html.document_fromstring(PROBES[0]))
    document.remove_unlikely_candidates()
    text = document.html.text_content()
    assert "菜单一" not in text and "评论的文字" not in text  # id menu, class comment-list
    assert "文章里面的段落" in text  # a "header" holding an <article>
    assert "正文第一段" in text and "空名字的段落" in text  # class content; empty names
    assert document.html.find("body") is not None  # class sidebar on <body>: never dropped


@pytest.mark.parametrize("page", PAGES)
def test_the_scores_are_readabilitys(page):
    theirs, ours = _Document(page), _tree_document_class()(lxml.html.document_fromstring(page))
    theirs.html, ours.html = theirs._parse(page), ours._parse(lxml.html.document_fromstring(page))
    mine, expected = ours.score_paragraphs(), _Document.score_paragraphs(theirs)
    assert [lxml.html.tostring(e) for e in mine] == [lxml.html.tostring(e) for e in expected]
    assert [c["content_score"] for c in mine.values()] == [c["content_score"] for c in expected.values()]
    assert ours._link_lengths is None  # nothing kept once the tree may change again


def test_a_changed_readability_keeps_its_own():
    class Other:  # no REGEXES, no text_length
        pass

    assert readability_scoring.install(_Document, Other) is _Document

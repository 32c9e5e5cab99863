"""readability's div-to-paragraph step without serialising every div (issue 17) leaves the tree
readability's own method leaves, on pages written for each of its branches."""

from __future__ import annotations

import copy

import lxml.html
import pytest
import readability.readability

from reportfmt.read.extraction import readability_divs
from reportfmt.read.extraction.readability_divs import PROBES, holds_block, transform_misused_divs_into_paragraphs
from reportfmt.read.extraction.second_opinion import _tree_document_class

_BLOCK = readability.readability.REGEXES["divToPElementsRe"]


def _serialised_test(elem) -> bool:
    """readability 0.9's test, written out: the search over the children's XML markup."""
    return bool(_BLOCK.search(str(b"".join(lxml.etree.tostring(s, encoding="utf-8") for s in elem))))


DIVS = [
    "<div>文字<b>粗</b><span>细</span></div>",
    "<div><span><p>深处的段</p></span></div>",
    "<div><param name='x'></div>",  # "<p" begins <param>: a block to readability
    "<div><abbr>缩写</abbr></div>",  # "<a" is not in the list: inline
    "<div><option>选</option><output>出</output></div>",  # "<o" is not "<ol"
    "<div><o:p>词</o:p></div>",  # a Word page's tag with a colon
    "<div><P>大写</P></div>",
    "<div><IMG src='x'></div>",
    "<div>有 &lt;p&gt; 字样的正文，<i title='<div>'>属性里的尖括号</i></div>",
    "<div><!-- <div>注释里的块</div> --><i>斜</i></div>",  # a comment: serialised as readability does
    "<div><?pi <p ?><u>下</u></div>",
    "<div><dl><dt>词</dt></dl></div>",
    "<div><tbody></tbody><tablex></tablex></div>",  # "<table" begins <tablex>
    "<div></div>",
]


@pytest.mark.parametrize("markup", DIVS)
def test_holds_block_answers_as_the_search(markup):
    div = lxml.html.fragment_fromstring(markup)
    assert holds_block(div, _BLOCK) == _serialised_test(div)


def test_a_namespaced_tag_is_read_from_its_markup():
    div = lxml.html.fragment_fromstring("<div><b>文</b></div>")
    lxml.etree.SubElement(div[0], "{urn:x}span", nsmap={"p": "urn:x"})  # written "<p:span": a block to the search
    assert holds_block(div, _BLOCK) == _serialised_test(div) is True


def test_what_it_finds():
    assert holds_block(lxml.html.fragment_fromstring("<div><span><picture></picture></span></div>"))
    assert not holds_block(lxml.html.fragment_fromstring("<div><span>只有</span><abbr>行内</abbr></div>"))


@pytest.mark.parametrize("page", [*PROBES, *(f"<html><body>{div}</body></html>" for div in DIVS)])
def test_same_tree_as_readabilitys_method(page):
    document_class = _tree_document_class()
    trees = []
    for method in (readability.readability.Document.transform_misused_divs_into_paragraphs,
                   transform_misused_divs_into_paragraphs):
        document = document_class(page)
        document.html = document._parse(copy.deepcopy(lxml.html.document_fromstring(page)))
        method(document)
        trees.append(lxml.html.tostring(document.html))
    assert trees[0] == trees[1]


def test_installed_on_the_tree_document():
    assert _tree_document_class().transform_misused_divs_into_paragraphs is transform_misused_divs_into_paragraphs


def test_not_installed_where_the_answers_differ():
    class Skips(readability.readability.Document):
        def transform_misused_divs_into_paragraphs(self):
            return None  # does nothing: the probes' divs of inline text would stay divs

    assert not readability_divs.install(Skips, readability.readability)
    assert Skips.transform_misused_divs_into_paragraphs is not transform_misused_divs_into_paragraphs

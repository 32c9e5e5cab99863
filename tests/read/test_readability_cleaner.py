"""readability's HTML cleaner with its javascript step in one walk (issue 17) gives the markup
readability's own Cleaner gives, on trees written for each of that step's branches."""

from __future__ import annotations

import types

import lxml.html
import pytest
from lxml_html_clean import Cleaner

from reportfmt.read.extraction import readability_cleaner
from reportfmt.read.extraction.readability_cleaner import PROBES, LinkCheckingCleaner, install, same_on_probes


def _readabilitys_cleaner() -> Cleaner:
    """readability-lxml 0.9's html_cleaner, written out."""
    return Cleaner(scripts=True, javascript=True, comments=True, style=True, links=True, meta=False,
                   add_nofollow=False, page_structure=False, processing_instructions=True, embedded=False,
                   frames=False, forms=False, annoying_tags=False, remove_tags=None, remove_unknown_tags=False,
                   safe_attrs_only=False)


PAGES = [
    *PROBES,
    # plain links only: nothing changes, the walk's own path
    "<div><p>正文 <a href='/a/1.html'>一</a> <a href='https://b.cn/x?y=1'>二</a></p></div>",
    # percent-escaped and plus-joined links that stay (a Chinese path, a query)
    "<div><a href='/%E6%96%87/1.html'>文</a><a href='/s?q=a+b'>查</a></div>",
    # a link whose blanks are stripped and one cleared, beside a plain one, on one element
    "<div><a href='\n/x.html\t' data='javascript:1' title='t'>甲</a></div>",
    # handlers of several spellings on nested elements, with links that change
    "<body onload='a'><div onClick='b' ontouchstart='c'><a href=' vbscript:x ' onblur='d'>乙</a></div></body>",
    # a <meta> that is not a refresh keeps the walk's path; a refresh makes the Cleaner's own
    "<html><head><meta http-equiv='Content-Type' content='text/html'></head><body>"
    "<a href=' /x '>丙</a></body></html>",
    "<html><head><meta http-equiv='REFRESH' content='0;URL=\" javascript:x\"'></head>"
    "<body><a href=' /x '>丁</a></body></html>",
    # an <image> tag (the Cleaner renames it) and a comment and a processing instruction
    "<div><image src=' javascript:i'></image><!-- c --><?php x ?><p>戊</p></div>",
    # each compound form alone: an archive list, a param by reference, CSS urls in a <style>
    "<div><object codebase=' http://c/ ' archive='x javascript:y'>庚</object><a href=' /z '>z</a></div>",
    "<div><param valuetype='REF' value=' javascript:p'><a href=' /z '>辛</a></div>",
    "<div><style>p{background:url( ' javascript:s ' )}</style><a href=' /z '>壬</a></div>",
    # an element with an xlink:href written as HTML and a namespaced tag
    "<div><svg><use xlink:href=' #a '></use></svg><x:object data='javascript:q'>己</x:object></div>",
]


@pytest.mark.parametrize("page", PAGES)
def test_same_markup_as_the_cleaner(page):
    cleaner = _readabilitys_cleaner()
    tree = lxml.html.document_fromstring(page)
    before = lxml.html.tostring(tree)
    ours = LinkCheckingCleaner(cleaner).clean_html(tree)
    assert lxml.html.tostring(ours) == lxml.html.tostring(cleaner.clean_html(tree))
    assert lxml.html.tostring(tree) == before  # the tree handed over is left as it was


def test_a_namespaced_compound_tag_counts():
    cleaner = _readabilitys_cleaner()
    tree = lxml.html.fragment_fromstring("<div><span archive='x javascript:y'>癸</span></div>")
    tree[0].tag = "{http://www.w3.org/1999/xhtml}object"  # as an XHTML page's tree names it
    ours = LinkCheckingCleaner(cleaner).clean_html(tree)
    assert lxml.html.tostring(ours) == lxml.html.tostring(cleaner.clean_html(tree))
    assert ours[0].get("archive") == "x "  # the list's javascript: entry cleared, the rest kept


def test_links_it_clears_and_strips():
    tree = lxml.html.fragment_fromstring(
        "<div onclick='x'><a href=' javascript:void(0)'>一</a><a href=' /a.html '>二</a>"
        "<a href='/b.html'>三</a></div>")
    cleaned = LinkCheckingCleaner(_readabilitys_cleaner()).clean_html(tree)
    assert [a.get("href") for a in cleaned.iter("a")] == ["", "/a.html", "/b.html"]
    assert cleaned.get("onclick") is None


def test_other_settings_use_the_cleaners_own_step():
    cleaner = Cleaner(javascript=True, style=False, safe_attrs_only=False)
    tree = lxml.html.fragment_fromstring("<div><p style='background:url(javascript:x)'>甲</p></div>")
    ours = LinkCheckingCleaner(cleaner).clean_html(tree)
    assert lxml.html.tostring(ours) == lxml.html.tostring(cleaner.clean_html(tree))


class _SkipsLinks(LinkCheckingCleaner):
    """A cleaner that forgets the link step: the probes must tell it apart."""

    def _javascript_step(self, doc) -> None:
        return None


def test_install_only_over_a_cleaner_that_agrees():
    module = types.SimpleNamespace(html_cleaner=_readabilitys_cleaner())
    assert install(module) and isinstance(module.html_cleaner, LinkCheckingCleaner)
    assert install(module)  # a second call keeps it
    assert not same_on_probes(_readabilitys_cleaner(), _SkipsLinks(_readabilitys_cleaner()))
    assert not install(types.SimpleNamespace(html_cleaner=None))


def test_readability_uses_it():
    import readability.readability

    from reportfmt.read.extraction.second_opinion import _document_class

    _document_class()
    assert isinstance(readability.readability.html_cleaner, LinkCheckingCleaner)
    assert readability_cleaner.same_on_probes(readability.readability.html_cleaner.cleaner,
                                              readability.readability.html_cleaner)

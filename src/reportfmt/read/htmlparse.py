"""Parse scraped HTML into an lxml tree without silently losing text.

libxml2's HTML parser stops descending at a fixed depth and drops whatever is nested
deeper: a page of 10,000 nested <div>s comes back empty. Such pages are flattened (the
wrapper tags carry no structure) and parsed again; text that still goes missing is an
error, never a silent loss.

What the page holds is counted in its text nodes. A quick count strips tags with a regular
expression; when the tree seems to miss text, the count is redone with the standard
library's tokenizer, which knows that a `>` inside a quoted attribute value (a share button's
`data-text="a<br/>b"`) is not the end of a tag, so attribute values never count as text.

An XHTML page may open with an XML declaration (`<?xml version="1.0" encoding="utf-8"?>`,
allowed by XHTML 1.0). The text is decoded already, so the declared encoding says nothing
more, and lxml refuses a decoded string that declares one: the declaration goes before parsing.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import lxml.etree
import lxml.html

from ..errors import ReportfmtError

# Tags removed when flattening: pure wrappers, no paragraph or table structure.
_WRAPPERS = re.compile(r"</?(?:div|span|font|section|article|main|center|b|i|em|strong|u)\b[^>]*>", re.I)
_NON_TEXT = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
# An XML declaration at the very start (after blanks or a byte-order mark).
_XML_DECLARATION = re.compile(r"\A[\s\ufeff]*<\?xml\b[^>]*>")
_CJK = re.compile(r"[\u3400-\u9fff]")
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]+")  # (the same range: what _CJK does not match)
# Share of the page's Chinese characters the tree must keep before we trust it.
_KEEP_AT_LEAST = 0.98


def parse_html_document(text: str) -> lxml.html.HtmlElement:
    text = _XML_DECLARATION.sub("", text, count=1)
    expected = _cjk_count(_TAG.sub(" ", _NON_TEXT.sub(" ", text)))
    root = _parse(text)
    if _keeps_text(root, expected):
        return root
    expected = text_node_cjk(text)  # the quick count may have read attribute values as text
    if _keeps_text(root, expected):
        return root
    root = _parse(_WRAPPERS.sub("\n", text))
    if _keeps_text(root, expected):
        return root
    raise ReportfmtError("HTML nested too deeply to parse without losing text")


def _parser() -> lxml.html.HTMLParser:
    """lxml.html's parser with its element classes chosen in C: lxml.html's own lookup is a
    Python method called each time an element is touched (over a million calls on 76 corpus
    pages, about 6 % of a worker's CPU). Every element is an HtmlElement (the form, input,
    select, textarea and label classes it would pick add only form-filling helpers, unused
    here); comments and processing instructions keep their HTML classes."""
    parser = lxml.html.HTMLParser(huge_tree=True)
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


def _parse(text: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(text, parser=_parser())
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ReportfmtError(f"malformed HTML: {exc}") from None


def _keeps_text(root: lxml.html.HtmlElement, expected: int) -> bool:
    if expected == 0:
        return True
    for dropped in root.iter("script", "style", "noscript", "template"):
        dropped.text = ""
    kept = _cjk_count(root.text_content())
    return kept >= expected * _KEEP_AT_LEAST


def _cjk_count(text: str) -> int:
    """The characters _CJK matches: what is left once the others go (a whole page's count by
    findall built a string per character, twice a page)."""
    return len(_NOT_CJK.sub("", text))


class _TextCounter(HTMLParser):
    """Counts Chinese characters in text nodes, outside script/style/noscript/template."""

    _SKIP = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.count = 0
        self.skipping: str | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if self.skipping is None and tag in self._SKIP:
            self.skipping = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self.skipping:
            self.skipping = None

    def handle_data(self, data: str) -> None:
        if self.skipping is None:
            self.count += _cjk_count(data)


def text_node_cjk(text: str) -> int:
    """Chinese characters in the page's text nodes (attribute values and comments excluded)."""
    counter = _TextCounter()
    counter.feed(text)
    counter.close()
    return counter.count

"""readability-lxml's div-to-paragraph step with the same trees and without serialising every div (issue 17).

`Document.transform_misused_divs_into_paragraphs` first makes a <p> of every <div> that holds
no block: it serialises the div's children (lxml.etree.tostring, XML, their tails included)
and searches the markup for `<(blockquote|dl|div|img|ol|p|pre|table|ul)` (any case). A page's
outer divs are serialised whole, once for every div around them: ~3 % of a worker's CPU on the
bench pages. In that markup a `<` starts only a tag (text, tails and attribute values are
escaped), a comment, a processing instruction or an entity's markup; so on a subtree of
elements alone the search finds a match exactly when some descendant's tag, as written,
begins with one of those names ("<p" also matches <param>, <picture>, <path>, as readability's
search does). `holds_block` asks that of the descendants in document order and stops at the
first; a subtree holding any other node, or a namespaced tag, is serialised as readability does.

The rest of the method (wrapping a div's loose text and inline runs in <p>s) is readability
0.9's own, written out below unchanged (Apache License 2.0, readability-lxml's authors).
`install` puts the function in place of the method only if the two give the same markup on
the probe pages, so a changed readability keeps its own.
"""

from __future__ import annotations

import re

import lxml.html
from lxml.etree import tostring, tounicode
from lxml.html import fragment_fromstring

# readability 0.9's REGEXES["divToPElementsRe"], read from the module by install().
_BLOCK_TAG = re.compile(r"<(blockquote|dl|div|img|ol|p|pre|table|ul)", re.I)
_INLINE_TAGS = {"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"}


def holds_block(elem, block_tag: re.Pattern = _BLOCK_TAG) -> bool:
    """Whether readability's search finds a block tag in the markup of `elem`'s children."""
    for node in elem.iterdescendants():
        tag = node.tag
        if not isinstance(tag, str) or tag[:1] == "{":
            return bool(block_tag.search(str(b"".join(tostring(s, encoding="utf-8") for s in elem))))
        if block_tag.match("<" + tag):
            return True
    return False


def transform_misused_divs_into_paragraphs(self) -> None:
    """readability 0.9's method, its first test made by holds_block."""
    block_tag = self._block_tag_pattern
    for elem in self.tags(self.html, "div"):
        if not holds_block(elem, block_tag):
            elem.tag = "p"

    for elem in self.tags(self.html, "div"):
        children = list(elem)
        paragraph = None
        if elem.text and elem.text.strip():
            p = fragment_fromstring("<p/>")
            p.text = elem.text
            elem.text = None
            elem.insert(0, p)
            paragraph = p

        for child in children:
            if child.tag == "br":
                paragraph = None
                continue
            if child.tag not in _INLINE_TAGS or block_tag.search(tounicode(child, method="html")):
                paragraph = None
                continue
            if paragraph is None:
                paragraph = fragment_fromstring("<p/>")
                child.addprevious(paragraph)
            paragraph.append(child)

        for pos, child in reversed(list(enumerate(elem))):
            if child.tail and child.tail.strip():
                p = fragment_fromstring("<p/>")
                p.text = child.tail
                child.tail = None
                elem.insert(pos + 1, p)
            if child.tag == "br":
                child.drop_tree()


# Pages reaching each branch: divs of inline text alone, divs around blocks, a tag that only
# begins like a block's (<param>, <abbr>, <option>), upper-case and namespaced tags, a comment and
# a processing instruction inside a div, loose text and tails, runs of inline children cut by a
# <br> or a block, an inline child holding a block.
PROBES = (
    "<html><body><div>只有文字<b>粗</b></div><div><p>段</p></div><div><div>内</div></div></body></html>",
    "<html><body><div><span><img src='a'></span></div><div><param name='x'></div>"
    "<div><abbr>缩</abbr><option>选</option></div><div><picture></picture>图</div></body></html>",
    "<html><body><div><P>大写</P></div><div><o:p>词</o:p></div><div><!-- <div> --><i>斜</i></div>"
    "<div><?pi <p ?><u>下</u></div></body></html>",
    "<html><body><div>头<a href='#'>链</a>中<br>尾<table><tr><td>格</td></tr></table>后<em>强</em>"
    "<span>跨<div>块</div></span>末</div></body></html>",
    "<html><body><div><ul><li>一</li></ul>外<div>甲<br><br>乙</div></div>"
    "<div><blockquote>引</blockquote><pre>码</pre><dl><dt>词</dt></dl><ol><li>二</li></ol></div></body></html>",
)


def _run(document_class, page: str, method) -> bytes:
    document = document_class(page)
    document.html = document._parse(lxml.html.document_fromstring(page))
    method(document)
    return lxml.html.tostring(document.html)


def install(document_class, module) -> bool:
    """Make `transform_misused_divs_into_paragraphs` of `document_class` (a subclass of
    readability's Document) this module's, when it gives what readability's own does on every
    probe; whether it is in place."""
    original = getattr(document_class, "transform_misused_divs_into_paragraphs", None)
    pattern = getattr(module, "REGEXES", {}).get("divToPElementsRe")
    if original is None or pattern is None or not callable(getattr(document_class, "tags", None)):
        return False
    document_class._block_tag_pattern = pattern
    try:
        same = all(_run(document_class, page, original) == _run(document_class, page,
                                                                 transform_misused_divs_into_paragraphs)
                   for page in PROBES)
    except Exception:  # a readability whose Document no longer works this way keeps its own
        same = False
    if same:
        document_class.transform_misused_divs_into_paragraphs = transform_misused_divs_into_paragraphs
    return same

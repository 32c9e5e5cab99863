"""The headline as an anchor: the article is the block that holds the page's headline.

The votes find the container with most of the page's prose. On a page where a side column or
a comment section holds nearly as much as a short article, that container is the wrapper of
both, and the cuts inside it can keep the wrong column. A page names its article twice: in
<title> and in a heading above the text. The lowest block around that heading that holds
real prose is the article when it holds a fair share of the container's prose and the
container's longest paragraph: a side column of video titles or an author's other headlines
is many short lines, an article is paragraphs.
"""

from __future__ import annotations

import re

from lxml import etree

from .votes import TEASER_MARK, Votes, named_chrome, visible_length

# The block around the headline must hold this much prose besides the headline itself.
HEADLINE_BODY_MIN = 50
# ... and this share of the prose of the container the votes chose.
HEADLINE_SHARE = 0.3
# A heading other than h1 must be this long to be taken for the headline.
HEADLINE_MIN_CHARS = 5
# Any other element must be this long and cover this share of the title's longest part.
LOOSE_MIN_CHARS = 8
LOOSE_TITLE_SHARE = 0.5
_TITLE_PARTS = re.compile(r"[-_|｜–—·:：]")


def _squeeze(text: str | None) -> str:
    return "".join((text or "").split())


def find_headline(root: etree._Element, body: etree._Element) -> etree._Element | None:
    """The element that prints the page's headline: an h1 whose text is in <title>, else a
    shorter heading or a long text that is, else the page's only h1."""
    title = _squeeze(root.findtext(".//head/title"))
    h1s = [h for h in body.iter("h1") if not _in_link(h)]
    if not title:
        return h1s[0] if len(h1s) == 1 else None
    longest_part = max((len(p) for p in _TITLE_PARTS.split(title)), default=0)
    headings = [h for h in body.iter("h2", "h3") if not _in_link(h)]
    loose = [e for e in body.iter("div", "p", "span", "td", "strong", "b") if not _in_link(e)]
    # Each tier: its elements, the least length, and whether they must be all linked (None:
    # either). Whether an element is all linked is asked only of one whose text is in the
    # title: reading every block's links' texts cost more than the title test (and the
    # blocks nest: a page's wrappers read the whole page's links each).
    tiers = (
        (h1s, 2, 0, None),
        (headings, HEADLINE_MIN_CHARS, 0, False),
        (loose, LOOSE_MIN_CHARS, LOOSE_TITLE_SHARE * longest_part, False),
        # A heading whose words are all a link names the page it points to (a teaser of a feed
        # or a carousel printing this page's title too): the headline only when nothing else is.
        (headings, HEADLINE_MIN_CHARS, 0, True),
    )
    for elems, min_chars, min_cover, linked in tiers:
        matches = [(len(t), e) for e in elems
                   if (t := _squeeze(e.text_content())) and len(t) >= max(min_chars, min_cover) and t in title
                   and (linked is None or _all_linked(e) == linked)]
        if matches:
            return max(matches, key=lambda m: m[0])[1]
    return None


def headline_article(article: etree._Element, headline: etree._Element | None,
                     scores: dict[etree._Element, Votes]) -> etree._Element:
    """The block around the headline when it is the article; else `article` unchanged."""
    if headline is None:
        return article
    block = _block_around(headline, scores)
    if block is None or block is article or _contains(block, article):
        return article  # the chosen article already lies inside the headline's block
    if scores[block].prose < HEADLINE_SHARE * scores[article].prose:
        return article
    longest = _longest_paragraph([article, block], scores)
    return block if longest is not None and _contains(block, longest) else article


def _block_around(headline: etree._Element, scores: dict[etree._Element, Votes]) -> etree._Element | None:
    own = scores[headline].prose if headline in scores else 0.0
    for ancestor in headline.iterancestors():
        if ancestor not in scores:
            return None
        if scores[ancestor].prose - own >= HEADLINE_BODY_MIN:
            return ancestor
    return None


def _longest_paragraph(roots: list[etree._Element], scores: dict[etree._Element, Votes]) -> etree._Element | None:
    """The element with the longest run of its own text, outside links, feeds and chrome."""
    best, best_len = None, 0
    for root in roots:
        for elem in root.iter():
            if not isinstance(elem.tag, str) or elem.tag == "a" or elem not in scores:
                continue
            own = visible_length((elem.text or "") + "".join(c.tail or "" for c in elem))
            if own > best_len and not _excluded(elem, root):
                best, best_len = elem, own
    return best


def _excluded(elem: etree._Element, root: etree._Element) -> bool:
    for node in [elem, *elem.iterancestors()]:
        if node.tag == "a" or TEASER_MARK in node.attrib:
            return True
        if node is root:
            return False
        if named_chrome(node):
            return True
    return False


def _all_linked(elem: etree._Element) -> bool:
    """Every word of the element lies in a link to another page (not a "#" anchor)."""
    words = _squeeze(elem.text_content())
    linked = "".join(_squeeze(a.text_content()) for a in elem.iter("a") if not (a.get("href") or "#").startswith("#"))
    return bool(words) and len(linked) >= len(words)


def _in_link(elem: etree._Element) -> bool:
    return any(a.tag == "a" for a in elem.iterancestors())


def _contains(outer: etree._Element, inner: etree._Element) -> bool:
    return outer is inner or any(a is outer for a in inner.iterancestors())

"""A second extractor's vote on the article's short blocks.

What our pass keeps wrongly is mostly short lines beside the article: a "播报文章" button
label, "字号：", "不喜欢", an answerer's panel, a source line. readability-lxml, run on the
whole page as it came, keeps the article's text and seldom those lines. A short block of
ours that readability's text does not hold is dropped (rule `extract.vote`); long blocks are
ours alone to decide. Chosen by measurement (make eval-extract): block voting on short
lines beat both replacing our text (readability and trafilatura score lower than our pass
where ours is a small share of the page) and voting on every line (web-gold fell).

The vote is skipped when readability finds too little text, and when it would remove more
than VOTE_MAX_SHARE of the article: then the two extractors disagree on where the article
is, and our pass, measured better, decides. A thread's posts never lose blocks to the vote
(readability leaves comment sections out).
"""

from __future__ import annotations

import copy
import functools
import logging

import lxml.html
from lxml import etree

from .audit import Audit, printed_lines
from .votes import drop_outvoted, visible_length

log = logging.getLogger(__name__)
# readability-lxml reports its own retries at INFO ("ruthless removal did not work."): under the
# CLI's and the filter's "reportfmt: …" log format a user reads them as this tool's messages about
# their page. Its warnings still show.
logging.getLogger("readability.readability").setLevel(logging.WARNING)

# Blocks shorter than this many visible characters need the second extractor's vote.
SHORT_BLOCK = 40
# The second extractor must find at least this much text to have a say.
MIN_SECOND_CHARS = 50
# The vote never removes more than this share of the article's text.
VOTE_MAX_SHARE = 0.5
# Whole blocks only: an inline run is never cut out of a line, and a table's cells are the
# table's (a document's 索引号/发文机关 grid is short cells).
_BLOCKS = {"p", "div", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
           "section", "blockquote", "center", "ul", "ol", "dl", "article"}
_TABLE = {"table", "tr", "td", "th", "tbody", "thead"}


# The last page readability-lxml ran on and its article: the vote, the fallback and the choice
# among extractors (selection.py) all ask for the same page's article, and it costs about a
# third of extract_main's time (select_extract.py --cpu: ~20 ms of ~60 a page on the bench pages).
_last: tuple[etree._Element | None, etree._Element | None] = (None, None)


def second_article(page: etree._Element) -> etree._Element | None:
    """readability-lxml's article for the page, as a tree of its own (a fresh copy on each
    call: the caller may cut it); None when it fails."""
    article = _kept_article(page)
    return copy.deepcopy(article) if article is not None else None


def second_article_text(page: etree._Element) -> str | None:
    """second_article(page).text_content(), read from the kept article without copying it
    (the vote and the selection only read its text); None when readability fails."""
    article = _kept_article(page)
    return None if article is None else article.text_content()


def _kept_article(page: etree._Element) -> etree._Element | None:
    """The page's article as kept for every asker: read it, never change it."""
    global _last
    cached = _last  # one read: another thread's page may replace the entry meanwhile
    if cached[0] is not page:
        cached = _last = (page, _readability_article(page))
    return cached[1]


def _readability_article(page: etree._Element) -> etree._Element | None:
    try:
        summary = _on_tree(page).summary(html_partial=True)
    except Exception as exc:  # readability raises on pages it cannot score: no vote then
        log.debug("readability-lxml failed: %s", exc)
        return None
    return lxml.html.fromstring(summary) if summary.strip() else None


def _on_tree(page: etree._Element):
    """A readability Document over a copy of the page's tree. readability parses the text it is
    given, and parses it again when its strict pass finds too little; handed our tree, it
    would change it (it drops hidden elements in place) and its second pass would start from
    its first one's cuts. So each parse gets a fresh copy: a copy costs half of what
    serialising the page and parsing it again did (1.5 ms against 4.3 on the corpus pages)."""
    tree_document = _tree_document_class()
    if tree_document is None or not isinstance(page, lxml.html.HtmlElement):  # lxml.html's trees only
        return _document_class()(lxml.html.tostring(page, encoding="unicode"))
    return tree_document(page)


@functools.cache
def _document_class():
    import readability.readability  # lazily: only HTML extraction needs it

    from . import readability_cleaner
    from .readability_speed import install

    install(readability.readability)  # its whitespace squeeze, same answers, fewer regex passes
    readability_cleaner.install(readability.readability)  # its cleaner: same trees, one walk for its links
    return readability.readability.Document


@functools.cache
def _tree_document_class():
    """Document, each parse on a copy of the tree; None if readability no longer parses
    in `_parse` (then it would be handed our tree itself: the page is serialised instead)."""
    if not callable(getattr(_document_class(), "_parse", None)):
        return None

    class TreeDocument(_document_class()):
        def _parse(self, input):
            # readability changes the tree in place only where it drops hidden elements; its
            # cleaner then works on a copy of its own. A page with none is handed over as it is.
            return super()._parse(copy.deepcopy(input) if _drops_in_place(input) else input)

    import readability.readability

    from . import readability_divs, readability_scoring

    readability_divs.install(TreeDocument, readability.readability)  # its div-to-p step: same trees, no serialising
    # its unlikely-candidate step and link density: same trees and scores, fewer regexes and walks
    return readability_scoring.install(TreeDocument, readability.readability)


def _drops_in_place(page: etree._Element) -> bool:
    """Whether readability's _parse, handed `page` itself, would drop an element in place
    before its cleaner copies the tree: one with a `hidden` attribute, or a style its
    displayNoneRe finds (display:none, visibility:hidden). Its search (`//*`) covers the whole
    document `page` belongs to, so this looks at the whole document too."""
    from readability.readability import REGEXES

    hidden = REGEXES["displayNoneRe"]
    return any(elem.get("hidden") is not None or hidden.search(elem.get("style") or "")
               for elem in page.xpath("//*[@hidden or @style]"))


def second_text(page: etree._Element) -> str:
    """readability-lxml's text for the page (whitespace removed); "" when it fails."""
    text = second_article_text(page)
    return "" if text is None else "".join(text.split())


def record_left_out(page: etree._Element, kept: str, audit: Audit, reason: str = "fallback") -> None:
    """Record the page's leaf blocks whose text the fallback's article `kept` (whitespace
    removed) does not hold: rule `extract.<reason>`."""
    for elem in page.iter(*_BLOCKS, *_TABLE):
        if any(c.tag in _BLOCKS or c.tag in _TABLE for c in elem.iterdescendants()):
            continue
        text = "".join(elem.text_content().split())
        if text and text not in kept:
            audit.note(elem.text_content(), reason, printed_lines(elem))


def vote_short_blocks(article: etree._Element, page: etree._Element, audit: Audit,
                      keep_always: frozenset = frozenset(), headline: etree._Element | None = None) -> int:
    """Drop the article's short leaf blocks at its edges that the second extractor's text
    lacks; their count. Short lines between the article's paragraphs (subheadings, captions)
    and the page's headline are the article's own."""
    edges = _edge_blocks(article, keep_always, headline)
    if not edges:
        return 0
    second = second_text(page)
    if len(second) < MIN_SECOND_CHARS:
        return 0
    losers = [elem for elem in edges if "".join(elem.text_content().split()) not in second]
    return drop_outvoted(article, losers, audit, "vote", VOTE_MAX_SHARE)


def _edge_blocks(article: etree._Element, keep_always: frozenset,
                 headline: etree._Element | None) -> list[etree._Element]:
    """Short leaf blocks (one short line to a reader) before the article's first long block
    or after its last one."""
    leaves = []  # (element, is_short) in document order
    for elem in article.iterdescendants():
        if not isinstance(elem.tag, str) or elem.tag not in _BLOCKS:
            continue
        if any(c.tag in _BLOCKS or c.tag in _TABLE for c in elem.iterdescendants()):
            continue
        size = visible_length(elem.text_content())
        if size:
            leaves.append((elem, size < SHORT_BLOCK))
    long_at = [i for i, (_, short) in enumerate(leaves) if not short]
    if not long_at:
        return []
    edges = [elem for i, (elem, short) in enumerate(leaves) if short and (i < long_at[0] or i > long_at[-1])]
    return [elem for elem in edges if not _protected(elem, keep_always, headline)]


def _protected(elem: etree._Element, keep_always: frozenset, headline: etree._Element | None) -> bool:
    if elem.tail and elem.tail.strip():
        return True  # text runs on after it: part of a longer line
    chain = [elem, *elem.iterancestors()]
    if any(a.tag in _TABLE for a in chain):
        return True
    if headline is not None and (headline in chain or any(d is headline for d in elem.iterdescendants())):
        return True
    return bool(keep_always) and any(a in keep_always for a in chain)


"""Main-content extraction for full HTML pages: keep the subtree that holds the article.

Chosen by measurement on ../shared/corpus (make eval-extract): a small DOM pass that can be
reasoned about, with trafilatura and readability-lxml scored beside it.

The steps, each a module of read/extraction/:
1. votes.py       every text node votes: prose for, links and chrome-named boxes against;
   teasers.py     the items of a news feed (linked headline + summary) vote as links;
2. candidates.py  repeated copies go (a row of labels printed three times or more: every
                  copy); the deepest element holding most of the prose is the article; a lead
                  just above it moves in;
   headline.py    unless the block under the page's headline (its <title> printed in the body)
                  holds a fair share of that prose and its longest paragraph: then that block;
3. threads.py     a forum thread, Q&A page or comment page: the posts are the content, each
                  post without its author panel and action bars, a reply without the copy of
                  an earlier post it opens with (quoted_copies.py);
4. pruning.py     inside the article, off-topic runs, link lists and chrome-named blocks go;
   ad_cards.py    so do links labelled as ads ("<a><i>广告</i><span>headline</span></a>");
   composers.py   and the forms a reader types a reply into (marked by their text areas);
   second_opinion.py  short lines at the article's edges go unless readability-lxml, run on
                  the whole page, keeps them too (block voting, rule extract.vote);
   learned_vote.py    leaf blocks a learned block scorer (learned.py: logistic regression on
                  features that carry across sites, trained by tests/eval/train_blocks.py)
                  calls chrome go (rule extract.learned; extractor "reportfmt+learned"):
                  chosen by grouped 5-fold by site over every dev page (make eval-extract);
5. fallback       when fewer than MIN_ARTICLE_CHARS remain (a site's foot, its record number
                  and copyright box, not counted: site_foot.py), readability-lxml's article on the
                  untouched page (extractor "readability-lxml"), or when it finds as little,
                  the page kept whole ("whole-page"): measured (fall_back). Replacing our
                  text with a second extractor's when ours is merely short was measured where
                  the article is a small share of the page's Chinese text (make eval-extract,
                  row "low share"): there our pass scores higher than readability-lxml and
                  trafilatura (short articles on busy pages), so the second extractor votes on
                  lines and never replaces a text of ours that is long enough.
6. selection.py   except on a thread, readability-lxml's text replaces ours when it lies
                  within ours and ours holds much more (a box beside the article kept): the
                  two thresholds fitted leave-one-set-out on the tuning pages of every set,
                  renamed copies too (extractor "readability-lxml", rule extract.selection).
Every container dropped is recorded (audit.py): `Extracted.removed`, rule `extract.<reason>`.
Extraction works on a copy: the caller's tree, which a fallback reads, is never cut.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from .extraction.ad_cards import cut_ad_cards
from .extraction.audit import Audit, Removal
from .extraction.candidates import ARTICLE_PROSE_SHARE, best_subtree, drop_repeated_copies, record_outside, rescue_lead
from .extraction.composers import cut_composers
from .extraction.flat_posts import wrap_flat_posts
from .extraction.headline import find_headline, headline_article
from .extraction.learned import current_model
from .extraction.learned_vote import learned_vote
from .extraction.mail_text import drop_mail_furniture, drop_screen_furniture
from .extraction.pruning import (
    cut_chrome_blocks,
    cut_closing_byline,
    cut_link_blocks,
    keep_best_run,
    keep_first_post,
)
from .extraction.push_lines import drop_push_meta
from .extraction.record_forms import unwrap_record_forms
from .extraction.record_tables import unwrap_record_tables
from .extraction.second_opinion import record_left_out, second_article, vote_short_blocks
from .extraction.selection import select
from .extraction.site_foot import site_foot_chars
from .extraction.starter import starter_sentences
from .extraction.teasers import mark_teasers, unmark
from .extraction.threads import blog_comments, find_thread, reduce_posts, thread_article
from .extraction.votes import CHROME_MAX_SHARE, CHROME_NAME, score_tree, visible_length
from .htmlparse import parse_html_document
from .pagemeta import page_author, page_date, page_doc_facts, page_site, page_title, visible_text

__all__ = ["CHROME_MAX_SHARE", "CHROME_NAME", "Extracted", "extract_main", "score_tree", "visible_length"]

# Below this many visible characters the extracted article is not trusted: keep the page.
MIN_ARTICLE_CHARS = 50


@dataclass
class Extracted:
    """The article subtree, metadata found anywhere on the page, and what was dropped."""

    article: etree._Element
    text: str
    title: str | None
    date: str | None
    author: str | None = None
    site: str | None = None
    # A government page's 文号 and issuer from its box of facts (pagemeta.page_doc_facts).
    facts: dict[str, str] = field(default_factory=dict)
    removed: list[Removal] = field(default_factory=list)
    # Which extractor's text this is: "reportfmt", "reportfmt+learned" (the learned block
    # scorer dropped lines of it), or the fallback's name.
    extractor: str = "reportfmt"
    # How many post boxes the thread step found (0: not a thread); the selection reads it.
    posts: int = 0

    @property
    def html(self) -> str:
        inner = lxml.html.tostring(self.article, encoding="unicode")
        if self.article.tag in ("tr", "tbody"):
            inner = f"<table>{inner}</table>"
        return f"<html><body>{inner}</body></html>"


def extract_main(page: str | etree._Element, *, replies: str = "keep", learned_step: bool = True) -> Extracted:
    """The article subtree of a pre-cleaned page (scripts, frames, images already gone).

    Takes the parsed tree (read/html.py parses once) or HTML text, parsed as read/html.py
    parses it (an XHTML page's XML declaration, which lxml refuses in a str, is dropped).
    The tree is not changed: the cuts happen on a copy. `replies` is option extract.replies
    (threads.py).
    """
    source = parse_html_document(page) if isinstance(page, str) else page
    root = copy.deepcopy(source)
    for node in root.xpath("//comment()|//body//title"):
        # Comments and a <title> misplaced in the body are never shown by a browser.
        node.drop_tree() if node.getparent() is not None else None
    body = root.find("body")
    body = body if body is not None else root
    audit = Audit()
    # Under replies "sections" a reply's heading is read from the post as printed (bylines.py):
    # each element's path now, before the first cut, finds it again in the untouched source.
    paths = {e: root.getroottree().getpath(e) for e in body.iter()} if replies == "sections" else {}
    runs = wrap_flat_posts(body)
    drop_repeated_copies(body, audit)
    mark_teasers(body)
    scores = audit.votes.scores(body)
    article = best_subtree(body, scores)
    thread = find_thread(root, body, article, scores)
    if thread is None and (comments := blog_comments(root, body, scores, article)):
        for box in comments:
            audit.drop(box, "comments")
        scores = audit.votes.scores(body)
        article = best_subtree(body, scores)
    posts = thread.boxes if thread else frozenset()
    headline = find_headline(root, body)
    if thread:
        article = thread_article(body, posts, ARTICLE_PROSE_SHARE, starter=article)
    else:
        article = headline_article(article, headline, scores)
    rescue_lead(body, article, audit)
    record_outside(body, article, audit)
    article_text = article.text_content()
    title = page_title(root)
    page_text = visible_text(root)  # the page's words outside links: read once for the three
    date = page_date(root, article_text, page_text)
    author, site = page_author(root, article_text, page_text), page_site(root, article_text, page_text)
    facts = page_doc_facts(root, article_text, page_text)
    drop_screen_furniture(article, audit)  # a text board's screen: signature and header rows
    keep_best_run(article, audit, posts)
    cut_link_blocks(article, audit, posts)
    cut_chrome_blocks(article, audit, posts)
    cut_ad_cards(article, audit)
    cut_composers(article, audit, posts)
    drop_mail_furniture(article, audit)  # a plain-text message's signature and quote attribution
    drop_push_meta(article, audit)  # a text board's push rows: "推 id: words time", the words kept
    unwrap_record_tables(article, audit)  # a letter box's form table: its letter and reply
    unwrap_record_forms(article, audit)  # the same form printed as rows of boxes
    if thread:
        reduce_posts(thread, article, audit, replies, printed=lambda post: _printed(post, paths, source, runs))
        posts = posts | starter_sentences(article, posts)  # the question above the answers
    else:
        keep_first_post(article, audit)
        cut_closing_byline(article, audit)
    vote_short_blocks(article, source, audit, posts, headline)
    unmark(article)
    thread_posts = thread.boxes if thread else frozenset()
    voted = bool(learned_step and current_model() is not None and learned_vote(article, source, audit, thread_posts))
    if article.tag == "td":
        article.tag = "div"  # a lone cell is not a table
    found = Extracted(article=article, text=article.text_content(), title=title, date=date,
                      author=author, site=site, facts=facts, removed=audit.removed,
                      extractor="reportfmt+learned" if voted else "reportfmt", posts=len(thread_posts))
    # A site's foot (its record number, its copyright) is no article text: a text that is only
    # a foot falls back as a short one does (a short article's box cut, the foot left).
    if visible_length(found.text) - site_foot_chars(found.article, found.text) < MIN_ARTICLE_CHARS \
            and not short_by_request(found.article, audit.removed):
        fall_back(found, source)
    select(found, source)
    return found


def short_by_request(article: etree._Element, removed: list[Removal]) -> bool:
    """The text is short because the reader asked the replies away (extract.replies: drop) and
    the starter's post still says something besides its title: a short question over long
    answers is the post the reader wants, not a sign that the extraction failed (the second
    extractor would put every answer back, with their panels). A title alone is no post: the
    conversion takes it out of the body, and the page would come out empty."""
    kept = sum(visible_length(node) for node in article.xpath(".//text()[not(ancestor::h1 or ancestor::h2 "
                                                                "or ancestor::h3 or ancestor::h4)]"))
    dropped = sum(visible_length(r.text) for r in removed if r.rule == "extract.reply")
    return kept > 0 and dropped > 0 and kept + dropped >= MIN_ARTICLE_CHARS


def _printed(elem: etree._Element, paths: dict, source: etree._Element, runs: dict) -> etree._Element:
    """The element as the untouched source tree has it, found at its first path; a box that
    wrap_flat_posts made, as a box of copies of what it took (the element itself if neither)."""
    if elem in runs:
        box = lxml.html.Element("div")
        box.extend(copy.deepcopy(_printed(e, paths, source, {})) for e in runs[elem])
        return box
    found = source.getroottree().xpath(paths[elem]) if elem in paths else []
    return found[0] if found else elem


def fall_back(found: Extracted, source: etree._Element) -> None:
    """Too little found: readability-lxml's article when it holds MIN_ARTICLE_CHARS (what it
    leaves out recorded as `extract.fallback`), else the whole page as it came (nothing
    recorded as removed). Chosen by measurement on the tuning pages of every set, each page
    scored as if it had fallen back (mean F1, forum / article / comment pages): readability
    0.661 / 0.908 / 0.500, readability else whole page 0.661 / 0.908 / 0.864, whole page
    0.514 / 0.463 / 0.622; the run of alike siblings (posts found by shape, not by stamp)
    scored 0.300 / 0.290 / 0.702 and was not taken."""
    page = source.find("body") if source.find("body") is not None else source
    second = second_article(source)
    if second is not None and visible_length(second.text_content()) >= MIN_ARTICLE_CHARS:
        audit = Audit()
        record_left_out(page, "".join(second.text_content().split()), audit)
        found.article, found.text, found.removed = second, second.text_content(), audit.removed
        found.extractor = "readability-lxml"
        return
    whole = copy.deepcopy(page)
    found.article, found.text, found.removed = whole, whole.text_content(), []
    found.extractor = "whole-page"

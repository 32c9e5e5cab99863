"""The learned block scorer's vote on the article: the short leaf blocks it calls chrome go.

After the rule-based pass has chosen and pruned the article, every text run of the untouched
page is scored (learned.py). A short leaf block of the article whose whole text is a run the
model gives less than DROP_BELOW is dropped (rule `extract.learned`). Table cells are the table's
and never go one by one; headings are the document's structure (a short h1 above an article
scores like a menu label to the model) and are the rules' to decide. The vote never removes
more than VOTE_MAX_SHARE of the article: when the model and the rules disagree that much, the
rules (measured better on whole articles) decide. Chosen by grouped k-fold by site (make
train-blocks, make eval-extract).
On a thread, a block that is the whole message of its post (the post's text outside quotes,
once reduce_posts has taken its furniture) is a reply, whatever its length ("元旦快乐"): the
structure already says it is content, and the model, fitted on other engines, reads a short
reply as a menu label (make eval-extract-loeo: it dropped replies on engines it never saw); so
is a quote inside a post (the post it answers). A short line beside other words in a post (an
answer's "本回答由…提供") is still voted on.
"""

from __future__ import annotations

from lxml import etree

from .audit import Audit
from .learned import BLOCK_TAGS, block_probabilities
from .post_body import is_quote
from .votes import drop_outvoted

# A run the model scores below this is chrome to it.
DROP_BELOW = 0.1
# Only blocks shorter than this many visible characters are put to the vote: a paragraph of
# prose is the rules' to decide (an encyclopedia page lost two of its paragraphs to the vote,
# make eval-boilerplate's traf-zh `with` snippets).
MAX_VOTED_CHARS = 40
# The vote never removes more than this share of the article's text.
VOTE_MAX_SHARE = 0.3
_TABLE = {"td", "th", "tr", "tbody", "thead", "table"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def learned_vote(article: etree._Element, page: etree._Element, audit: Audit,
                 posts: frozenset = frozenset()) -> int:
    """Drop the article's leaf blocks the model calls chrome; their count. `posts`: a thread's
    post boxes (threads.py); a block holding its post's whole message is not voted on."""
    messages = {_message_text(p) for p in posts if p.getparent() is not None} - {""}
    # The short leaf blocks that may be put to the vote, found first: scoring the page (every
    # run's features) is the vote's whole cost, and an article without such a block needs none.
    holders = set()  # the elements with a block inside: not leaf blocks
    for elem in article.iter(*BLOCK_TAGS):
        for above in elem.iterancestors():
            if above in holders:
                break
            holders.add(above)
    voted = []
    for elem in article.iter(*BLOCK_TAGS):
        if elem is article or elem in holders or elem.tag in _TABLE or elem.tag in _HEADINGS:
            continue
        text = "".join(elem.text_content().split())
        if posts and _post_words(elem, text, messages, posts):
            continue
        if len(text) < MAX_VOTED_CHARS and not any(
                a.tag in _TABLE or a.tag in _HEADINGS for a in elem.iterancestors()):
            voted.append((elem, text))
    if not voted:
        return 0
    body = page.find("body")
    # Only the runs that read as a voted block decide anything: the rest are not scored.
    scored = block_probabilities(body if body is not None else page, texts={text for _, text in voted})
    low = {b.text for b, p in scored if p < DROP_BELOW}
    high = {b.text for b, p in scored if p >= DROP_BELOW}
    # A repeated line the model keeps elsewhere on the page stays.
    losers = [elem for elem, text in voted if text in low and text not in high]
    return drop_outvoted(article, losers, audit, "learned", VOTE_MAX_SHARE)


def _post_words(elem: etree._Element, text: str, messages: set[str], posts: frozenset) -> bool:
    """The block is a post's whole message or lies in a quote inside a post."""
    above = list(elem.iterancestors())
    if not any(a in posts for a in above):
        return False
    if text in messages:
        return True
    inside = above[:next(i for i, a in enumerate(above) if a in posts)]
    return is_quote(elem) or any(is_quote(a) for a in inside)


def _message_text(post: etree._Element) -> str:
    """The post's own words, whitespace removed: its text outside quotes of other posts."""
    parts = []

    def walk(elem: etree._Element) -> None:
        if isinstance(elem.tag, str) and is_quote(elem):
            parts.append(elem.tail or "")
            return
        parts.append((elem.text or "") if isinstance(elem.tag, str) else "")
        for child in elem:
            walk(child)
        parts.append(elem.tail or "")

    parts.append(post.text or "")
    for child in post:
        walk(child)
    return "".join("".join(parts).split())

"""The learned block scorer's vote on the article: the short leaf blocks it calls chrome go.

After the rule-based pass has chosen and pruned the article, every text run of the untouched
page is scored (learned.py). A short leaf block of the article whose whole text is a run the
model gives less than DROP_BELOW is dropped (rule `extract.learned`). Table cells are the table's
and never go one by one; headings are the document's structure (a short h1 above an article
scores like a menu label to the model) and are the rules' to decide. The vote never removes
more than VOTE_MAX_SHARE of the article: when the model and the rules disagree that much, the
rules (measured better on whole articles) decide. Chosen by grouped k-fold by site (make
train-blocks, make eval-extract).
"""

from __future__ import annotations

from lxml import etree

from .audit import Audit
from .learned import BLOCK_TAGS, block_probabilities
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


def learned_vote(article: etree._Element, page: etree._Element, audit: Audit) -> int:
    """Drop the article's leaf blocks the model calls chrome; their count."""
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

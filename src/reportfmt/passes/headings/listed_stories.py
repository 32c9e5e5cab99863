"""Stories on a listing page, each its headline over a summary cut short (used by rules.decide).

A news site's tag, category or archive page (a commentary site's tag page, a local news site's
category page, a city office's news archive, a party's daily archive) lists several stories,
each as its headline on a line of its own over the first words of its text, cut off with an
ellipsis ("…", "...", "[…]"). Such a page holds several pieces, each under its own name: the
headlines open samples. One headline over a cut summary is a teaser (a "read more" box); two
at least make the listing.
"""

from __future__ import annotations

from ..regex_cache import LazyPattern
from .measure import BODY_MIN_CHARS, squeeze, visible_len
from .numbering import parse_marker
from .samples import sample_marker

# A listing shows this many stories at least.
STORIES_MIN = 2
# A headline is a short line of words: "区议会讨论行人路扩阔 居民忧影响上落客".
HEADLINE_MIN_CHARS, HEADLINE_MAX_CHARS = 6, 40
# A summary's words cut off where the listing stops showing them: "…", "[…]". (ASCII dots are
# gone by now: the boilerplate pass cuts them off, paywall.yaml's cut-off-dots.)
_CUT = LazyPattern(r"(?:…|\[\s*(?:…|\.{3})\s*\])\s*$")
# A headline holds no finished sentence (an exclamation may stand inside it: "新里程碑! 某市…"),
# and does not end as a clause that goes on.
_SENTENCE = LazyPattern(r"[。；;？?]")
_OPEN_END = LazyPattern(r"[，,：:、；;。！!？?“‘《〈（(【［\[「『…]\s*$")


def _headline(text: str) -> bool:
    text = text.strip()
    return (HEADLINE_MIN_CHARS <= visible_len(text) <= HEADLINE_MAX_CHARS and not _SENTENCE.search(text)
            and not _OPEN_END.search(text) and parse_marker(text) is None
            and sample_marker(text) is None)


def _cut_summary(text: str | None) -> bool:
    return bool(text) and len(squeeze(text)) >= BODY_MIN_CHARS and bool(_CUT.search(text))


def listed_story_lines(texts: list[str | None]) -> frozenset[int]:
    """The headlines of a listing page: lines of a headline's shape, each right over a summary cut
    off with an ellipsis, two of them at least, no two alike (the same line twice is a box the
    page repeats)."""
    over_cut = [i for i in range(len(texts) - 1) if texts[i] and _cut_summary(texts[i + 1])]
    if len(over_cut) < STORIES_MIN:
        return frozenset()
    # Where three posts or more prove the listing (news_items.excerpt_listing), a headline holding
    # one colon or question ("某某活动怎么参加？三步就能完成") is a post's headline too. (news_items
    # is loaded only for a page with cut summaries, as rules.py loads it: the filter's start-up.)
    from .news_items import EXCERPT_INNER_MARKS, excerpt_listing, is_headline

    inner = EXCERPT_INNER_MARKS if excerpt_listing(texts) else 0
    heads = [i for i in over_cut if _headline(texts[i]) or (inner and is_headline(texts[i], inner))]
    if len(heads) < STORIES_MIN or len({squeeze(texts[i]) for i in heads}) < len(heads):
        return frozenset()
    return frozenset(heads)

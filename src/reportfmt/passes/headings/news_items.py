"""News items of a listing page: each headline over its lead paragraph (used by rules.py).

A news column, a tag page or a company's 动态 list prints its items one under the other: the
headline ("某某水务开展汛前管网巡查", "【社区关怀】…延长开放时间 义工增至三百人"), perhaps its date,
then the lead paragraph, perhaps the date, the link or the department below it. A headline is
longer than a section's name (a whole clause: who did what), so the bare-line rules never read
it; what proves it is the lead under it, which tells the same news in the same words (the
headline's word pairs come back in the lead's first sentences: two items, and half of them, at
least), on a page with no other headings, the first with no paragraph above it.
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .measure import OPEN_END, is_body, squeeze, visible_len, word_pairs, wrap_tail
from .numbering import parse_marker

HEADLINE_MIN_CHARS, HEADLINE_MAX_CHARS = 10, 40
# A headline is words: a line of dates and counts ("中华民国 72 年 4 月 29 日制定17条" over the
# next entry of an amendment history) is a record.
HEADLINE_HAN_SHARE = 0.75
_HAN = LazyPattern(r"[\u3400-\u9fff]")
# A list bullet or a column tag before the headline's words: "●", "【社区关怀】".
_LEAD_MARKS = LazyPattern(r"^\s*(?:[●•·◆■▪◎○※]\s*)?(?:[【\[][^】\]]{1,8}[】\]]\s*)?")
_SENTENCE_MARK = LazyPattern(r"[。；;！!？?：:]")
# Lines a listing prints between a headline and its lead, or after the lead: a date (a time with
# it), a link.
_META = LazyPattern(
    r"""^\s*(?:[●•·]\s*)?(?:
          (?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?
        | https?://\S+
        )\s*$""", re.X)
# Lead paragraphs retell their headline: this many of its word pairs (two characters in a row)
# come back in the lead's first characters.
SHARED_PAIRS_MIN = 3
LEAD_READ_CHARS = 80
ITEMS_MIN = 2


def is_headline(text: str, inner_marks: int = 0) -> bool:
    """A headline's shape: a clause of words, no sentence mark, no number, no date or link (up to
    `inner_marks` colons or question marks inside its words where the page proves it a listing of
    excerpts, see excerpt_listing)."""
    words = text[_LEAD_MARKS.match(text).end():]
    length = visible_len(words)
    return (HEADLINE_MIN_CHARS <= length <= HEADLINE_MAX_CHARS
            and len(_HAN.findall(words)) >= HEADLINE_HAN_SHARE * length
            and len(_SENTENCE_MARK.findall(words)) <= inner_marks and not _CLOSING_MARK.search(words)
            and words.rstrip()[-1] not in OPEN_END
            and parse_marker(words) is None and not _META.match(text))


# A listing of excerpts (a tag page, a keyword page, a news column: seen on 12 own-tune sites and
# stored pages): each post is its headline over the first words of its text, which the site cuts
# and marks so ("……", "...", "[…] More"), perhaps its date or file facts under it; three such posts
# in a row prove the page a listing, and their headlines may then ask a question or name a speaker
# before a colon ("志愿者怎么报名？三个条件先看清", "某会长：会馆要向年轻人开门"), as news headlines do
# (an article's paragraphs are not cut by the site; its section names over them stay its own).
EXCERPTS_MIN = 3
EXCERPT_INNER_MARKS = 1
_CLOSING_MARK = LazyPattern(r"[。；;！!]")
_CUT_TAIL_CHARS = 24  # (the cut mark is read in a line's last characters only: hostile long lines)
_CUT_END = LazyPattern(
    r"(?:…|\.{3}|\[…\]|\[\.\.\.\])\s*(?:More|更多|阅读全文|閱讀全文|详情|詳情|全文)?\s*$", re.I)


def is_excerpt(text: str | None) -> bool:
    """A paragraph the site cut short and marked so: a post's excerpt."""
    return bool(text) and is_body(text) and bool(_CUT_END.search(text[-_CUT_TAIL_CHARS:]))


def excerpt_listing(texts: list[str | None]) -> bool:
    """Three posts or more, each a headline-shaped line over its cut excerpt (a date between)."""
    posts = 0
    for index, text in enumerate(texts):
        if text and is_headline(text, EXCERPT_INNER_MARKS) and is_excerpt(_lead_of(texts, index)):
            posts += 1
            if posts >= EXCERPTS_MIN:
                return True
    return False


def _lead_of(texts: list[str | None], index: int) -> str | None:
    """The line under a headline, a date or a link between them aside."""
    below = [i for i in range(index + 1, min(index + 3, len(texts))) if texts[i]]
    if below and _META.match(texts[below[0]]):
        below = below[1:]
    return texts[below[0]] if below else None


def news_items(texts: list[str | None], free, title_key: str | None = None) -> list[int]:
    """The indices of a listing page's headlines, each over its lead (a date or a link may stand
    between them); [] unless two or more are retold by their leads, and half of them at least.
    (A line wrapped inside its sentence is no headline over the rest of it.)"""
    found: list[int] = []
    retold = 0
    excerpts = excerpt_listing(texts)
    for index, text in enumerate(texts):
        if not text or not free(index) or (title_key and squeeze(text) == title_key):
            continue
        lead = _lead_of(texts, index)
        if not (is_headline(text) or (excerpts and is_headline(text, EXCERPT_INNER_MARKS) and is_excerpt(lead))):
            continue
        if lead and _leads(text, lead):
            found.append(index)
            retold += _says_again(text, lead)
    # A listing opens with its first item (under the column's name, the site's lines; the first
    # item's headline may be taken for the page's title, and its lead, which retells the title,
    # stays): a paragraph above it is an article's, whose long bare lines are its own sections.
    # (numbered lines among them: a document's parts, whose bare lines are its own)
    opening = [t for t in (texts[:found[0]] if found else []) if t and is_body(t)
               and not (title_key and _says_again(title_key, t))]
    if (retold < ITEMS_MIN or 2 * retold < len(found) or opening
            or any(parse_marker(t) for t in texts[found[0]:found[-1]] if t)):
        return []
    return found


# The first item's headline is about as long as its siblings' (a few characters more or less): an
# article's title over its shorter section names is no item among them. Up to twice the longest
# when every sibling is retold by its own text (a news column's headlines run from ten characters to
# a clause of twenty and more; an article's section names are not retold by their paragraphs).
FIRST_ITEM_SLACK_CHARS = 4
FIRST_ITEM_MAX_RATIO = 2
FIRST_ITEM_MIN_CHARS = 4
_SENTENCE_END = LazyPattern(r"[。；;！!？?]")


def untitled_first_item(texts: list[str | None], heads: list[int], free) -> int | None:
    """On a page that shows no title of its own (a blog's or a news column's listing), the first
    line over its text when the bare lines below it are proven the page's items (each a headline
    over its text, `heads`): it is the first item's headline, of their shape and length, which no
    paragraph stands above to prove it (the page has no title line either, it opens there)."""
    if len(heads) < ITEMS_MIN:
        return None
    first = next((i for i, text in enumerate(texts) if text and text.strip()), None)
    if first is None or first >= heads[0] - 1 or not free(first):
        return None
    text, below = texts[first].strip(), texts[first + 1]
    lengths = [visible_len(texts[i]) for i in heads]
    longest = max(max(lengths) + FIRST_ITEM_SLACK_CHARS, FIRST_ITEM_MAX_RATIO * max(lengths))
    if visible_len(text) > max(lengths) + FIRST_ITEM_SLACK_CHARS and not all(_retold(texts, i) for i in heads):
        return None
    if not (FIRST_ITEM_MIN_CHARS <= visible_len(text) <= longest
            and visible_len(text) >= min(lengths) - FIRST_ITEM_SLACK_CHARS
            and not _SENTENCE_END.search(text) and text[-1] not in OPEN_END and not is_body(text)
            and parse_marker(text) is None and is_body(below) and not wrap_tail(text, below)):
        return None
    # Items, not an article's sections: each headline comes back in the words of its own text
    # ("县议会审议…施政计画" over "县议会昨天开始审议…施政计画"), the first's and half of the others'.
    # (an article's title is retold by its lead too, its section names by nothing)
    retold = [i for i in heads if _retold(texts, i)]
    return first if _retold(texts, first) and 2 * len(retold) >= len(heads) else None


# Word pairs an item's text shares with its headline, in its first characters.
ITEM_RETOLD_PAIRS = 2


def _retold(texts: list[str | None], index: int) -> bool:
    lead = next((t for t in texts[index + 1:index + 3] if t and is_body(t)), None)
    return bool(lead) and _says_again(texts[index], lead, ITEM_RETOLD_PAIRS)


def retells(headline: str, lead: str) -> bool:
    """`lead` is the text under `headline`, telling the same news in its words (title pages' listing
    test, title_neighbours.heads_retold_listing)."""
    return _leads(headline, lead) and _says_again(headline, lead)


def _leads(headline: str, line: str) -> bool:
    """The line is a paragraph under the headline, not another headline nor the rest of its words."""
    return is_body(line) and not is_headline(line) and not wrap_tail(headline, line)


def _says_again(line: str, lead: str, min_pairs: int = SHARED_PAIRS_MIN) -> bool:
    """The lead's first characters say at least `min_pairs` of the line's word pairs."""
    return len(word_pairs(line) & word_pairs(lead[:LEAD_READ_CHARS])) >= min_pairs


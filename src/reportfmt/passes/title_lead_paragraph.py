"""A paragraph printed above the title: a teaser, a summary or a motto as the page's first line.

Aggregator and blog templates print one paragraph over the article's title: another article's
teaser cut off mid-word, the site's summary of what the document is good for, the site's motto
("…。 by 某某"). It reads as the text begun, so the anchors that find a title (a line the page prints
again below it, a line right over the page's facts row) stopped there, and the page got no title
(a know-how aggregator, a hijacked domain's summary page, a programmers' blog; round 53). Only the
first line is looked past this way, and only for an anchored title right under it: a page whose
text begins there has no title-shaped line printed again under its first paragraph, nor a facts row
under its second line. Used by title_anchors.
"""

from __future__ import annotations

from .patterns import SALUTATION, SECTION_NUMBER
from .regex_cache import LazyPattern
from .title_shape import text_begun

_ROW_BAR = LazyPattern(r"[|｜]")
# A speech's opening: its listeners before a colon and a greeting after it ("老师们、同学们：大家好！",
# "各位来宾：上午好！"). The text's own first line, never a teaser over a title: the line under it
# is the speech's first sentence, whatever facts row follows.
_GREETED = LazyPattern(r"^[^。！!？?]{1,30}[:：]\s*(?:大家|你们|你們|您|各位)?(?:上午|下午|晚上|早上)?好")


def lead_paragraph(texts: list[str], index: int) -> bool:
    """The line above `index` is the page's first line and one paragraph (no section of the text:
    "一、…" numbers the text's own first part), and the line at `index` no row of a table ("| 操作 |
    积分 |" under a paragraph is the text's own table)."""
    if index != 1 or not texts[0] or len(texts) < 2:
        return False
    first = texts[0].strip()
    if SALUTATION.match(first) or _GREETED.match(first):
        return False
    return text_begun(first) and not SECTION_NUMBER.match(first) and not _ROW_BAR.search(texts[1])


def past_lead_paragraph(texts: list[str], index: int) -> bool:
    """`index` lies under the line right under a lead paragraph: past the one line an anchor may
    take there (the text under a paragraph is the text's, whatever comes back below it)."""
    return index > 1 and bool(texts[0]) and text_begun(texts[0].strip())

"""A headline with the page's facts glued after it on its own line.

Government, school and party-school article pages whose template puts the headline and its facts
row in one table cell are scraped as one line: the headline, a space, then "发布日期：… 信息来源：…
审核：…" (a share label, "分享至：", may sit between them). The whole line reads as a meta row, so
the meta-line rules dropped it and the page lost its title. Seen on a county portal's village
letter, a city party school's article page and a municipal party school's campus news (round 53;
the last prints its whole page on that line, too long for a title line, so only the form is shared).
A line no rule takes has its glued facts read by title_neighbours.meta_glued_at; a line the rules
take whole is read here, more strictly: a date among the facts, a headline of six characters.

The headline is the words before the first fact field, when they are title-shaped and long enough
to be a headline, not a channel's name ("公文写作 来源:…" is a channel over its facts row); the
facts after it stay on the line for the meta-line rules, which drop them as before. Used by
title_line.
"""

from __future__ import annotations

from .boilerplate.titles import title_core
from .patterns import DATE
from .regex_cache import LazyPattern
from .title_shape import title_shaped
from .width import fold_width

# The headline's shortest length, spaces aside: a channel's name over its facts ("公文写作",
# "通知公告", "学校新闻") runs four characters, a headline more.
HEADLINE_MIN_CHARS = 6
# Words, one space or more, then an optional share label, then a fact field's label and colon.
_GLUED = LazyPattern(
    r"^(?P<head>[^:：|｜>]+?)\s+(?:分享[至到]\s*[:：]\s*)?"
    r"(?=(?:发布|發布|发表|發表|更新|录入|錄入|公开|公開)?(?:时间|時間|日期)\s*[:：]"
    r"|(?:信息|文章|稿件|资料|資料)?(?:来源|來源)\s*[:：])"
)
# A label, a colon: the head has no field of its own ("作者:某某 发布时间:…").
_FIELD_MARK = LazyPattern(r"[:：]")


def headline_before_facts(line: str) -> int | None:
    """Where the headline ends in a line that glues the page's facts after it (the index in
    `line` of the space before the facts), None when the line is no such headline and facts."""
    folded = fold_width(line)  # (full-width digits as ASCII ones, for the date; same offsets)
    match = _GLUED.match(folded)
    if match is None or not DATE.search(folded, match.end()):
        return None  # (a facts row dates the page)
    head = match.group("head").strip()
    if _FIELD_MARK.search(head) or len("".join(head.split())) < HEADLINE_MIN_CHARS:
        return None
    if not title_shaped(head) or len(title_core(head)) < HEADLINE_MIN_CHARS:
        return None
    return len(line[:match.start("head")]) + len(match.group("head").rstrip())

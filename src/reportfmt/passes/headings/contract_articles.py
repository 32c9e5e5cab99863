"""A contract's named articles: "第一条 服务内容" / "第二条：服务费用" over their clauses are headings.

A law's article is a provision: "第十条 为了…，制定本办法。" holds its sentence on its line, and the
headings pass marks its label (an article label, no section). A contract or an agreement names each
article instead: a short name after the label (no sentence mark in it, no blank to fill), its clauses
on the lines below (a paragraph or a numbered list). Two such articles or more, named articles making
at least half of the page's articles, prove the form; one named article among provisions is a
provision whose sentence happens to be short.
"""

from __future__ import annotations

import re

from ..regex_cache import LazyPattern
from .measure import PINYIN_GLOSS, is_body, squeeze
from .numbering import parse_marker

# The name after the label: Chinese words (a 、, quotes or brackets inside), after a blank, 、 or colon.
_NAME = LazyPattern(r"^[\s、:：]*(?P<name>[\u3400-\u9fff][\u3400-\u9fff、“”《》（）()]{1,15})$")
NAMED_MIN_ARTICLES = 2
# A clause under the name that leads into its blank or list ("甲方出租的商铺位于：") is this long at least
# (a label of a few characters and a colon, "地址：", may be a form's field).
CLAUSE_LEAD_MIN_CHARS = 8
# (a converted page's pinyin readings, "名稱(chēng)", are no words of the name)
_GLOSS = re.compile(PINYIN_GLOSS)


def named_articles(texts: list[str | None]) -> set[int]:
    """Indices of the 第X条 lines that name their article, where the page's articles are named."""
    articles = []
    for index, text in enumerate(texts):
        marker = parse_marker(text) if text else None
        if marker is not None and marker.family == "tiao":
            articles.append((index, _named(texts, index, marker.end)))
    named = {index for index, is_named in articles if is_named}
    if len(named) < NAMED_MIN_ARTICLES or 2 * len(named) < len(articles):
        # "第五条 租赁期限和交付" / "1. 租期…" / "2. …" among "第一条 厂房坐落。" provisions: a named
        # article over its own numbered clauses heads them whatever its neighbours are (a law's
        # article over its items says a sentence first: "第九条 有下列情形之一的，…：")
        return {index for index in named if _over_clauses(texts, index)}
    return named


def _over_clauses(texts: list[str | None], index: int) -> bool:
    following = texts[index + 1] if index + 1 < len(texts) else None
    below = parse_marker(following) if following else None
    return below is not None and below.family != "tiao" and below.number == 1


def _named(texts: list[str | None], index: int, end: int) -> bool:
    """A short name after the label, and the article's clauses on the next line."""
    if not _NAME.match(_GLOSS.sub("", texts[index][end:])):
        return False
    following = texts[index + 1] if index + 1 < len(texts) else None
    if not following or len(squeeze(following)) < 2:
        return False
    below = parse_marker(following)
    # (a clause may end on a colon before its blank or its list: "甲方出租的商铺位于：")
    return (below is not None and below.family != "tiao") or (below is None and (
        is_body(following) or (len(squeeze(following)) >= CLAUSE_LEAD_MIN_CHARS and following.rstrip()[-1] in "：:")))

"""What a page title carries that is not the title: a site's name after a separator, the uploaded
file's extension, which page of the article this is (strip_site_suffix). Used by the title line's
search (title_line) and by the metadata pass."""

from __future__ import annotations

import re

from .patterns import CJK
from .regex_cache import LazyPattern
from .width import fold_width

# "标题_站点名", "标题 - 站点名", "标题|站点名": the site name is not part of the title.
# Three underscores or more are a blank to fill ("甲方:______(委托方)"), never a separator.
_SITE_SUFFIX = re.compile(r"\s*(?:[|｜]+|(?<![_＿])_{1,2}(?![_＿])|\s[-–—]+\s)\s*[^_|｜]{1,30}$")
# "标题-新华网": a dash without spaces only when what follows names a site or a channel.
_SITE_WORD_SUFFIX = re.compile(
    r"\s*[-–—]+\s*[^-–—\s]{1,16}(?:网|站|频道|新闻|论坛|博客|百科|资讯|在线|日报|晚报|时报|中心|\.com|\.cn|\.net)$"
)
# Or a short all-CJK name ("-半月谈"), only after a title much longer than it: "开发文档-编程规范"
# is one title in two parts, not a title and a site; after a double dash ("心得——孫燕") the name
# is the author's.
_SITE_NAME_SUFFIX = re.compile(rf"(?<![-–—])\s*[-–—]\s*([{CJK}]{{2,6}})$")
NAME_SUFFIX_MIN_RATIO = 2


# "家具店员工规章制度.docx": a 文库 page's title is the uploaded file's name.
FILE_EXTENSION = re.compile(r"\s*[.．](?:docx?|pdf|pptx?|xlsx?|txt|wps)$", re.I)
# "讲话汇编-13篇(第3/4页)", "应急预案_第2页": which page of the site's article this is, not the title.
_PAGE_SUFFIX = re.compile(r"\s*(?:[(（]\s*第\s*\d+\s*(?:[/／]\s*\d+\s*)?[页頁]\s*[)）]|[_＿\s]+第\s*\d+\s*[页頁])$")


# What parts a page's <title> into its headline and the site's name after it.
_TITLE_SEPARATORS = frozenset("-_|｜–—:：·•/ \u3000")


def headline_before_suffix(title: str, headline: str) -> str | None:
    """`headline` when the title is it, a separator and more ("标题-某某县人民政府" over the page's
    <h1>标题</h1>): the page's headline says where the site's name starts, which the suffix
    patterns below cannot know for every site ("-某某县人民政府" names no 网/站/频道)."""
    after = title[len(headline):len(headline) + 1]
    return headline if len(headline) >= 2 and title.startswith(headline) and after in _TITLE_SEPARATORS else None


# What a page's headline may add to its <title>: a year, a school year, an issue's number
# ("…项目2025年度报告" over "…项目年度报告", "…2025—2026学年…"), nothing else.
_DATED_EXTRA = LazyPattern(r"^[\d\-–—~/.年度第届期学]+$")


def headline_with_date(title: str, headline: str) -> str | None:
    """`headline` when it is the title (its site's suffix gone) with a year or a period put in: the
    <title> a site shortens leaves the year out, and the document's own headline is its name."""
    short, long = ("".join(text.split()) for text in (title, headline))
    if len(short) < 4 or len(long) <= len(short):
        return None
    extra, at = [], 0
    for char in long:  # the title read along the headline, in order; what is left over is extra
        if at < len(short) and char == short[at]:
            at += 1
        else:
            extra.append(char)
    added = "".join(extra)
    dated = at == len(short) and _DATED_EXTRA.match(added) and any(c.isdigit() for c in added)
    return headline if dated else None


def strip_site_suffix(title: str) -> str:
    """Drop trailing "_站点名" parts (there may be several: "标题__频道_站点") and a file
    extension. Read with full-width letters and digits folded (a full-width ".docx"); what is kept is a
    prefix of the title as written."""
    written = title.strip()
    return written[:len(_stripped(fold_width(written)))]


def _stripped(title: str) -> str:
    title = FILE_EXTENSION.sub("", title) or title
    title = _PAGE_SUFFIX.sub("", title) or title
    while True:
        stripped = _SITE_WORD_SUFFIX.sub("", _SITE_SUFFIX.sub("", title)).strip()
        named = _SITE_NAME_SUFFIX.search(stripped)
        if named and named.start() >= NAME_SUFFIX_MIN_RATIO * len(named.group(1)):
            stripped = stripped[:named.start()].strip()
        if stripped == title or len(stripped) < 2:
            return title
        title = stripped

"""Page metadata read from a whole HTML page: title, publication date, author, site name.

Read before main-content extraction cuts the page down: the date and author often sit in
an info bar above the article, the site name in <meta> tags.

Date, in order of trust:
1. 成文日期 (the date a government document was signed: its own date, not the upload day);
2. a <meta> date (article:published_time, PubDate, ...);
3. a labelled date in visible text (发布时间：, 日期：, 发表于, 发布于), the one nearest the
   article start winning;
4. an unlabelled date with a clock time, then any date, before the article starts, then
   inside it;
5. only a year and month ("《北京之春》1998年3月号", "课题组 2003年5月"): "1998-03", ISO
   8601 reduced precision, rather than inventing a day.
"""

from __future__ import annotations

import re

from ..passes.regex_cache import LazyPattern

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:  # the text path uses the label patterns without loading lxml
    from lxml import etree

# A full date not glued to other digits or slashes ("12/01/2004 - 01/01/2005" is a range of
# US dates, not 2004-01-01): 2023-03-03, 2023/3/3, 2023.03.03, 2023年3月3日.
DATE_YMD = LazyPattern(
    r"(?<![\d/.\-])(?P<year>(?:19|20)\d{2})\s*(?P<sep>[-/.年])\s*(?P<month>1[0-2]|0?[1-9])\s*"
    r"[-/.月]\s*(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)日?"
)
# US order with a 12-hour clock: "9/17/2004 5:54:13 AM" (the AM/PM settles the order).
DATE_US = LazyPattern(
    r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>(?:19|20)\d{2})"
    r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\b",
    re.I,
)
# A clock time right after a date marks a publication stamp, not a date in the prose.
_CLOCK = LazyPattern(r"\s*\d{1,2}[:：]\d{2}")
# Year and month alone, as a magazine issue or a signature line.
YEAR_MONTH = LazyPattern(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月(?:号|份)?(?![\d日])")
_SIGNED_LABEL = re.compile(r"成文日期\s*[:：]?\s*")
_PUB_LABEL = re.compile(
    r"(?:(?:发布|发表|更新|上传|录入|创建|出版)(?:时间|日期|于)|(?<![\u3400-\u9fff])(?:时间|日期)|发布|发表)\s*[:：]?\s*"
)
_META_DATE_NAMES = ("article:published_time", "pubdate", "publishdate", "publish_date", "date",
                    "dc.date", "dc.date.issued", "og:published_time", "datepublished",
                    "og:release_date", "publishtime", "firstpublishedtime")
_META_AUTHOR_NAMES = ("author", "article:author", "dc.creator", "byline")
_META_SITE_NAMES = ("og:site_name", "sitename", "site_name", "application-name", "publisher",
                    "dc.publisher", "source", "og:article:source")
# "作者：张三" / "来源：新华网" in an info bar; the value stops at the next label or space.
_NAME_VALUE = r"(?P<value>[^\s:：|｜/,，;；\"'=<>()（）]{2,%d})"
# The value must end at a delimiter, not run into an attribute ('来源： size="20"').
_NAME_VALUE += r"(?![=\w])"
# 作者 as a word of its own: "优秀教育工作者：王明" (创作者, 写作者, 合作者, 著作者) names a role or an award.
AUTHOR_LABEL = re.compile(r"(?:(?:(?<![工创写合著])作者|记者|撰文|撰稿)\s*[:：]|(?<![\w/])文\s*/)\s*"
                          + _NAME_VALUE % 12)
SOURCE_LABEL = re.compile(r"(?:来源|出处|稿源|转载自)\s*[:：]\s*" + _NAME_VALUE % 30)
# A government page's box of the document's facts (索引号, 发布机构, 成文日期, 文号): its 文号 (发文字号)
# and its issuer (发布机构, 发文机关) are the document's, kept as metadata though the box goes as
# chrome. A 文号 is read in its own shape (机关代字〔年份〕序号号), never a loose value; a label
# inside a longer word ("批准文号") is another label.
DOC_NUMBER_LABEL = re.compile(
    r"(?<![\u3400-\u9fff])(?:发文字号|发文文号|文号)\s*[:：]\s*"
    r"(?P<value>[^\s:：|｜]{0,14}?[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,5}\s*[号號])"
)
ISSUER_LABEL = re.compile(
    r"(?<![\u3400-\u9fff])(?:发布机构|发文机关|发文机构|发文单位|成文机关)\s*[:：]\s*"
    r"(?P<value>[^\s:：|｜/,，;；\"'=<>()（）]{2,30}?)"
    # The value ends at a blank or where the box's next label is glued on ("某某局成文日期：").
    r"(?=\s|[|｜]|(?:成文日期|发文日期|发布日期|索引号|主题分类|文号|发文字号|标题|主题词)\s*[:：]|$)"
)
# A value that is only another label, a date or a placeholder is no value; nor is a form's
# fill-in blank ("作者：________": a template's field, nobody's name).
NOT_A_NAME = LazyPattern(
    r"^(?:\d|[_＿]{2}|时间|日期|发布|来源|作者|编辑|浏览|点击|本站|admin|佚名|未知|匿名|网络|小编|原标题|分享|字号|[大中小]字号)"
    r"|discuz|wordpress|dedecms|phpcms|powered|comsenz",  # software credited in <meta name=author>
    re.I,
)
# Meta lines glued together ("作者:张三来源:新华网", "作者:孫燕瀏覽數:4次"): a value ends where
# the next label starts. A label is a word of the info bar, in simplified or traditional
# characters, with the counter words a view count's label ends in (浏览数, 阅读量, 點擊次數).
_LABEL_WORDS = (
    "来源|來源|作者|责任编辑|責任編輯|编辑|編輯|发布|發布|發佈|更新|时间|時間|日期|"
    "浏览|瀏覽|点击|點擊|阅读|閱讀|人气|人氣|访问|訪問"
)
_NEXT_LABEL = LazyPattern(rf"(?:(?:{_LABEL_WORDS})(?:次数|次數|人次|数|數|量|率)?)+$")


def label_value(match: re.Match[str]) -> str | None:
    """The labelled value with any glued-on next label cut off; None if it is no name."""
    value = match.group("value")
    string = match.string
    after = string[match.end():match.end() + 1]
    if after in (":", "：") and _NEXT_LABEL.search(value):
        value = _NEXT_LABEL.sub("", value)
    if len(value) < 2 or NOT_A_NAME.search(value):
        return None
    return value


# Info bars are near the article start: look this many characters before it.
INFO_WINDOW = 400


# A <title> that opens with its separator ("-某某历史网", "_ 某某网") names the site only: the
# site's template left the article's part empty.
_SITE_ONLY_TITLE = LazyPattern(r"^[-_|｜–—·•:：]")


def page_title(root: etree._Element) -> str | None:
    """The page's <title>; when it names the site only, the page's one headline (an h1 outside
    any link) instead, or None: "-某某网" is no document's title."""
    title = root.find(".//title")
    if title is None or not title.text_content().strip():
        return None
    text = " ".join(title.text_content().split())
    if not _SITE_ONLY_TITLE.match(text):
        return text
    heads = [" ".join(h.text_content().split()) for h in root.iter("h1") if not h.xpath("ancestor::a|.//a")]
    heads = [head for head in heads if head]
    return heads[0] if len(heads) == 1 else None


def _meta(root: etree._Element, names: tuple[str, ...]) -> list[str]:
    found = []
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if name in names and (meta.get("content") or "").strip():
            found.append(meta.get("content").strip())
    return found


def visible_text(root: etree._Element) -> str:
    """The page's text outside links, whitespace collapsed.

    Link text is left out: dates and names in links belong to other pages (archive lists,
    "精选文章(截止2006年8月10日)"), never to this one.
    """
    parts: list[str] = []

    def visit(elem: etree._Element) -> None:
        if elem.tag != "a":
            parts.append(elem.text or "")
            for child in elem:
                if isinstance(child.tag, str):
                    visit(child)
                parts.append(child.tail or "")
        parts.append(" ")

    visit(root)
    return " ".join("".join(parts).split())


def article_offset(page: str, article_text: str) -> int:
    """Where the article starts inside the page text (0 when it cannot be found)."""
    start = " ".join(article_text.split())[:20]
    at = page.find(start) if start else -1
    return max(at, 0)


def page_date(root: etree._Element, article_text: str, page: str | None = None) -> str | None:
    """`page`: visible_text(root), when the caller has it (extraction asks three questions of
    one tree, and the walk was most of each answer's time)."""
    page = visible_text(root) if page is None else page
    signed = _labelled(page, _SIGNED_LABEL)
    if signed:
        return _iso(signed[0][1])
    for content in _meta(root, _META_DATE_NAMES):
        found = DATE_YMD.search(content)
        if found:
            return _iso(found)
    start = article_offset(page, article_text)
    labelled = _labelled(page, _PUB_LABEL)
    if labelled:
        # The label nearest the article start: an info bar sits just above (or below) it.
        return _iso(min(labelled, key=lambda item: abs(item[0] - start))[1])
    before, inside = page[:start], page[start:]
    for text in (before, inside):
        if text is inside and (closing := _closing_date(article_text)) is not None:
            # A document that ends on its date (a notice's 成文日期 under its 落款, a letter's
            # date) is dated by it, not by the first date its text mentions ("12月1日至12月31日").
            return _iso(closing)
        dates = _all_dates(text)
        stamped = [m for m in dates if _CLOCK.match(text, m.end())]
        # Nearest the article: the last date before it, the first inside it; a date with
        # a clock time is a publication stamp and beats one without.
        for found in (stamped, dates):
            if found:
                return _iso(found[-1] if text is before else found[0])
    month = YEAR_MONTH.search(inside) or YEAR_MONTH.search(before)
    if month:
        return f"{int(month.group('year')):04d}-{int(month.group('month')):02d}"
    return None


def _closing_date(article_text: str) -> re.Match[str] | None:
    """The date the article's text ends on (blanks or a full stop after it at most)."""
    tail = article_text.rstrip()[-40:]
    found = [m for m in DATE_YMD.finditer(tail) if tail[m.end():].strip(" 。.") == ""]
    return found[-1] if found else None


def _all_dates(text: str) -> list[re.Match[str]]:
    return sorted([*DATE_YMD.finditer(text), *DATE_US.finditer(text)], key=lambda m: m.start())


def _labelled(text: str, label: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
    found = []
    for match in label.finditer(text):
        date = DATE_YMD.match(text, match.end()) or DATE_US.match(text, match.end())
        if date:
            found.append((match.start(), date))
    return found


def _iso(match: re.Match[str]) -> str:
    year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
    return f"{year:04d}-{month:02d}-{day:02d}"


def page_author(root: etree._Element, article_text: str, page: str | None = None) -> str | None:
    for content in _meta(root, _META_AUTHOR_NAMES):
        # Editor ids ("L_104485") and site lists ("www.x.cn,报业集团") are not authors.
        if not NOT_A_NAME.search(content) and len(content) <= 40 and not re.search(r"[\d,，]|www\.", content):
            return content
    return _labelled_value(root, article_text, AUTHOR_LABEL, page)


def page_site(root: etree._Element, article_text: str, page: str | None = None) -> str | None:
    """The source named in the info bar (来源：新华网), else the site name from <meta>."""
    labelled = _labelled_value(root, article_text, SOURCE_LABEL, page)
    if labelled:
        return labelled
    for content in _meta(root, _META_SITE_NAMES):
        content = re.sub(r"^(?:来源|出处)\s*[:：]\s*", "", content)
        if len(content) <= 40 and not content.startswith(("http", "www")):
            return content
    return None


def page_doc_facts(root: etree._Element, article_text: str, page: str | None = None) -> dict[str, str]:
    """The 文号 and the issuer a government page's box of facts gives the document (DOC_NUMBER_LABEL,
    ISSUER_LABEL), read in the info bar's window around the article's start."""
    facts = {}
    for name, label in (("doc_number", DOC_NUMBER_LABEL), ("issuer", ISSUER_LABEL)):
        if value := _labelled_value(root, article_text, label, page):
            facts[name] = value
    return facts


def _labelled_value(root: etree._Element, article_text: str, label: re.Pattern[str],
                    page: str | None = None) -> str | None:
    """A labelled value in the info bar just before the article, or at the article's top."""
    page = visible_text(root) if page is None else page
    start = article_offset(page, article_text)
    window = page[max(0, start - INFO_WINDOW): start + INFO_WINDOW]
    for match in label.finditer(window):
        value = label_value(match)
        if value:
            return value
    return None

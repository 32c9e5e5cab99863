"""Main-content extraction for full HTML pages: keep the one subtree that holds the article.

Chosen by measurement on ../shared/corpus/web-gold (see tests/eval/eval_boilerplate.py):
trafilatura 2.3.1 and readability-lxml both lose whole pages (forum posts in <td> with <br>
lines, blog templates); a small DOM pass that can be reasoned about does better.

How: every text node votes. Prose outside links counts for its length, link text and text
inside chrome-named containers (nav, footer, comment, sidebar...) count against. The element
whose subtree has the largest total is the article; inside it, child blocks that are mostly
links (related-article lists, pagers) are cut. Forms are never removed wholesale: some
ASP.NET sites wrap the whole body in <form>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from .patterns import CJK, DATE

# Containers whose class or id names say "chrome". Matched on whole words of the attribute.
_CHROME_NAME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|copyright|sidebar|side|aside|comment|comments|"
    r"reply|breadcrumb|crumb|share|related|relate|recommend|hot|ad|ads|banner|login|search|"
    r"toolbar|pager|pagination|tags?|friendlink|links)(?:$|[\s_\d-])",
    re.I,
)
_CHROME_TAGS = {"nav", "footer", "aside"}
# Elements that can hold the article; inline elements never win on their own.
_CANDIDATE_TAGS = {"div", "td", "article", "section", "main", "body", "center", "font", "span",
                   "tbody", "table", "tr", "form", "blockquote", "ul", "ol", "dl", "dd", "p", "pre"}
_BLOCK_TAGS = {"div", "p", "table", "ul", "ol", "dl", "section", "article", "center", "form",
               "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "li", "dd", "dt"}
# Sentence punctuation: its presence is what separates prose from menus and titles.
_PROSE_PUNCT = re.compile(r"[，。！？；：、,.!?;]")
_VISIBLE = re.compile(r"\S")
_CJK = re.compile(rf"[{CJK}]")
_CODE_CHARS = re.compile(r"[{};=]|\":")
CODE_MAX_CJK_SHARE = 0.1
CODE_WEIGHT = -0.5
# Link-heavy child blocks inside the article are cut only when at least this much is links.
CUT_LINK_DENSITY = 0.6
CHROME_WEIGHT = -1.0
LINK_WEIGHT = -0.5
# Text without any sentence punctuation counts for less (menus, labels, button rows).
BARE_TEXT_WEIGHT = 0.3
# The article is the deepest element holding at least this share of the page's prose.
ARTICLE_PROSE_SHARE = 0.7
# A chrome-named container holding more than this share of the page is a layout wrapper.
CHROME_MAX_SHARE = 0.3


@dataclass
class Extracted:
    """The article subtree as HTML, and metadata found anywhere on the page."""

    html: str
    text: str
    title: str | None
    date: str | None


def visible_length(text: str | None) -> int:
    return len(_VISIBLE.findall(text or "")) if text else 0


def _text_weight(text: str | None, *, in_link: bool, in_chrome: bool) -> float:
    n = visible_length(text)
    if not n:
        return 0.0
    if in_link:
        return LINK_WEIGHT * n
    if in_chrome:
        return CHROME_WEIGHT * n
    if n >= 40 and len(_CJK.findall(text)) < CODE_MAX_CJK_SHARE * n and _CODE_CHARS.search(text):
        return CODE_WEIGHT * n  # inline JSON or script text that escaped its tag
    return n if _PROSE_PUNCT.search(text) or n >= 40 else BARE_TEXT_WEIGHT * n


def _is_chrome(elem: etree._Element, page_chars: int) -> bool:
    """Chrome by tag or name, unless it holds most of the page (layout wrappers named "nav-open")."""
    names = f"{elem.get('class', '')} {elem.get('id', '')}"
    if elem.tag not in _CHROME_TAGS and not _CHROME_NAME.search(names):
        return False
    return visible_length(elem.text_content()) < CHROME_MAX_SHARE * page_chars


@dataclass
class Votes:
    """The votes of a subtree's text: net total, prose alone, visible and link characters."""

    total: float = 0.0
    prose: float = 0.0
    chars: int = 0
    links: int = 0

    def add(self, text: str | None, *, in_link: bool, in_chrome: bool) -> None:
        weight = _text_weight(text, in_link=in_link, in_chrome=in_chrome)
        n = visible_length(text)
        self.total += weight
        self.prose += max(weight, 0.0)
        self.chars += n
        self.links += n if in_link else 0

    def merge(self, other: Votes) -> None:
        self.total += other.total
        self.prose += other.prose
        self.chars += other.chars
        self.links += other.links


def score_tree(root: etree._Element) -> dict[etree._Element, Votes]:
    """Per element: the votes of its whole subtree."""
    scores: dict[etree._Element, Votes] = {}
    page_chars = visible_length(root.text_content())

    def visit(elem: etree._Element, in_link: bool, in_chrome: bool) -> Votes:
        in_link = in_link or elem.tag == "a"
        in_chrome = in_chrome or _is_chrome(elem, page_chars)
        votes = Votes()
        votes.add(elem.text, in_link=in_link, in_chrome=in_chrome)
        for child in elem:
            if isinstance(child.tag, str):
                votes.merge(visit(child, in_link, in_chrome))
            # The tail belongs to the parent: it is outside the child's link or chrome box.
            votes.add(child.tail, in_link=in_link, in_chrome=in_chrome)
        scores[elem] = votes
        return votes

    visit(root, False, False)
    return scores


def best_subtree(root: etree._Element) -> etree._Element:
    scores = score_tree(root)
    """The deepest candidate that still holds most of the page's prose."""
    needed = ARTICLE_PROSE_SHARE * scores[root].prose
    candidates = [e for e in scores if e.tag in _CANDIDATE_TAGS and scores[e].prose >= needed]
    if not candidates:
        return root
    # Among nested candidates the deepest has the least prose; ties go to the deepest.
    return min(candidates, key=lambda e: (scores[e].prose, -len(list(e.iterancestors()))))


def keep_best_run(article: etree._Element) -> None:
    """In a flat page (paragraphs beside menu tables), keep the best contiguous run of children."""
    scores = score_tree(article)
    children = [c for c in article if isinstance(c.tag, str)]
    if len(children) < 2:
        return
    values = [scores[c].total + _text_weight(c.tail, in_link=False, in_chrome=False) for c in children]
    best, best_span, running, start = float("-inf"), (0, len(children)), 0.0, 0
    for index, value in enumerate(values):
        if running <= 0:
            running, start = value, index
        else:
            running += value
        if running > best:
            best, best_span = running, (start, index + 1)
    first, stop = best_span
    for child in children[:first] + children[stop:]:
        article.remove(child)


def cut_link_blocks(article: etree._Element) -> None:
    """Remove child blocks of the article that are mostly links (related lists, pagers)."""
    scores = score_tree(article)
    for elem in list(article.iter()):
        if elem is article or not isinstance(elem.tag, str) or elem.tag not in _BLOCK_TAGS:
            continue
        if elem.getparent() is None:
            continue
        votes = scores.get(elem)
        if votes and votes.chars and votes.links / votes.chars >= CUT_LINK_DENSITY and votes.total < 0:
            elem.drop_tree()


def page_title(root: etree._Element) -> str | None:
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        return " ".join(title.text_content().split())
    return None


_META_DATE_NAMES = ("article:published_time", "pubdate", "publishdate", "publish_date", "date",
                    "dc.date", "dc.date.issued", "og:published_time", "datepublished")
_DATE_LABELLED = re.compile(r"(?:发布|发表|更新|上传|录入|创建)?(?:时间|日期)\s*[:：]?\s*")


def page_date(root: etree._Element, article: etree._Element) -> str | None:
    """The publication date: a meta tag, else the first labelled or bare date near the article."""
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if name in _META_DATE_NAMES:
            found = DATE.search(meta.get("content", ""))
            if found:
                return _iso(found)
    text = root.text_content() if root is not None else ""
    labelled = [m for m in _DATE_LABELLED.finditer(text) if DATE.match(text, m.end())]
    if labelled:
        return _iso(DATE.match(text, labelled[0].end()))
    # No label: the first date that appears before the article text starts, else inside it.
    start = article.text_content().strip()[:20]
    cut = text.find(start) if start else -1
    found = DATE.search(text, 0, cut if cut > 0 else len(text))
    if found is None and cut > 0:
        found = DATE.search(article.text_content())
    return _iso(found) if found else None


def _iso(match: re.Match[str]) -> str:
    year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
    return f"{year:04d}-{month:02d}-{day:02d}"


def extract_main(cleaned_html: str) -> Extracted:
    """The article subtree of a pre-cleaned page (scripts, frames, images already gone)."""
    root = lxml.html.document_fromstring(cleaned_html)
    for comment in root.xpath("//comment()"):
        comment.drop_tree() if comment.getparent() is not None else None
    body = root.find("body")
    article = best_subtree(body if body is not None else root)
    title = page_title(root)
    date = page_date(root, article)
    keep_best_run(article)
    cut_link_blocks(article)
    if article.tag == "td":
        article.tag = "div"  # a lone cell is not a table
    inner = lxml.html.tostring(article, encoding="unicode")
    if article.tag in ("tr", "tbody"):
        inner = f"<table>{inner}</table>"
    return Extracted(html=f"<html><body>{inner}</body></html>", text=article.text_content(),
                     title=title, date=date)

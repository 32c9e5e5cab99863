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

from ..passes.patterns import CHROME_MAX_SHARE, CHROME_NAME, CJK
from .pagemeta import page_author, page_date, page_site, page_title

_CHROME_TAGS = {"nav", "footer", "aside"}
# Elements that can hold the article; inline elements never win on their own.
_CANDIDATE_TAGS = {"div", "td", "article", "section", "main", "body", "center", "font", "span",
                   "tbody", "table", "tr", "form", "blockquote", "ul", "ol", "dl", "dd", "p", "pre"}
_BLOCK_TAGS = {"div", "p", "table", "ul", "ol", "dl", "section", "article", "center", "form",
               "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "li", "dd", "dt"}
# Sentence punctuation: its presence is what separates prose from menus and titles.
_PROSE_PUNCT = re.compile(r"[，。！？；：、,.!?;]")
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


@dataclass
class Extracted:
    """The article subtree, and metadata found anywhere on the page."""

    article: etree._Element
    text: str
    title: str | None
    date: str | None
    author: str | None = None
    site: str | None = None

    @property
    def html(self) -> str:
        inner = lxml.html.tostring(self.article, encoding="unicode")
        if self.article.tag in ("tr", "tbody"):
            inner = f"<table>{inner}</table>"
        return f"<html><body>{inner}</body></html>"


def visible_length(text: str | None) -> int:
    """Characters that are not whitespace (str.split: far faster than a regex findall)."""
    return len("".join(text.split())) if text else 0


def _text_weight(text: str | None, *, in_link: bool, in_chrome: bool, n: int | None = None) -> float:
    if n is None:
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
    if elem.tag not in _CHROME_TAGS and not CHROME_NAME.search(names):
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
        n = visible_length(text)
        if not n:
            return
        weight = _text_weight(text, in_link=in_link, in_chrome=in_chrome, n=n)
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


# Besides the best run, a later or earlier run of prose this large (absolute and relative
# to the best) is body text separated by a widget (a song list, a gallery): kept too.
SECOND_RUN_MIN = 150
SECOND_RUN_SHARE = 0.1


def keep_best_run(article: etree._Element) -> None:
    """In a flat page (paragraphs beside menu tables), keep the best contiguous runs of children.

    The best run (maximum sum of child scores) is kept, and so is any other positive run
    big enough to be body text: an encyclopaedia page's sections continue after a
    link-heavy widget in the middle. The negative children between runs go.
    """
    scores = score_tree(article)
    children = [c for c in article if isinstance(c.tag, str)]
    if len(children) < 2:
        return
    values = [scores[c].total + _text_weight(c.tail, in_link=False, in_chrome=False) for c in children]
    best = _best_run(values, 0, len(values))
    if best is None:
        return
    floor = max(SECOND_RUN_MIN, SECOND_RUN_SHARE * best[0])
    keep = [False] * len(children)
    pending = [best]
    while pending:
        _, first, stop = pending.pop()
        keep[first:stop] = [True] * (stop - first)
        for lo, hi in ((0, first), (stop, len(values))):
            inner = _best_run(values, lo, hi)
            if inner is not None and inner[0] >= floor and not any(keep[inner[1]:inner[2]]) \
                    and not _repeats_kept(children[inner[1]:inner[2]], children, keep):
                pending.append(inner)
    for child, kept in zip(children, keep, strict=True):
        if not kept:
            article.remove(child)


def _repeats_kept(run: list[etree._Element], children: list[etree._Element], keep: list[bool]) -> bool:
    """A run whose lines mostly appear in what is kept is a second copy of the article."""
    kept = "".join("".join(c.text_content().split()) for c, k in zip(children, keep, strict=True) if k)
    lines = ["".join(line.split()) for c in run for line in c.text_content().splitlines()]
    lines = [line for line in lines if len(line) >= 20]
    total = sum(map(len, lines))
    return total > 0 and sum(len(line) for line in lines if line in kept) > total / 2


def _best_run(values: list[float], lo: int, hi: int) -> tuple[float, int, int] | None:
    """The contiguous slice of values[lo:hi] with the largest sum (Kadane), if positive."""
    best, running, start = None, 0.0, lo
    for index in range(lo, hi):
        if running <= 0:
            running, start = values[index], index
        else:
            running += values[index]
        if running > 0 and (best is None or running > best[0]):
            best = (running, start, index + 1)
    return best


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


# A block repeating an earlier block's text at least this long is a second copy of it
# (mobile and accessible versions of the page, print copies, "摘要" boxes).
REPEAT_MIN_CHARS = 30
# Tags that can hold a copy; inline and table-row tags are covered by their containers.
_COPY_TAGS = {"div", "p", "section", "article", "td", "table", "ul", "ol", "dl", "blockquote",
              "pre", "li", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "center"}


def drop_repeated_copies(body: etree._Element) -> None:
    """Keep only the first copy of a block whose whole text appears earlier on the page.

    Many pages carry the article twice (a desktop and a mobile or barrier-free version):
    no single container then holds most of the prose, and the extractor would keep both.
    Nested blocks are visited parent first, so a whole repeated container goes at once.
    """
    seen: dict[str, etree._Element] = {}
    gone: set[etree._Element] = set()
    for elem in list(body.iter(*_COPY_TAGS)):
        ancestors = set(elem.iterancestors())
        if ancestors & gone:
            continue
        key = "".join(elem.text_content().split())
        if len(key) < REPEAT_MIN_CHARS:
            continue
        first = seen.get(key)
        if first is None or first in ancestors:
            # A wrapper's only child has the wrapper's text: that is not a second copy.
            seen[key] = elem
        elif elem.getparent() is not None:
            gone.add(elem)
            elem.drop_tree()


# A chrome-named block (comment list, share bar) inside the article goes unless it holds
# at least this share of the article: then the name describes a layout wrapper.
CHROME_BLOCK_MAX_SHARE = 0.5


def cut_chrome_blocks(article: etree._Element) -> None:
    """Remove chrome-named containers (comments, share bars, tags) nested in the article."""
    total = visible_length(article.text_content())
    for elem in list(article.iter()):
        if elem is article or not isinstance(elem.tag, str) or elem.getparent() is None:
            continue
        names = f"{elem.get('class', '')} {elem.get('id', '')}"
        if elem.tag not in _CHROME_TAGS and not CHROME_NAME.search(names):
            continue
        if visible_length(elem.text_content()) < CHROME_BLOCK_MAX_SHARE * total:
            elem.drop_tree()


# Sibling posts: a blog or forum page lists several entries, each a container that starts
# with its own title and a date stamp. The first entry is the page's article.
POST_HEAD_CHARS = 80
POST_MIN_PROSE = 0.7
_POST_TAGS = {"div", "tr", "table", "article", "section", "li", "dl", "tbody"}
_POST_STAMP = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}")


def keep_first_post(article: etree._Element) -> None:
    """When the article is a list of dated posts of one shape, keep only the first post."""
    scores = score_tree(article)
    for parent in [article, *article.iterdescendants()]:
        if not isinstance(parent.tag, str):
            continue
        posts = [c for c in parent if _looks_like_post(c)]
        if len(posts) < 2 or len({_shape(p) for p in posts}) != 1:
            continue
        prose = sum(scores[p].prose for p in posts if p in scores)
        if prose < POST_MIN_PROSE * scores[article].prose:
            continue
        first = posts[0]
        # Everything after the first post inside this parent is other posts and their chrome.
        for later in list(first.itersiblings()):
            if isinstance(later.tag, str):
                later.drop_tree()
        return


def _looks_like_post(elem: etree._Element) -> bool:
    if not isinstance(elem.tag, str) or elem.tag not in _POST_TAGS:
        return False
    head = " ".join(elem.text_content().split())[:POST_HEAD_CHARS]
    stamp = _POST_STAMP.search(head)
    # The stamp follows a title (some text before it) and more text follows the head.
    return bool(stamp) and stamp.start() > 0 and visible_length(elem.text_content()) > 2 * POST_HEAD_CHARS


def _shape(elem: etree._Element) -> tuple[str, str, tuple[str, ...]]:
    """Tag, class and child tags: posts rendered by one template share them."""
    children = tuple(c.tag for c in elem if isinstance(c.tag, str))
    return elem.tag, elem.get("class", ""), children


# A summary or lead printed above the article, outside its container (encyclopaedia
# lemma summaries, news standfirsts): clean prose of at least LEAD_MIN_PROSE characters,
# few links, found while climbing ancestors that add little prose beside the article.
LEAD_MIN_PROSE = 100
LEAD_MAX_LINK_SHARE = 0.25
LEAD_CLIMB_SHARE = 1.25
# Inside a lead candidate, keep the deepest block holding this share of its prose.
LEAD_CORE_SHARE = 0.9


def rescue_lead(body: etree._Element, article: etree._Element) -> None:
    """Move a prose block that sits just before the article (outside it) to its top."""
    scores = score_tree(body)
    limit = LEAD_CLIMB_SHARE * scores[article].prose
    page_chars = scores[body].chars
    child = article
    for ancestor in article.iterancestors():
        if ancestor is body or ancestor not in scores or scores[ancestor].prose > limit:
            return
        for earlier in child.itersiblings(preceding=True):
            if not isinstance(earlier.tag, str) or _is_chrome(earlier, page_chars):
                continue
            votes = scores[earlier]
            if votes.prose >= LEAD_MIN_PROSE and votes.links <= LEAD_MAX_LINK_SHARE * votes.chars:
                core = min(
                    (e for e in earlier.iter() if e in scores and scores[e].prose >= LEAD_CORE_SHARE * votes.prose),
                    key=lambda e: (scores[e].prose, -len(list(e.iterancestors()))),
                )
                article.insert(0, core)  # moves it
                return
        child = ancestor


def extract_main(page: str | etree._Element) -> Extracted:
    """The article subtree of a pre-cleaned page (scripts, frames, images already gone).

    Takes the parsed tree (read/html.py parses once) or HTML text; a tree is cut in place.
    """
    root = lxml.html.document_fromstring(page) if isinstance(page, str) else page
    for comment in root.xpath("//comment()"):
        comment.drop_tree() if comment.getparent() is not None else None
    body = root.find("body")
    body = body if body is not None else root
    drop_repeated_copies(body)
    article = best_subtree(body)
    rescue_lead(body, article)
    article_text = article.text_content()
    title = page_title(root)
    date = page_date(root, article_text)
    author, site = page_author(root, article_text), page_site(root, article_text)
    keep_best_run(article)
    cut_link_blocks(article)
    cut_chrome_blocks(article)
    keep_first_post(article)
    if article.tag == "td":
        article.tag = "div"  # a lone cell is not a table
    return Extracted(article=article, text=article.text_content(), title=title, date=date,
                     author=author, site=site)

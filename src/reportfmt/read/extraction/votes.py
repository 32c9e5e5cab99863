"""Every text node votes: prose outside links counts for its length, link text and text in
chrome-named containers (nav, footer, comment, sidebar...) count against.

The votes of a subtree say how much article prose it holds; candidates.py and pruning.py
decide with them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lxml import etree

# CHROME_NAME and CHROME_MAX_SHARE live with the shared patterns: the filter's chrome Divs use
# them too, without loading lxml.
from ...passes.patterns import CHROME_MAX_SHARE, CHROME_NAME, CJK

CHROME_TAGS = {"nav", "footer", "aside"}
# Sentence punctuation: its presence is what separates prose from menus and titles. ASCII
# marks between digits are numbers ("3.45%", "00:00", "18,652.59"), not sentences: a video
# player's controls and a stock ticker are not prose.
_PROSE_PUNCT = re.compile(r"[，。！？；：、]|(?<!\d)[,.!?;:]|[,.!?;:](?!\d)")
_CJK = re.compile(rf"[{CJK}]")
_NOT_CJK = re.compile(rf"[^{CJK}]+")
# Script or JSON text: braces, an assignment, a quoted key, a semicolon run into the next
# statement (a=1;b=2). English prose puts a space after its semicolon ("…English; an…").
_CODE_CHARS = re.compile(r"[{}=]|;(?=\S)|\":")
CODE_MAX_CJK_SHARE = 0.1
CODE_WEIGHT = -0.5
# Code the author shows in a <pre> block is content (a technical article is half code): it
# counts for, at half weight, so it does not split the article's run of paragraphs.
PRE_WEIGHT = 0.5
CHROME_WEIGHT = -1.0
LINK_WEIGHT = -0.5
# Text without any sentence punctuation counts for less (menus, labels, button rows).
BARE_TEXT_WEIGHT = 0.3
# A footer (by tag or name) sits at the end of the page: only holding most of the page makes
# it a wrapper. A short forum page's copyright block can be a third of its text.
FOOTER_NAME = re.compile(r"(?:^|[\s_-])(?:footer|foot|copyright)(?:$|[\s_\d-])", re.I)
FOOTER_MAX_SHARE = 0.5
# Attribute set (on extraction's working copy) on the items of a news feed (teasers.py):
# all their text votes as link text.
TEASER_MARK = "data-reportfmt-teaser"


def visible_length(text: str | None) -> int:
    """Characters that are not whitespace (str.split: far faster than a regex findall)."""
    return len("".join(text.split())) if text else 0


def drop_outvoted(article, losers: list, audit, reason: str, max_share: float) -> int:
    """Drop the blocks a second opinion (the learned scorer, another extractor) voted out of the
    article, unless they hold more than max_share of its visible text: a disagreement that large
    says the two disagree on where the article is, not on its edges. Returns how many went."""
    lost = sum(visible_length(e.text_content()) for e in losers)
    if not losers or lost > max_share * visible_length(article.text_content()):
        return 0
    for elem in losers:
        audit.drop(elem, reason)
    return len(losers)


def cjk_count(text: str | None) -> int:
    """The characters _CJK matches, counted as what is left once the others go (findall built
    a string per character: about half the time on a paragraph)."""
    return len(_NOT_CJK.sub("", text)) if text else 0


def chrome_names(elem: etree._Element) -> str:
    return f"{elem.get('class', '')} {elem.get('id', '')}"


def named_chrome(elem: etree._Element) -> bool:
    """Chrome by tag or by a class/id word, whatever its size."""
    return elem.tag in CHROME_TAGS or _chrome_named(chrome_names(elem))


@functools.lru_cache(maxsize=4096)
def _chrome_named(names: str) -> bool:
    """CHROME_NAME in an element's class and id, kept per distinct pair: a template repeats
    a few names over a page's thousands of elements (most have none), and the search was
    asked 56,000 times on half the bench pages."""
    return bool(CHROME_NAME.search(names))


# chrome_names of an element with neither a class nor an id ("" and "" joined by a space).
_BLANK_NAMES_CHROME = bool(CHROME_NAME.search(" "))


def text_weight(text: str | None, *, in_link: bool, in_chrome: bool, n: int | None = None,
                in_pre: bool = False) -> float:
    if n is None:
        n = visible_length(text)
    if not n:
        return 0.0
    if in_link:
        return LINK_WEIGHT * n
    if in_chrome:
        return CHROME_WEIGHT * n
    if in_pre:
        return PRE_WEIGHT * n
    if n >= 40 and cjk_count(text) < CODE_MAX_CJK_SHARE * n and _CODE_CHARS.search(text):
        return CODE_WEIGHT * n  # inline JSON or script text that escaped its tag
    return n if _PROSE_PUNCT.search(text) or n >= 40 else BARE_TEXT_WEIGHT * n


# A chrome-named box holding more than this share of the page's sentences is the article's box
# under a layout's name ("main-sidebar", a theme's "footer-wrap" column), not chrome.
NAMED_PROSE_SHARE = 0.5
# Sentence ends: what a paragraph has and a menu, a footer's links or a sidebar's titles lack.
_SENTENCE_END = re.compile(r"[。！？；]")
# Comments stay chrome whatever their size: the thread step tells a discussion from an
# article's comments (threads.py), as cut_chrome_blocks leaves them to it.
_COMMENT_NAME = re.compile(r"(?:^|[\s_-])(?:comment|comments|commentlist|reply)(?:$|[\s_\d-])", re.I)


# The text nodes under an element, and those of them inside a link: XPath's node sets count a
# node once however many links enclose it, so the second set is what `not(ancestor::a)` leaves
# out below the element. The ancestor test per text node walked up to the root each time
# (3.5 ms a corpus page for the page's own count); plain strings, no smart-string proxies.
_TEXT_NODES = etree.XPath(".//text()", smart_strings=False)
_LINK_TEXT_NODES = etree.XPath(".//a//text()", smart_strings=False)
_IN_LINK = etree.XPath("boolean(ancestor-or-self::a)")


def sentence_chars(elem: etree._Element) -> int:
    """Characters of the text nodes under `elem` that hold a sentence end, outside links."""
    if _IN_LINK(elem):
        return 0
    return _sentence_sum(_TEXT_NODES(elem)) - _sentence_sum(_LINK_TEXT_NODES(elem))


def _sentence_sum(texts: list[str]) -> int:
    search = _SENTENCE_END.search
    return sum(visible_length(t) for t in texts if search(t))


def holds_page_prose(elem: etree._Element, page_sentences: int) -> bool:
    """Most of the page's sentences lie in `elem` (and its name is not a comment list's)."""
    return page_sentences > 0 and not _COMMENT_NAME.search(chrome_names(elem)) \
        and sentence_chars(elem) > NAMED_PROSE_SHARE * page_sentences


def is_chrome(elem: etree._Element, page_chars: int) -> bool:
    """Chrome by tag or name, unless it holds most of the page (layout wrappers named "nav-open")."""
    if not named_chrome(elem):
        return False
    footer = elem.tag == "footer" or bool(FOOTER_NAME.search(chrome_names(elem)))
    share = FOOTER_MAX_SHARE if footer else CHROME_MAX_SHARE
    return visible_length(elem.text_content()) < share * page_chars


@dataclass
class Votes:
    """The votes of a subtree's text: net total, prose alone, visible and link characters."""

    total: float = 0.0
    prose: float = 0.0
    chars: int = 0
    links: int = 0

    def add(self, text: str | None, *, in_link: bool, in_chrome: bool, in_pre: bool = False) -> None:
        # Most texts and tails of a page's tree are None or the blanks between tags (isspace
        # and split agree on what a blank is): settled without counting.
        if not text or text.isspace():
            return
        n = visible_length(text)
        if not n:
            return
        weight = text_weight(text, in_link=in_link, in_chrome=in_chrome, n=n, in_pre=in_pre)
        self.total += weight
        self.prose += max(weight, 0.0)
        self.chars += n
        self.links += n if in_link else 0

    def merge(self, other: Votes) -> None:
        self.total += other.total
        self.prose += other.prose
        self.chars += other.chars
        self.links += other.links

    @property
    def link_density(self) -> float:
        return self.links / self.chars if self.chars else 0.0


def score_tree(root: etree._Element, posts: frozenset = frozenset()) -> dict[etree._Element, Votes]:
    """Per element: the votes of its whole subtree.

    Inside `posts` (a thread's posts, a page's comments: threads.py) class names do not make
    chrome: "comment-content" is the content there. Nor does a name on a box holding most of
    the page's sentences (holds_page_prose): found by rebuilding the tuning pages with content
    and chrome words traded in their class names (tests/eval/perturb_extract.py, kind "swap"):
    the article's box named "footer" or "sidebar" voted against its own paragraphs.
    """
    scores: dict[etree._Element, Votes] = {}
    page_chars = visible_length(root.text_content())
    page_sentences: list[int] = []  # counted on first need: most pages name no box that holds prose

    def named_not_prose(elem: etree._Element, tag: str) -> bool:
        # Most elements have neither a class nor an id: not chrome by name then, unless by tag
        # (named_chrome's answer for the blank names, asked once; the walk asks every element).
        if tag not in CHROME_TAGS and elem.get("class") is None and elem.get("id") is None \
                and not _BLANK_NAMES_CHROME:
            return False
        if not is_chrome(elem, page_chars):
            return False
        if not page_sentences:
            page_sentences.append(sentence_chars(root))
        return not holds_page_prose(elem, page_sentences[0])

    # The blanks between tags and the absent texts are most of a tree's texts and tails: they
    # are settled here, before a call to Votes.add (which would settle them the same way).
    def visit(elem: etree._Element, in_link: bool, in_chrome: bool, in_post: bool, in_pre: bool) -> Votes:
        tag = elem.tag
        in_link = in_link or tag == "a" or TEASER_MARK in elem.attrib
        in_pre = in_pre or tag == "pre"
        if posts and elem in posts:
            in_post, in_chrome = True, False
        elif not in_post:
            in_chrome = in_chrome or named_not_prose(elem, tag)
        votes = Votes()
        text = elem.text
        if text and not text.isspace():
            votes.add(text, in_link=in_link, in_chrome=in_chrome, in_pre=in_pre)
        for child in elem:
            if isinstance(child.tag, str):
                votes.merge(visit(child, in_link, in_chrome, in_post, in_pre))
            # The tail belongs to the parent: it is outside the child's link or chrome box.
            tail = child.tail
            if tail and not tail.isspace():
                votes.add(tail, in_link=in_link, in_chrome=in_chrome, in_pre=in_pre)
        scores[elem] = votes
        return votes

    visit(root, False, False, False, root.tag == "pre")
    return scores


class ScoreMemo:
    """score_tree's answers, kept until the tree is cut.

    Extraction asks for the votes of the page (and then of the article) about six times, and
    between most of those asks nothing was cut: one walk per (root, posts) serves them all.
    Whoever changes the tree calls forget() (Audit.drop does, for every cut it records).
    Nothing may change a Votes it gets: the same objects are handed out again.
    """

    def __init__(self) -> None:
        self._memo: dict[tuple[etree._Element, frozenset], dict[etree._Element, Votes]] = {}
        self._derived: dict[tuple, object] = {}

    def scores(self, root: etree._Element, posts: frozenset = frozenset()) -> dict[etree._Element, Votes]:
        key = (root, posts)
        if key not in self._memo:
            self._memo[key] = score_tree(root, posts)
        return self._memo[key]

    def derived(self, key: tuple, make):
        """make()'s answer, kept as long as the scores are (until forget): an answer read from
        the scores and the tree under them that a later step asks again before anything is cut
        (pruning.article_boxes: keep_best_run's, then cut_link_blocks', a walk of every block
        of the article, ~5 s each on a 50,000-row table)."""
        if key not in self._derived:
            self._derived[key] = make()
        return self._derived[key]

    def forget(self) -> None:
        self._memo.clear()
        self._derived.clear()

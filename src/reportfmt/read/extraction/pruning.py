"""Cuts inside the chosen article: the off-topic runs of a flat page, link lists, chrome-named
blocks and, on a blog front page, the posts after the first. Each cut is recorded."""

from __future__ import annotations

import re

from lxml import etree

from .audit import Audit, reason_for
from .votes import CHROME_NAME, CHROME_TAGS, TEASER_MARK, Votes, chrome_names, text_weight, visible_length

_BLOCK_TAGS = {"div", "p", "table", "ul", "ol", "dl", "section", "article", "center", "form",
               "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "li", "dd", "dt"}
# Link-heavy child blocks inside the article are cut only when at least this much is links.
CUT_LINK_DENSITY = 0.6
# ... and, as a whole, only when they hold at most this share of the article's prose: a block
# holding most of its sentences is the article's box with link lists inside (a "related" box
# or ad cards printed in the content box); those lists are cut as blocks of their own.
CUT_LINK_MAX_PROSE_SHARE = 0.5
# Besides the best run, a later or earlier run of prose this large (absolute and relative
# to the best) is body text separated by a widget (a song list, a gallery): kept too.
SECOND_RUN_MIN = 150
SECOND_RUN_SHARE = 0.1


def keep_best_run(article: etree._Element, audit: Audit, keep_always: frozenset = frozenset()) -> None:
    """In a flat page (paragraphs beside menu tables), keep the best contiguous runs of children.

    The best run (maximum sum of child scores) is kept, and so is any other positive run
    big enough to be body text: an encyclopaedia page's sections continue after a
    link-heavy widget in the middle. The negative children between runs go.
    """
    scores = audit.votes.scores(article, keep_always)
    children = [c for c in article if isinstance(c.tag, str)]
    if len(children) < 2:
        return
    values = [scores[c].total + text_weight(c.tail, in_link=False, in_chrome=False) for c in children]
    # A child holding most of the article's sentences outside its link lists is worth what is
    # left once those lists are cut on their own (cut_link_blocks), not cut with its paragraphs.
    saved = _article_boxes(article, audit, keep_always)
    values = [max(value, saved.get(child, value)) for child, value in zip(children, values, strict=True)]
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
        if not kept and not _inside(child, keep_always):
            audit.drop(child, reason_for(child, scores[child], "low-prose"))


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


def cut_link_blocks(article: etree._Element, audit: Audit, keep_always: frozenset = frozenset()) -> None:
    """Remove child blocks of the article that are mostly links (related lists, pagers)."""
    scores = audit.votes.scores(article, keep_always)
    saved = _article_boxes(article, audit, keep_always)
    # A thread read as one box, the article itself, protects no feed inside it (the related
    # questions under a short Q&A page's one answer, each a linked question and its summary:
    # teasers.py), as it protects no box named as related reading (cut_chrome_blocks).
    feed_guard = keep_always - {article}
    for elem in list(article.iter()):
        if elem is article or not isinstance(elem.tag, str) or elem.tag not in _BLOCK_TAGS:
            continue
        if elem.getparent() is None or _inside(elem, feed_guard if _feed(elem) else keep_always):
            continue
        votes = scores.get(elem)
        if _link_list(votes) and elem not in saved:
            audit.drop(elem, "link-dense")


def _feed(elem: etree._Element) -> bool:
    """`elem` is a feed's item or holds the items of one (marked by teasers.py)."""
    return TEASER_MARK in elem.attrib or any(TEASER_MARK in c.attrib for c in elem if isinstance(c.tag, str))


def _link_list(votes: Votes | None) -> bool:
    """A block cut_link_blocks cuts: mostly links, and they outweigh its sentences."""
    return bool(votes and votes.chars and votes.links / votes.chars >= CUT_LINK_DENSITY and votes.total < 0)


def _article_boxes(article: etree._Element, audit: Audit, keep_always: frozenset) -> dict[etree._Element, float]:
    """article_boxes of the article under its scores, walked once while nothing is cut: when
    keep_best_run cuts nothing, cut_link_blocks asks the same of the same tree."""
    scores = audit.votes.scores(article, keep_always)
    return audit.votes.derived(("article_boxes", article, keep_always), lambda: article_boxes(article, scores))


def article_boxes(article: etree._Element, scores: dict) -> dict[etree._Element, float]:
    """The blocks inside `article` that hold over CUT_LINK_MAX_PROSE_SHARE of its sentences once
    the link lists inside them are cut, each with its total then: the article's box with lists
    printed in it (a "related" list, ad cards), which is not itself a list to cut, however many
    links it holds. One walk from the leaves up. What counts as left is the block's sentences
    outside link lists and outside runs of linked items (RUN_ITEMS or more siblings built alike,
    each with a link: a feed's headline and summary, a board's rows), and only under a positive
    total: a box of teasers or of posts signed with links has no story left in it. A link list
    inside the block is taken out whole even when a box in it is saved (a chain of wrappers, each
    one a link list): saving the wrappers around a saved box too turned a forum page whose own
    pass fell back (readability's text, F1 0.87) into a kept box of chrome (0.03)."""
    most_prose = CUT_LINK_MAX_PROSE_SHARE * scores[article].prose if article in scores else 0.0
    if most_prose <= 0:
        return {}
    saved: dict[etree._Element, float] = {}
    cut: dict[etree._Element, tuple[float, float]] = {}  # (total, prose) the walk takes out of a block
    for node in _post_order(article):
        votes = scores.get(node)
        if votes is None:
            cut[node] = (0.0, 0.0)
            continue
        parts = [c for c in node if isinstance(c.tag, str)]
        items = _linked_items(parts)
        total, prose = votes.total, votes.prose
        for child in parts:
            taken = (scores[child].total, scores[child].prose) if child in items and child in scores \
                else cut.get(child, (0.0, 0.0))
            total, prose = total - taken[0], prose - taken[1]
        if node is not article and votes.prose > most_prose and total > 0 and prose > most_prose:
            saved[node] = total
        if node.tag in _BLOCK_TAGS and _link_list(votes):
            cut[node] = (votes.total, votes.prose)
        else:
            cut[node] = (votes.total - total, votes.prose - prose)
    return saved


# Siblings built alike, each holding a link, that make a run of items (a feed, a list of rows).
RUN_ITEMS = 3


def _linked_items(children: list[etree._Element]) -> set[etree._Element]:
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for child in children:
        groups.setdefault((child.tag, child.get("class", "")), []).append(child)
    return {c for group in groups.values() if len(group) >= RUN_ITEMS
            and all(c.tag == "a" or c.find(".//a") is not None for c in group) for c in group}


def _post_order(root: etree._Element):
    stack = [(root, False)]
    while stack:
        node, seen = stack.pop()
        if seen:
            yield node
            continue
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(node) if isinstance(c.tag, str))


# A chrome-named block (comment list, share bar) inside the article goes unless it holds
# at least this share of the article: then the name describes a layout wrapper.
CHROME_BLOCK_MAX_SHARE = 0.5
# ... except, on a thread (its posts found), a box named as related or recommended reading that
# holds no post: on a short Q&A page the related questions' links and summaries outweigh the
# question and its one answer, and no post is ever printed in such a box.
_ASIDE_REASONS = {"related"}


def cut_chrome_blocks(article: etree._Element, audit: Audit, keep_always: frozenset = frozenset()) -> None:
    """Remove chrome-named containers (comments, share bars, tags) nested in the article."""
    total = visible_length(article.text_content())
    scores = audit.votes.scores(article)
    prose = scores[article].prose
    for elem in list(article.iter()):
        if elem is article or not isinstance(elem.tag, str) or elem.getparent() is None:
            continue
        if elem.tag not in CHROME_TAGS and not CHROME_NAME.search(chrome_names(elem)):
            continue
        reason = reason_for(elem, None, "chrome")
        aside = bool(keep_always) and reason in _ASIDE_REASONS
        if not aside and reason != "comments" and elem in scores \
                and scores[elem].prose > CHROME_BLOCK_MAX_SHARE * prose > 0:
            # Most of the article's sentences: the name is the layout's (an "ad_area" id on the
            # post's body), whatever share of the text the columns around it print. Comments
            # are left to the thread step, which tells a discussion from an article's comments.
            continue
        # A thread read as one box, the article itself, protects no aside inside it.
        if _inside(elem, keep_always - {article} if aside else keep_always):
            continue
        if visible_length(elem.text_content()) < CHROME_BLOCK_MAX_SHARE * total \
                or aside:
            audit.drop(elem, reason)


def _inside(elem: etree._Element, boxes: frozenset) -> bool:
    """`elem` is one of `boxes`, lies inside one or holds one: it is not cut."""
    if not boxes:
        return False
    if elem in boxes or any(a in boxes for a in elem.iterancestors()):
        return True
    return any(elem in box.iterancestors() for box in boxes)


# Sibling posts: a blog page lists several entries, each a container that starts with its
# own title and a date stamp. The first entry is the page's article.
POST_HEAD_CHARS = 80
POST_MIN_PROSE = 0.7
_POST_TAGS = {"div", "tr", "table", "article", "section", "li", "dl", "tbody"}
_POST_STAMP = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}")


def keep_first_post(article: etree._Element, audit: Audit) -> None:
    """When the article is a list of dated posts of one shape, keep only the first post."""
    scores = audit.votes.scores(article)
    for parent in [article, *article.iterdescendants()]:
        if not isinstance(parent.tag, str):
            continue
        posts = [c for c in parent if looks_like_entry(c)]
        if len(posts) < 2 or len({_shape(p) for p in posts}) != 1:
            continue
        prose = sum(scores[p].prose for p in posts if p in scores)
        if prose < POST_MIN_PROSE * scores[article].prose:
            continue
        if _headed_sections(posts[0]):
            return
        # Everything after the first post inside this parent is other posts and their chrome.
        for later in list(posts[0].itersiblings()):
            if isinstance(later.tag, str):
                audit.drop(later, "later-post")
        return


_HEADINGS = ("h1", "h2", "h3", "h4")


def _headed_sections(first: etree._Element) -> bool:
    """A heading of their own stands above the entries in their box, naming none of them (the
    first entry does not open with its words): the entries are a titled document's dated
    sections (a 工作动态 page's items, a 简报's entries), not a blog's front page, and all stay."""
    head = "".join(first.text_content().split())[:POST_HEAD_CHARS]
    for before in first.itersiblings(preceding=True):
        if isinstance(before.tag, str) and before.tag in _HEADINGS:
            name = "".join(before.text_content().split())
            return bool(name) and name not in head
    return False


def looks_like_entry(elem: etree._Element) -> bool:
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


# A closing byline: the article's last line, short, with a full date and clock and no sentence
# ("posted @ 2024-11-04 21:58 name 阅读(2311) 评论(3) 编辑 收藏"). Blog and forum templates
# print it under the post whatever they name its box; a letter's closing date has no clock.
CLOSING_BYLINE_CHARS = 80
_SENTENCE = re.compile(r"[，。！？；]|[.!?](?:\s|$)")


def cut_closing_byline(article: etree._Element, audit: Audit) -> None:
    """Drop the article's last line when it is a time stamp line, not the author's words: it
    holds a full date and clock, no sentence, and the article holds far more than it."""
    last = None
    for elem in article.iter():
        if isinstance(elem.tag, str) and elem.text and elem.text.strip():
            last = elem
        for child in elem:
            if child.tail and child.tail.strip():
                last = elem
    if last is None or last is article:
        return
    line = last
    for ancestor in last.iterancestors():
        if ancestor is article or visible_length(ancestor.text_content()) > CLOSING_BYLINE_CHARS:
            break
        line = ancestor
    text = " ".join(line.text_content().split())
    if len(text) > CLOSING_BYLINE_CHARS or not _POST_STAMP.search(text) or _SENTENCE.search(text):
        return
    if visible_length(article.text_content()) < 4 * visible_length(text):
        return
    audit.drop(line, "closing-byline")

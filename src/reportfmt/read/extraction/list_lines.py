"""The lines a list of posts adds around the posts' words: a quote's byline, the list's counter
line above the first post, the heading that says the list is comments.

A quoted post is introduced by who wrote it ("name 写道：", "最初由 name 发表", "name："); the
quoted words stay, the byline goes. The reply list opens with a counter or its name ("其他回答 共3条",
"4 条回复", "全部评论(12)", "采纳的回答"). And the nearest text above the list names what the posts are:
replies to a topic (回复, 回应, 回答) or readers' comments on an article (评论, 留言), which
threads.py uses to tell a blog post with comments from a thread. A reply made from a floor's
reply button opens with the board's reply-to line ("回复 3楼 name 的帖子"). Dropped lines are recorded
as `extract.post-meta`.
"""

from __future__ import annotations

import re

from lxml import etree

from .audit import Audit
from .votes import cjk_count

# A quote's first line naming its writer: "name 写道：", "name 写了：", "最初由 name 发表",
# "原帖由 name 于 … 发表", "Quote from name", "name wrote:"; at most this long.
_ATTRIBUTION = re.compile(r"写道|写了|发表|原帖由|引用|wrote|said|quote", re.I)
_SENTENCE_END = re.compile(r"[。！？!?]")
QUOTE_BYLINE_CHARS = 40
_LINE_BREAKERS = {"div", "p", "blockquote", "ul", "ol", "li", "table", "section", "article", "aside", "pre"}
_BREAKS = {"br", "hr"}

# The reply list's counter line: a count of replies, comments or answers, at most this long.
_REPLIES = r"(?:回复|评论|回答|回应|答案)"
_LIST_COUNT = re.compile(rf"\d+\s*[条个楼篇]?\s*{_REPLIES}|{_REPLIES}\s*[(（:：共]?\s*\d+")
LIST_HEADER_CHARS = 20
# Or the list's name without a count: which answers these are ("采纳的回答", "最佳答案",
# "全部回复", "热门评论"), a qualifier and the noun, nothing else (a post's words say more).
_LIST_NAME = re.compile(
    rf"^(?:最佳|最新|最热|热门|精选|推荐|优质|全部|所有|其他|其它|更多|网友|(?:提问者|楼主)?(?:被)?采纳)的?{_REPLIES}$")

# Posts introduced as comments ("评论列表", "已有 3 条评论", "网友评论") under an article with
# more prose than they hold are the article's comments, not a thread: readers converting a blog
# post or a news story want the story (the benchmarks' article golds leave comments out). A
# thread's replies are introduced as 回复/回应/回答, a comment page has no article above.
COMMENTS_LABEL = re.compile(r"评论|留言|comments?\b", re.I)
# The label is read from the end of the nearest text before the list, at most this long.
LABEL_CHARS = 30


def drop_list_header(first: etree._Element, audit: Audit) -> None:
    """The reply list's counter or name line just above the first post ("其他回答 共3条", "4 条回复",
    "全部评论(12)", "采纳的回答"): a sibling of the first post or of its box, short, without a
    sentence."""
    for node in (first, first.getparent()):
        if node is None:
            return
        sibling = next((s for s in node.itersiblings(preceding=True)
                        if isinstance(s.tag, str) and s.text_content().strip()), None)
        if sibling is None:
            continue
        text = " ".join(sibling.text_content().split())
        if len(text) <= LIST_HEADER_CHARS and not _SENTENCE_END.search(text) \
                and (_LIST_COUNT.search(text) or _LIST_NAME.match(text.replace(" ", ""))):
            audit.drop(sibling, "post-meta")
        return


def label_before(first: etree._Element) -> str:
    """The nearest text before the first post, outside it: the list's heading ("评论列表",
    "已有 3 条评论", "其他回答 共3条"), or the end of whatever precedes the list."""
    node = first
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            if sibling.tail and sibling.tail.strip():
                return sibling.tail.strip()
            text = " ".join(sibling.text_content().split()) if isinstance(sibling.tag, str) else ""
            if text:
                return text[-LABEL_CHARS:]
        parent = node.getparent()
        if parent is not None and parent.text and parent.text.strip():
            return parent.text.strip()
        node = parent
    return ""


def drop_line(line: etree._Element, audit: Audit) -> None:
    """Drop a byline with the colon after it ("name 发表于 time：" before the quoted words)."""
    if line.tail and line.tail.strip() and not line.tail.strip().strip(":："):
        line.text = (line.text or "") + line.tail.strip()
        line.tail = None
    audit.drop(line, "post-meta")


def drop_quote_byline(quote: etree._Element, audit: Audit) -> None:
    """The first line of a quote when it names who wrote the quoted words: short, no sentence
    of its own, and either an attribution ("写道", "发表", "wrote") or a name and a colon."""
    line = _first_line(quote)
    if line is None or any(d.tag in _LINE_BREAKERS and d.text_content().strip() for d in line.iterdescendants()):
        return  # no first line, or a box of lines (the quoted post inside a message)
    text = " ".join(line.text_content().split())
    if (len(text) <= QUOTE_BYLINE_CHARS and not _SENTENCE_END.search(text)
            and (_ATTRIBUTION.search(text) or text.endswith((":", "："))) and _rest_has_words(quote, line)):
        drop_line(line, audit)


# A quote's byline by its words alone, for quotes whose box no tag or class names: a quoting
# verb ("name 写道：", "原帖由 name 于 … 发表", "引用第1楼 name 于 … 发表的：", "Quote from",
# "name wrote:") with the colon after it, or the two fixed openers 最初由/原帖由.
_QUOTE_OPENER = re.compile(
    r"(?:写道|写了|发表的?|wrote|said|quote)\s*[:：]\s*$|^(?:最初由|原帖由|引用\s*[:：@第])", re.I)


def drop_unnamed_quote_bylines(post: etree._Element, audit: Audit) -> None:
    """The byline of a quote inside a post whose box says nothing of quoting (a div among
    divs): a box whose first line opens like a quote's byline, strictly (a quoting verb and a
    colon, or 最初由/原帖由/引用 at the line's start), with the quoted words after it."""
    for box in [e for e in post.iterdescendants() if isinstance(e.tag, str) and e.tag in _LINE_BREAKERS]:
        if not any(a is post for a in box.iterancestors()):
            continue  # inside a byline dropped before
        line = _first_line(box)
        if line is None or line.getparent() is None:
            continue
        text = " ".join(line.text_content().split())
        if _QUOTE_OPENER.search(text):
            drop_quote_byline(box, audit)


def drop_bare_quote_byline(quote: etree._Element, stamp: re.Pattern, audit: Audit) -> None:
    """A quote whose byline is bare text at its start, parted from the quoted words by a line
    break or a block ("name 发表于 2024-4-6 10:40<br>quoted words": Discuz's touch template,
    and boards that print the quote as text): the byline goes, the quoted words stay. Read
    before a post's stamp lines go, which would take the quote whole (its stamp is in it).
    The byline is short, has no sentence mark, and names a quoting verb or a time."""
    node = quote
    while not (node.text and node.text.strip()):
        children = [c for c in node if isinstance(c.tag, str)]
        if len(children) != 1 or (children[0].tail and children[0].tail.strip()) or children[0].tag in _BREAKS:
            return
        node = children[0]
    text = " ".join(node.text.split())
    after = next((c for c in node if isinstance(c.tag, str)), None)
    if (after is None or not (after.tag == "br" or after.tag in _LINE_BREAKERS)
            or len(text) > QUOTE_BYLINE_CHARS or _SENTENCE_END.search(text)
            or not (_ATTRIBUTION.search(text) or stamp.search(text))):
        return
    if cjk_count("".join(node.text_content().split())) - cjk_count(text) < 2:
        return  # nothing quoted after it: not a byline over words
    audit.note(node.text, "post-meta")
    node.text = None
    if after.tag == "br":
        node.text = after.tail
        node.remove(after)


def _first_line(quote: etree._Element) -> etree._Element | None:
    """The quote's first child block holding text (descending while one child holds it all)."""
    node = quote
    while True:
        if node.text and node.text.strip():
            return None  # the quoted words start at once
        children = [c for c in node if isinstance(c.tag, str) and c.text_content().strip()]
        if not children:
            return None
        first = children[0]
        if len(children) > 1 or (first.tail and first.tail.strip()):
            return first
        node = first


def _rest_has_words(quote: etree._Element, line: etree._Element) -> bool:
    whole = "".join(quote.text_content().split())
    return cjk_count(whole) - cjk_count(line.text_content()) >= 2


# The line a board puts above a reply made from a floor's reply button: "回复 3楼 name 的帖子",
# "回复 #5 name 的帖子" (the engine's words: the floor and member replied to, no words of
# the author's). Only the post's first line, with the author's words after it.
_REPLY_TO = re.compile(r"^回复\s*(?:第?\s*\d+\s*[楼#]|#\s*\d+)\s*\S{0,24}?\s*的帖子\s*[:：]?$")


def drop_reply_to_line(post: etree._Element, audit: Audit) -> None:
    """The reply-to line opening a post's words (up to its first line break or block): gone,
    recorded as post-meta, when words of the author's follow it."""
    block = next((e for e in post.iter() if isinstance(e.tag, str) and (e.text or "").strip()), None)
    if block is None:
        return
    run = _leading_run(block)
    text = " ".join("".join(_run_texts(block, run)).split())
    if not _REPLY_TO.match(text) or cjk_count("".join(post.text_content().split())) - cjk_count(text) < 2:
        return
    if block is not post and len(run) == len(block) and not (run and run[-1].tag in _BREAKS):
        audit.drop(block, "post-meta")  # the line is a block of its own
        return
    audit.note(text, "post-meta")
    block.text = None
    for child in run:
        if child.tag in _BREAKS:
            block.text, child.tail = child.tail, None
        block.remove(child)


def _leading_run(block: etree._Element) -> list[etree._Element]:
    """The inline children of the block's first line: before its first line break or block
    child, the break included."""
    run: list[etree._Element] = []
    for child in block:
        if not isinstance(child.tag, str) or child.tag in _LINE_BREAKERS:
            break
        run.append(child)
        if child.tag in _BREAKS:
            break
    return run


def _run_texts(block: etree._Element, run: list[etree._Element]) -> list[str]:
    pieces = [block.text or ""]
    for child in run:
        if child.tag in _BREAKS:
            break
        pieces += [child.text_content(), child.tail or ""]
    return pieces

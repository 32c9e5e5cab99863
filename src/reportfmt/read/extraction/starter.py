"""The thread starter's box above the posts: found, and its bylines, counters, tags and buttons go.

A reply list found without its starter (a Q&A page's answers under the question header)
grows over the box above it (`with_starter_above`).

A forum or Q&A engine renders the topic (or question) in a box of its own above the reply
list: a breadcrumb, the title, a byline with the author and time, view and reply counters,
topic tags, an action bar ("加入收藏 / 忽略主题", "关注问题 / 写回答"). The replies lose that
furniture by their shared template (threads.py, post_body.py); the starter's box has no
second copy to compare with, so its furniture is recognised by what it says: a short line
whose words, once links, time stamps, counted labels ("1523 次点击", "回复: 4",
"关注者 1,024", "浏览 (640)") and the labels of buttons and bylines (点赞, 收藏, 举报, 发布于)
are set aside, leave nothing a person wrote. Headings stay (the headline
becomes the document title), and so does any line with sentence punctuation of its own,
unless the engine composed it from its counters (three or more numbers set apart as a
template fills its slots: "本话题包含 4 个回复，有 3 个参与人…"). Under the last post a heading
left alone in its box, the box's lines gone, goes too. Dropped lines are recorded as
`extract.starter-meta` (above the posts) and `extract.post-meta` (under them).
"""

from __future__ import annotations

import re

from lxml import etree

from .audit import Audit
from .votes import Votes, cjk_count, visible_length

# A furniture line is at most this long (visible characters) ...
LINE_CHARS = 60
# ... and leaves fewer than this many Chinese characters of its own.
OWN_CJK = 2
# ... or fewer than this many beside a time stamp: a byline's verb ("打开于", "最后编辑于").
BYLINE_VERB_CJK = 6
# A line that is one author-panel field ("开发者：小本工作室", "级别: 新手上路"): a short label,
# a colon, a short value.
_FIELD = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]\s*\S.{0,14}")
# A row of at least this many labels of at most this many characters is a button or tab bar.
BUTTON_ROW = 3
BUTTON_CHARS = 4
# A line of a post with this many Latin letters of its own is writing (code, English).
LATIN_WORD_CHARS = 12
# A box of replies with no starter in it grows over one above it that holds this much prose,
# as long as what the growth adds after the box stays under this share of the box and what
# it adds before it (a side column or another list joining says the growth went too far).
STARTER_PROSE = 10.0
SIDE_AFTER = 0.25
# A line of the starter's own writing holds a sentence mark and this many Chinese characters.
WRITTEN_CJK = 8
_BLOCKS = {"p", "div", "li", "dd", "dt", "section", "article", "blockquote", "ul", "ol", "dl", "table", "tr", "td"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A number with its unit or label: "1523 次点击", "8 人收藏", "回复: 4", "关注者 1,024", "好问题 37".
_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,4}\s*[:：(（]?\s*\d[\d,.]*\s*[万千kKwW+]?\s*[)）]?\s*[\u4e00-\u9fff]{0,3}")
# The labels of a post's buttons and bylines: a line of nothing else is the interface's
# ("浏览 (640) 点赞 (5) 收藏", "发布于 2020-12-30", "管理", "举报 收起").
_INTERFACE = re.compile(
    r"浏览|阅读|点赞|赞同|赞|踩|收藏|分享|转发|举报|回复|评论|管理|编辑|删除|关注|私信|复制链接|"
    r"只看楼主|只看该作者|收起|展开|打赏|发布于|发表于|发布时间|楼主|来自")
_SENTENCE = re.compile(r"[。！？；!?;]")
# A number the template filled into a sentence of its own: a space or a closing bracket after
# it, a space, bracket, comma or colon before it ("本话题包含 4 个回复", "（0 会员和 1 游客）",
# "，2 位网友"), not part of a date, a clock or a word.
_SLOT_NUMBER = re.compile(r"(?:^|(?<=[\s(（，,：:]))\d[\d,]*(?=[\s)）]|$)")
# A short line with this many filled-in numbers is the thread's statistics, sentence or not.
STATS_NUMBERS = 3


def with_starter_above(box: etree._Element, scores: dict[etree._Element, Votes]) -> etree._Element:
    """The box of replies grows over the question or topic rendered above it (a Q&A page's
    question header, a topic box before the reply list): the lowest ancestor that gains the
    most prose before the box, while what it adds after the box (side columns) stays small."""
    best, gained, before, after, node = box, 0.0, 0.0, 0.0, box
    for ancestor in box.iterancestors():
        passed = False
        for child in ancestor:
            if child is node:
                passed = True
            elif isinstance(child.tag, str):
                prose = scores.get(child, Votes()).prose
                before, after = (before, after + prose) if passed else (before + prose, after)
        node = ancestor
        if after > SIDE_AFTER * (scores.get(box, Votes()).prose + before):
            break  # a side column or another list joins: the growth is no longer the starter
        if before > gained:
            best, gained = ancestor, before
    return best if gained >= STARTER_PROSE else box


def drop_starter_furniture(article: etree._Element, first_post: etree._Element, stamp: re.Pattern,
                           audit: Audit) -> None:
    """Drop the furniture lines of the article that come before its first post."""
    holders = set(first_post.iterancestors())
    header = _list_header(first_post, article)
    written: set[etree._Element] = set()  # lines of writing: their links and spans stay
    for elem in list(article.iterdescendants()):
        if elem is first_post:
            break  # document order: everything after this is the posts' or later
        if not isinstance(elem.tag, str) or elem in holders or _inside_dropped(elem, article):
            continue
        if any(a in written for a in elem.iterancestors()):
            continue
        if elem is header and _labels_the_list(elem):
            audit.drop(elem, "list-header")
        elif _is_furniture(elem, stamp):
            audit.drop(elem, "starter-meta")
        elif _writes(elem, stamp):
            written.add(elem)


def _list_header(first_post: etree._Element, article: etree._Element) -> etree._Element | None:
    """The element just before the list of posts: the first post's, or its first holder's,
    preceding sibling inside the article."""
    node = first_post
    while node is not None and node is not article:
        previous = node.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is not None:
            return previous
        node = node.getparent()
    return None


def _labels_the_list(elem: etree._Element) -> bool:
    """The line heading a list of replies is its label row ("全部回复 只看楼主 | 按时间"): short,
    no sentence, no heading, and an interface word in it. Found by where it stands (just
    before the first post), whatever its box is named; a starter's own short line has no
    interface word."""
    text = " ".join(elem.text_content().split())
    if not text or visible_length(text) > LINE_CHARS or elem.tag in _HEADINGS or _SENTENCE.search(text):
        return False
    if any(node.tag in _HEADINGS for node in elem.iterdescendants() if isinstance(node.tag, str)):
        return False
    return bool(_INTERFACE.search(text))


def drop_trailing_furniture(article: etree._Element, last_post: etree._Element, stamp: re.Pattern,
                            audit: Audit) -> None:
    """The same furniture under the last post: the list's closing bar ("发表回复", "返回列表",
    "共 1 页"), judged line by line like the starter's box."""
    after = False
    for elem in list(article.iter()):
        if elem is last_post:
            after = True
            continue
        if not after or not isinstance(elem.tag, str) or _inside_dropped(elem, article) \
                or any(a is last_post for a in elem.iterancestors()):
            continue
        if _is_furniture(elem, stamp, trailing=True):
            audit.drop(elem, "post-meta")
    _drop_orphan_headings(article, last_post, audit)


def _drop_orphan_headings(article: etree._Element, last_post: etree._Element, audit: Audit) -> None:
    """Under the last post, a heading left alone in its box labelled what went from it (a thread
    information box's "主题信息" over its counters): it goes too, innermost first, so a box of
    boxes that each lost everything loses its own heading in turn."""
    after = False
    headings = []
    for elem in article.iter():
        if elem is last_post:
            after = True
        elif after and elem.tag in _HEADINGS and not any(a is last_post for a in elem.iterancestors()):
            headings.append(elem)
    for heading in reversed(headings):
        box = heading.getparent()
        if box is None or box is article or any(a is box for a in last_post.iterancestors()):
            continue
        if visible_length(box.text_content()) == visible_length(heading.text_content()):
            audit.drop(heading, "post-meta")


def drop_post_furniture(post: etree._Element, stamp: re.Pattern, audit: Audit) -> None:
    """Inside a post, the furniture lines its template did not repeat often enough to be
    found by comparison (a vote bar "抢首赞 已赞过 已踩过", a floor label "3楼", a lone
    stamp): leaf blocks judged like the starter's lines, unless the post has no other text
    (a one-word reply)."""
    leaves = [e for e in post.iterdescendants() if isinstance(e.tag, str) and e.tag in _BLOCKS
              and visible_length(e.text_content()) and not any(d.tag in _BLOCKS for d in e.iterdescendants())]
    furniture = [e for e in leaves if _is_furniture(e, stamp) and not _latin_words(e, stamp)]
    if len(furniture) == len(leaves):
        return
    for elem in furniture:
        audit.drop(elem, "post-meta")


def _latin_words(elem: etree._Element, stamp: re.Pattern) -> bool:
    """The line's own text holds LATIN_WORD_CHARS letters outside links, stamps and counters:
    a line of code or English in a post ("sorted(d.items(), key=…)") has no Chinese but is
    the author's."""
    own = _COUNTED.sub(" ", stamp.sub(" ", _text_outside_links(elem)))
    return len(re.findall(r"[A-Za-z]", own)) >= LATIN_WORD_CHARS


def starter_sentences(article: etree._Element, posts: frozenset) -> frozenset:
    """The starter's lines of writing above the first post: blocks without blocks inside whose
    text, links set aside, holds a sentence of WRITTEN_CJK Chinese characters or more (a question under its
    title). They are the thread's words like the posts, whatever a second extractor says."""
    holders: set[etree._Element] = set()
    found = []
    for elem in article.iterdescendants():
        if elem in posts:
            break  # document order: the posts and what follows them are not the starter's
        if not isinstance(elem.tag, str) or elem in holders:
            continue
        if any(p in posts for p in elem.iterdescendants()):
            holders.add(elem)
            continue
        if any(d.tag in _BLOCKS for d in elem.iterdescendants()):
            continue  # a box of lines: its lines are judged one by one
        own = _text_outside_links(elem)
        if _SENTENCE.search(own) and cjk_count(own) >= WRITTEN_CJK:
            found.append(elem)
    return frozenset(found)


def _inside_dropped(elem: etree._Element, article: etree._Element) -> bool:
    """A dropped element is detached: its descendants no longer reach the article."""
    return not any(a is article for a in elem.iterancestors())


def _is_furniture(elem: etree._Element, stamp: re.Pattern, trailing: bool = False) -> bool:
    """A short line without a sentence whose words, links, stamps, counters and interface
    labels set aside, are fewer than OWN_CJK: more beside a time stamp (the byline's verb,
    "打开于", "最后编辑于"); under the last post any such line (a side column's labels)."""
    text = " ".join(elem.text_content().split())
    if not text or visible_length(text) > LINE_CHARS or elem.tag in _HEADINGS:
        return False
    if any(node.tag in _HEADINGS for node in elem.iterdescendants() if isinstance(node.tag, str)):
        return False
    own = _text_outside_links(elem)
    if _stats_line(own):
        return True
    if _SENTENCE.search(own):
        return False
    if trailing or _FIELD.fullmatch(text) or _button_row(elem):
        return True
    stamped = bool(stamp.search(own))
    own = _INTERFACE.sub(" ", _COUNTED.sub(" ", stamp.sub(" ", own)))
    return cjk_count(own) < (BYLINE_VERB_CJK if stamped else OWN_CJK)


def _stats_line(own: str) -> bool:
    """A line the engine composed from its counters ("本话题包含 4 个回复，有 3 个参与人，最后
    一次由 X 更新于 1 年前。", "目前有 1 个用户正在浏览此主题。（0 会员和 1 游客）"): at least
    STATS_NUMBERS numbers each set apart by spaces or brackets, as a template fills its slots;
    a sentence mark does not make it writing."""
    return len(_SLOT_NUMBER.findall(own)) >= STATS_NUMBERS


def _button_row(elem: etree._Element) -> bool:
    """A row of BUTTON_ROW or more separate short labels (a filter or tab bar: "默认 最新 好评
    差评"), each at most BUTTON_CHARS long."""
    pieces = [t for t in (" ".join(t.split()) for t in elem.itertext()) if t]
    return len(pieces) >= BUTTON_ROW and all(visible_length(t) <= BUTTON_CHARS for t in pieces)


def _writes(elem: etree._Element, stamp: re.Pattern) -> bool:
    """The element's own text (not its children's) holds words: a paragraph, a line."""
    own = " ".join([elem.text or "", *(child.tail or "" for child in elem)])
    return cjk_count(_COUNTED.sub(" ", stamp.sub(" ", own))) >= OWN_CJK


def _text_outside_links(elem: etree._Element) -> str:
    """The element's text that no link holds (a link's words are a name, a tag, a button)."""
    parts = []
    for node in elem.xpath(".//text()"):
        owner = node.getparent().getparent() if node.is_tail else node.getparent()
        if not _in_link(owner, elem):
            parts.append(str(node))
    return " ".join(" ".join(parts).split())


def _in_link(node: etree._Element | None, top: etree._Element) -> bool:
    while node is not None:
        if node.tag == "a":
            return True
        if node is top:
            return False
        node = node.getparent()
    return False

"""Post detection: the repeated containers of a page that read as posts, whatever their classes.

A post is a container that a template repeats: siblings of one shape (tag and class, digits
ignored), each carrying a time stamp ("2024-5-18 19:27", "发表于 6 天前") or, where the board
prints no time, an author line (a floor label "3楼", a link to the author's profile page),
and text of its own, and not headed by a link to another page (a news feed's teaser is).
Whether the posts found are the page's content is threads.py's decision.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable
from itertools import chain
from urllib.parse import urlsplit

from lxml import etree

from .votes import Votes, cjk_count

# A post's time stamp: a date with a clock time, a full date (boards print it with hyphens,
# 年月日, slashes or dots alike, without a clock), or a relative time. The relative forms are
# the ones the time formatters of boards and comment widgets print side by side: "刚刚",
# "N分钟前", "半小时前", "N小时前", "今天 08:12", "昨天 08:12", "前天", "N天前".
STAMP = re.compile(
    r"""(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}
        (?:\s*日?\s*(?:上午|下午|中午|晚上|凌晨|早上)\s*|\s*日?\s+|日)    # 5-18 19:27, 5月8日 上午10:21
        \d{1,2}:\d{2}(?::\d{2})?
      | (?:19|20)\d{2}-\d{1,2}-\d{1,2}                                               # 2023-06-14
      | (?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日                               # 2023年5月8日
      | (?:19|20)\d{2}(?:/\d{1,2}/|\.\d{1,2}\.)\d{1,2}                                # 2023/05/08
      | \d+\s*(?:秒|分钟|小时|天|周|个月|年)前 | 半个?小时前 | 前天 | 刚刚                  # 6 天前, 半小时前
      | (?:今天|昨天)\s*\d{1,2}:\d{2}                                                   # 今天 08:12
    """,
    re.X,
)
# A full date and clock in an attribute (a title under a relative time, a datetime).
_FULL_STAMP = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\D{0,6}\d{1,2}:\d{2}")
_DATED_ATTRS = ("datetime", "data-time", "data-timestamp", "data-date")
# A month and day without a year or a clock, printed alone in its own element ("9月2日",
# "发布于 3月15日"): how comment widgets and Q&A engines stamp this year's posts. Read only as a
# whole element's text: inside a sentence ("9月2日，会议召开") it is the writing's own date.
_BARE_DAY = re.compile(r"(?:发布于|编辑于|发表于|回复于|回答于|提问于)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
MIN_POSTS = 2
_DIGITS = re.compile(r"\d+")
# A floor label printed alone: the post's place in the thread.
FLOOR = re.compile(r"#?\d{1,5}\s*(?:楼|层|F|#)|楼主|沙发|板凳|地板")
# Most members of a shape group must look like posts (a list of dated teasers does not).
POST_SHARE = 0.6
# A record with a link of this many Chinese characters in its first part is a teaser for
# another page (a headline), not a post; user names are shorter.
TEASER_LINK_CJK = 10
# A group of posts inside the heaviest group's members, with at least this share of its text
# and more members, is the thread's posts (the heaviest can be the few boxes that hold them).
FINER_GROUP_SHARE = 0.5
# ... and when it holds this share of the text of the boxes it lies in: a box that only wraps
# posts adds a header line at most (the V2EX reply box: 1.0; no tuning page lies between 0.6
# and 0.9, so the value says "a wrapper", it was not fitted).
BOX_FILL = 0.9
# A link to a user's profile page (the post's author).
_PROFILE = re.compile(
    r"(?:^|[/?&.])(?:u|user|users|member|members|people|space|profile|home)(?:[/?&=.-]|$)|"
    r"usercenter|uid[=-]\w|viewprofile|space-uid|/@\w",
    re.I,
)
# ... but not the site's account pages (/user/login: the reply form's "登录后参与讨论").
_ACCOUNT = re.compile(r"log_?in|logon|sign_?in|sign_?up|register|logout|[/?&=.]reg(?:ister)?\b", re.I)


def by_several_users(posts: list[etree._Element]) -> bool:
    """Most posts link to a user's profile, and not all to the same one: people talking.

    Forum and Q&A engines link each post's author to a profile page under a path their
    URLs share (/u/, /user/, /members/, space-uid, viewprofile, ?uid=); a blog's list of
    entries is one author's."""
    users = [_profile_link(post) for post in posts]
    found = [u for u in users if u]
    return len(found) >= POST_SHARE * len(posts) and len(set(found)) >= 2


def _profile_link(post: etree._Element) -> str | None:
    for link in post.iter("a"):
        href = link.get("href", "")
        if _PROFILE.search(href) and 0 < len(" ".join(link.text_content().split())) <= 30:
            return href
    return None


Group = list[etree._Element]


def best_post_group(body: etree._Element, scores: dict[etree._Element, Votes],
                    kin: Callable[[etree._Element], Group] = lambda parent: [],
                    kin_nearby: Callable[[Group], Group] = lambda group: group) -> Group:
    """The repeated posts: of the groups that qualify, the one with most prose, unless a group
    inside its members holds at least half of that and has more members (the posts inside a
    few boxes, not the boxes). `kin` gives a parent's posts built differently, `kin_nearby`
    adds the posts of the chosen group's template printed apart near it (post_kin.py: a best
    answer beside the others, or in a box of its own above their list)."""
    global _SIGNED, _POSTS
    _SIGNED = signed_boxes(body)  # the tree is only read here: its signed boxes stay as found
    _POSTS = {}  # and is_post's answers too: a member is tested in its shape's group and again
    # in the group of what it wraps (about two asks an element on the bench's HTML pages)
    try:
        return _best_post_group(body, scores, kin, kin_nearby)
    finally:
        _SIGNED = _POSTS = None


def _best_post_group(body: etree._Element, scores: dict[etree._Element, Votes],
                     kin: Callable[[etree._Element], Group], kin_nearby: Callable[[Group], Group]) -> Group:
    found: list[tuple[float, Group]] = []
    for parent in body.iter():
        if not isinstance(parent.tag, str) or parent.tag == "tr":
            # The cells of one row stand side by side: a layout's columns (the article beside
            # its comments, a sidebar), never a run of posts, which a thread prints one under
            # the other (a table-laid board gives each post its row or its table).
            continue
        groups: dict[tuple[str, ...], Group] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str):
                groups[shape(child)].append(child)
                if (inner := lone_child(child)) is not None:
                    groups[("wrapped", *shape(inner))].append(child)
        candidates = [(posts, m) for m in groups.values() if (posts := _posts_if_enough(m)) is not None]
        if kin_posts := kin(parent):
            candidates.append((kin_posts, kin_posts))
        for posts, members in candidates:
            weight = sum(scores[p].chars - scores[p].links for p in posts)
            found.append((weight, members))  # the template's every member, short ones too
    if not found:
        return []
    weight, heaviest = max(found, key=lambda g: g[0])
    boxes = set(heaviest)
    inner = [g for g in found if g[0] >= FINER_GROUP_SHARE * weight and len(g[1]) > len(heaviest)
             and any(a in boxes for a in g[1][0].iterancestors()) and _fills_its_boxes(g, boxes, scores)]
    return kin_nearby(max(inner, key=lambda g: (len(g[1]), g[0]))[1] if inner else heaviest)


def _posts_if_enough(members: list[etree._Element]) -> list[etree._Element] | None:
    """The members that read as posts, or None when too few do (fewer than MIN_POSTS or
    than POST_SHARE of the group). The test stops as soon as the members left could no
    longer make up the share: most shape groups are a body's paragraphs or a menu's items,
    and is_post reads each member's whole subtree."""
    posts: list[etree._Element] = []
    need = max(MIN_POSTS, POST_SHARE * len(members))
    for tested, member in enumerate(members):
        if len(posts) + len(members) - tested < need:
            return None
        if is_post(member):
            posts.append(member)
    return posts if len(posts) >= need else None


def _fills_its_boxes(group: tuple[float, list[etree._Element]], boxes: set,
                     scores: dict[etree._Element, Votes]) -> bool:
    """The inner group is most of the boxes it lies in: boxes wrapping a list of posts, not
    posts with replies nested under their own words (a floor's replies, an answer's comments)."""
    holding = {a for m in group[1] for a in m.iterancestors() if a in boxes}
    held = sum(scores[b].chars - scores[b].links for b in holding)
    return group[0] >= BOX_FILL * held


def lone_child(elem: etree._Element) -> etree._Element | None:
    """The element a bare wrapper holds (its one child element, no text of its own), else None.
    A layout that boxes every block of a column alike ("<div class=row>" around the title, each
    post, the pager and the reply form) gives its posts one shape with the blocks that are not
    posts: grouped by what they wrap, the posts are a group again (tests/eval/perturb_extract.py,
    kind "wrap", lost every thread so built)."""
    if (elem.text and elem.text.strip()) or len(elem) != 1:
        return None
    child = elem[0]
    if not isinstance(child.tag, str) or (child.tail and child.tail.strip()):
        return None
    return child


def shape(elem: etree._Element) -> tuple[str, str]:
    """Tag and first class word, digits folded: a template adds state words after its own
    ("answer answer-fold", "answer answer-hide answer-last"), and numbers ("post_12")."""
    words = elem.get("class", "").split()
    return elem.tag, _template_word(words[0]) if words else ""


@functools.lru_cache(maxsize=4096)
def _template_word(word: str) -> str:
    """A class word with its digits folded out, kept per word: shape is asked of every element
    at every level the thread finder tries, and a page names its elements with few words."""
    return _DIGITS.sub("", word)


def is_post(elem: etree._Element) -> bool:
    if _POSTS is None:
        return _is_post(elem)
    if (known := _POSTS.get(elem)) is None:
        known = _POSTS[elem] = _is_post(elem)
    return known


def _is_post(elem: etree._Element) -> bool:
    if elem.tag == "a":
        return False  # a link is a name or a pointer to another page (a moderator list), never a post
    text = " ".join(elem.text_content().split())
    stamp = STAMP.search(text)
    if stamp:
        text_left = text.replace(stamp.group(0), "")
    elif _dated(elem):
        # The time is in markup ("3 天" shown, the date in its title), or a month and day in an
        # element of its own: the words are what is left beside it (a date alone is no post).
        text_left = text
        for node in elem.iter():
            if isinstance(node.tag, str) and bare_day(node):
                text_left = text_left.replace(node.text.strip(), "", 1)
    elif is_signed(elem):
        text_left = text  # an author line without a time: a floor label, the author's profile
    else:
        return False
    if cjk_count(text_left) < 2:
        return False
    head = len(text) * 0.4
    for link in elem.iter("a"):
        if link.get("href", "").startswith("#"):
            continue  # a post's subject linking to the post itself ("#p10231"), not to another page
        words = " ".join(link.text_content().split())
        if cjk_count(words) >= TEASER_LINK_CJK and 0 <= text.find(words) <= head:
            return False
    return True


def is_signed(elem: etree._Element) -> bool:
    """An author line without a time: a floor label ("3楼", "沙发") on its own, or a link to
    the author's profile page."""
    if _SIGNED is not None and (known := _SIGNED.get(elem)) is not None:
        return known
    for node in elem.iter():
        if isinstance(node.tag, str) and node.text and FLOOR.fullmatch(node.text.strip()):
            return True
    for link in elem.iter("a"):
        if _signs(link):
            return True
    return False


def _signs(link: etree._Element) -> bool:
    """A link to the author's profile page, named by a short text (the author's name)."""
    return links_to_profile(link.get("href", "")) and 0 < len(" ".join(link.text_content().split())) <= 30


def signed_boxes(root: etree._Element) -> dict[etree._Element, bool]:
    """is_signed of every element under `root` (itself included), found in one reading of the
    tree: a box is signed when a floor label or a profile link lies in it, so each such node
    marks itself and the boxes around it. The thread finder asks is_signed of the boxes at
    every level of a page, and reading each box's whole subtree again made it ~4 % of a
    worker's CPU on the bench pages."""
    signed = dict.fromkeys(root.iter(), False)
    for node in signed:
        if not isinstance(node.tag, str):
            continue
        if (node.text and FLOOR.fullmatch(node.text.strip())) or (node.tag == "a" and _signs(node)):
            for box in chain((node,), node.iterancestors()):
                if signed.get(box, True):
                    break  # outside `root`, or marked with all the boxes around it already
                signed[box] = True
    return signed


# The signed boxes of the tree best_post_group reads, while it reads it (None otherwise).
_SIGNED: dict[etree._Element, bool] | None = None
# is_post's answers on that tree, while best_post_group reads it (None otherwise).
_POSTS: dict[etree._Element, bool] | None = None


@functools.lru_cache(maxsize=4096)
def links_to_profile(href: str) -> bool:
    """The address leads to a member's profile, by its path and query, not its host
    ("js.people.com.cn" is a news site's host). Kept per address: is_signed asks about the
    same links once for each box around them (the thread finder tries every level of a page),
    and splitting the address was ~3 % of a worker's CPU on the bench pages."""
    parts = urlsplit(href)
    return is_profile_path(f"{parts.path}?{parts.query}")


def is_profile_path(where: str) -> bool:
    """An address's path and query that lead to a member's profile, not to the site's account
    pages (/user/login: the reply form's "登录后参与讨论")."""
    return bool(_PROFILE.search(where)) and not _ACCOUNT.search(where)


def _dated(elem: etree._Element) -> bool:
    """The post carries its time in markup: a <time datetime>, a data-time attribute, a
    title holding the full date and clock under a relative one ("3 天", "2月26日"), or an
    element of its own holding a month and day alone ("9月2日": _BARE_DAY)."""
    for node in elem.iter():
        if not isinstance(node.tag, str):
            continue
        if any(node.get(a) for a in _DATED_ATTRS):
            return True
        if bare_day(node):
            return True
        title = node.get("title")
        if title and _FULL_STAMP.search(title):
            return True
    return False


def has_time_markup(elem: etree._Element) -> bool:
    """A time the page's machine wrote in markup: a datetime or data-time attribute, or a
    title holding the full date and clock (a post's stamp, never a document's own date)."""
    for node in elem.iter():
        if isinstance(node.tag, str) and (any(node.get(a) for a in _DATED_ATTRS)
                                          or _FULL_STAMP.search(node.get("title") or "")):
            return True
    return False


def bare_day(node: etree._Element) -> bool:
    """An element holding nothing but a month and day (_BARE_DAY): a post's time of this year."""
    return bool(node.text) and len(node) == 0 and bool(_BARE_DAY.fullmatch(node.text.strip()))


def contains(outer: etree._Element, inner: etree._Element) -> bool:
    return outer is inner or any(a is outer for a in inner.iterancestors())

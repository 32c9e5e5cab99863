"""Forum threads, Q&A pages and comment pages: the posts are the content.

A post is a container that a template repeats: siblings of one shape (tag and class, digits
ignored), each carrying a time stamp ("2024-5-18 19:27", "发表于 6 天前") or, where the board
prints no time, an author line (a floor label "3楼", a link to the author's profile page),
and text of its own, and not headed by a link to another page (a news feed's teaser is). When such posts lie
outside the article found without them and hold more prose than it (a thread whose starter
is short, a page of short reviews), or the page says it is a discussion (forum software, a
thread or question address) and they hold a fair share, they are kept whatever their class
names say ("comment-item" names chrome on a news page, content on a comment page). Long
entries with a title before their stamp, on a page that does not say it is a discussion, are
a blog's list of posts, not a thread.

Each kept post is reduced to its words: its message slot where the posts share one
(post_body.py), else what most posts repeat (the author panel's labels, the action bars) and
the stamp line are dropped and recorded (`extract.post-meta`); a quoted post loses its own
byline (list_lines.py: the quote's byline, the list's counter line). The starter's box above
the posts is found and loses its furniture (starter.py). Posts introduced as comments under an
article with more prose than they hold are the article's comments, not a thread.
Option `extract.replies`: `keep` (the default: every post's text in order), `sections`
(each reply under a heading with its author and time), `drop` (the thread starter's post
alone; replies recorded as `extract.reply`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from .audit import Audit
from .list_lines import COMMENTS_LABEL, drop_line, drop_list_header, drop_quote_byline, label_before
from .post_body import fold, holds_sentence, is_quote, keep_post_bodies
from .pruning import looks_like_entry
from .starter import drop_post_furniture, drop_starter_furniture, drop_trailing_furniture, with_starter_above
from .votes import Votes, cjk_count, score_tree, visible_length

# A post's time stamp: a date with a clock time, an ISO date, or a relative time.
STAMP = re.compile(
    r"""(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}
        (?:\s*日?\s*(?:上午|下午|中午|晚上|凌晨|早上)\s*|\s*日?\s+|日)    # 5-18 19:27, 5月8日 上午10:21
        \d{1,2}:\d{2}(?::\d{2})?
      | (?:19|20)\d{2}-\d{1,2}-\d{1,2}                                               # 2023-06-14
      | \d+\s*(?:秒|分钟|小时|天|周|个月|年)前 | 昨天\s*\d{1,2}:\d{2} | 前天 | 刚刚       # 6 天前
    """,
    re.X,
)
# A full date and clock in an attribute (a title under a relative time, a datetime).
_FULL_STAMP = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\D{0,6}\d{1,2}:\d{2}")
_DATED_ATTRS = ("datetime", "data-time", "data-timestamp", "data-date")
MIN_POSTS = 2
# A floor label printed alone: the post's place in the thread.
_FLOOR = re.compile(r"#?\d{1,5}\s*(?:楼|层|F|#)|楼主|沙发|板凳|地板")
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
    r"uid[=-]\d|viewprofile|space-uid|/@\w",
    re.I,
)
# ... but not the site's account pages (/user/login: the reply form's "登录后参与讨论").
_ACCOUNT = re.compile(r"log_?in|logon|sign_?in|sign_?up|register|logout|[/?&=.]reg(?:ister)?\b", re.I)
# Posts become the content when they hold this much more prose than the article without them,
# or this share of it on a page that says it is a discussion.
OUTWEIGH = 1.5
DISCUSSION_SHARE = 0.1
# The posts' box grows to hold the thread starter's text only when the box that holds both
# has at most this much more prose than the two together (no side columns between them).
STARTER_CLIMB = 1.25
# A box of replies with less text than this before its first post has no starter in it ...
STARTER_BEFORE = 20
# ... and grows over the starter's box above it (starter.py).
# Text that this share of the posts repeat is the template's (labels, buttons), not words.
TEMPLATE_SHARE = 0.5
# A stamp line (author, time, place) is at most this long.
BYLINE_CHARS = 60
# A signature line repeated at the end of posts is at least this long (shorter: "顶", "+1").
SIGNATURE_MIN_CHARS = 4
_LEAF_BLOCKS = {"p", "div", "li", "dd", "section", "blockquote", "td", "span"}
# Signs that a page is a discussion: forum software, thread or question addresses, titles.
_DISCUSSION = re.compile(
    r"discuz|phpwind|bbs-?go|vbulletin|phpbb|xenforo|flarum|discourse|"
    r"viewthread|forum\.php|showtopic|/thread|/topic|/question|/answer|/comments|tieba|zhidao|bbs\.|"
    r"论坛|社区|贴吧|问答|百度知道",
    re.I,
)


@dataclass
class Thread:
    posts: list[etree._Element]
    starter_first: bool = True  # the first post is the thread starter (no separate article)

    @property
    def boxes(self) -> frozenset:
        return frozenset(self.posts)


def find_thread(root: etree._Element, body: etree._Element, article: etree._Element,
                scores: dict[etree._Element, Votes]) -> Thread | None:
    """The page's posts, when they are its content; None on an article page."""
    posts = _best_post_group(body, scores)
    if not posts:
        return None
    discussion = bool(_DISCUSSION.search(_page_signals(root))) or _by_several_users(posts)
    if not discussion and sum(map(looks_like_entry, posts)) > len(posts) / 2:
        return None  # titled, dated, long entries: a blog's list of posts (pruning keeps the first)
    prose = sum(scores[p].prose + _bare(p, scores) for p in posts)
    outside = scores[article].prose - sum(scores[p].prose for p in posts if _contains(article, p))
    needed = (DISCUSSION_SHARE if discussion else OUTWEIGH) * max(outside, 1.0)
    if prose < needed:
        return None
    if outside >= prose and COMMENTS_LABEL.search(label_before(posts[0])):
        return None  # an article and its readers' comments: the article is the page (pruning cuts them)
    return Thread(posts)


def _by_several_users(posts: list[etree._Element]) -> bool:
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


def _best_post_group(body: etree._Element, scores: dict[etree._Element, Votes]) -> list[etree._Element]:
    """The repeated posts: of the groups that qualify, the one with most prose, unless a group
    inside its members holds at least half of that and has more members (the posts inside a
    few boxes, not the boxes)."""
    found: list[tuple[float, list[etree._Element]]] = []
    for parent in body.iter():
        if not isinstance(parent.tag, str):
            continue
        groups: dict[tuple[str, str], list[etree._Element]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str):
                groups[_shape(child)].append(child)
        for members in groups.values():
            if len(members) < MIN_POSTS:
                continue
            posts = [m for m in members if _is_post(m)]
            if len(posts) < MIN_POSTS or len(posts) < POST_SHARE * len(members):
                continue
            weight = sum(scores[p].chars - scores[p].links for p in posts)
            found.append((weight, members))  # the template's every member, short ones too
    if not found:
        return []
    weight, heaviest = max(found, key=lambda g: g[0])
    boxes = set(heaviest)
    inner = [g for g in found if g[0] >= FINER_GROUP_SHARE * weight and len(g[1]) > len(heaviest)
             and any(a in boxes for a in g[1][0].iterancestors()) and _fills_its_boxes(g, boxes, scores)]
    return max(inner, key=lambda g: (len(g[1]), g[0]))[1] if inner else heaviest


def _fills_its_boxes(group: tuple[float, list[etree._Element]], boxes: set,
                     scores: dict[etree._Element, Votes]) -> bool:
    """The inner group is most of the boxes it lies in: boxes wrapping a list of posts, not
    posts with replies nested under their own words (a floor's replies, an answer's comments)."""
    holding = {a for m in group[1] for a in m.iterancestors() if a in boxes}
    held = sum(scores[b].chars - scores[b].links for b in holding)
    return group[0] >= BOX_FILL * held


def _shape(elem: etree._Element) -> tuple[str, str]:
    """Tag and first class word, digits folded: a template adds state words after its own
    ("answer answer-fold", "answer answer-hide answer-last"), and numbers ("post_12")."""
    words = elem.get("class", "").split()
    return elem.tag, re.sub(r"\d+", "", words[0] if words else "")


def _is_post(elem: etree._Element) -> bool:
    text = " ".join(elem.text_content().split())
    stamp = STAMP.search(text)
    if stamp:
        text_left = text.replace(stamp.group(0), "")
    elif _dated(elem):
        text_left = text  # the time is in markup ("3 天" shown, the date in its title)
    elif _signed(elem):
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


def _signed(elem: etree._Element) -> bool:
    """An author line without a time: a floor label ("3楼", "沙发") on its own, or a link to
    the author's profile page."""
    for node in elem.iter():
        if isinstance(node.tag, str) and node.text and _FLOOR.fullmatch(node.text.strip()):
            return True
    for link in elem.iter("a"):
        # the address's path, not its host ("js.people.com.cn" is a news site's host)
        parts = urlsplit(link.get("href", ""))
        where = f"{parts.path}?{parts.query}"
        if _PROFILE.search(where) and not _ACCOUNT.search(where) \
                and 0 < len(" ".join(link.text_content().split())) <= 30:
            return True
    return False


def _dated(elem: etree._Element) -> bool:
    """The post carries its time in markup: a <time datetime>, a data-time attribute, or a
    title holding the full date and clock under a relative one ("3 天", "2月26日")."""
    for node in elem.iter():
        if not isinstance(node.tag, str):
            continue
        if any(node.get(a) for a in _DATED_ATTRS):
            return True
        title = node.get("title")
        if title and _FULL_STAMP.search(title):
            return True
    return False


def _bare(post: etree._Element, scores: dict[etree._Element, Votes]) -> float:
    """Short posts without punctuation ("元旦快乐") vote little as prose; count their text."""
    return max(0.0, scores[post].chars - scores[post].links - scores[post].prose) * 0.5


def _contains(outer: etree._Element, inner: etree._Element) -> bool:
    return outer is inner or any(a is outer for a in inner.iterancestors())


def _page_signals(root: etree._Element) -> str:
    """The page's generator, address and title: where it says it is a forum or Q&A page."""
    parts = root.xpath("//meta[@name='generator' or @property='og:url' or @property='og:type']/@content")
    parts += root.xpath("//link[@rel='canonical']/@href|//base/@href")
    parts += [t.text_content() for t in root.xpath("//head/title")]
    powered = re.findall(r"powered\s+by\s+\S+", root.text_content()[-3000:], re.I)
    return " ".join([*parts, *powered])


def thread_article(body: etree._Element, posts: frozenset, share: float,
                   starter: etree._Element | None = None) -> etree._Element:
    """The deepest element holding every post and `share` of the page's prose (posts counted).

    `starter` is the article found without the posts: on an article or question page with
    comments, the text the comments answer. When it sits before the posts, outside their box,
    the box grows to hold it too, as long as that adds little else beside them.
    """
    scores = score_tree(body, posts)
    needed = share * scores[body].prose
    first = next(node for node in body.iter() if node in posts)  # posts is a set: the first in the page
    found = body
    for candidate in [first, *first.iterancestors()]:
        if all(_contains(candidate, p) for p in posts) and scores.get(candidate, Votes()).prose >= needed:
            found = candidate
            break
    if visible_length(_text_before(found, first)) < STARTER_BEFORE:
        found = with_starter_above(found, scores)
    if starter is None or _contains(found, starter) or _contains(starter, first) or not _precedes(starter, first):
        return found
    both = scores[found].prose + scores.get(starter, Votes()).prose
    for ancestor in found.iterancestors():
        if _contains(ancestor, starter):
            return ancestor if scores.get(ancestor, Votes()).prose <= STARTER_CLIMB * both else found
    return found


def _precedes(first: etree._Element, second: etree._Element) -> bool:
    """`first` starts before `second` in document order."""
    for node in first.getroottree().getroot().iter():
        if node is first:
            return True
        if node is second:
            return False
    return False


def reduce_posts(thread: Thread, article: etree._Element, audit: Audit, replies: str) -> None:
    """Each post keeps its words; replies are kept, headed or dropped as asked.

    What goes from a post: the text its template repeats in most posts (author panels with
    their 积分/当前离线 labels, 回复/举报 bars) and its stamp line (author and time).
    """
    posts = [p for p in thread.posts if _contains(article, p) and p.getparent() is not None]
    if not posts:
        return
    template = _template_strings(posts)
    thread.starter_first = visible_length(_text_before(article, posts[0])) < STARTER_BEFORE
    kept, headings = [], {}
    for index, post in enumerate(posts):
        is_reply = index > 0 or not thread.starter_first
        if replies == "drop" and is_reply:
            audit.drop(post, "reply")
            continue
        kept.append(post)
        if replies == "sections" and is_reply:
            headings[post] = _post_heading(post)
    drop_starter_furniture(article, posts[0], STAMP, audit)
    drop_trailing_furniture(article, posts[-1], STAMP, audit)
    drop_list_header(posts[0], audit)
    # Posts whose message slot is found keep it alone; the others lose what the template repeats.
    dated = {post for post in kept if _is_post(post)}
    drop_signatures(kept, audit)
    reduced = keep_post_bodies(kept, template, STAMP, audit)
    for post in kept:
        if reduced and post not in reduced and (post not in dated or not holds_sentence(post)):
            # In the post list's place but without the message slot the posts share, and
            # undated (a loading placeholder, the reply composer "说点什么吧…") or without a
            # sentence (an issue timeline's event row "X 添加了 缺陷 标签").
            audit.drop(post, "post-meta")
            continue
        if post not in reduced:
            _drop_template_parts(post, template, audit)
            _drop_stamp_line(post, template, audit)
        for quote in _quotes(post):
            _drop_stamp_line(quote, template, audit)  # "name 发表于 time" heading a quoted post
        for quote in [e for e in post.iterdescendants() if isinstance(e.tag, str) and is_quote(e)]:
            drop_quote_byline(quote, audit)  # "name 写道：", "最初由 name 发表" without a time
        drop_post_furniture(post, STAMP, audit)
        _unlayout(post)
        _unlist(post)
        if post in headings:
            post.insert(0, headings[post])


def drop_signatures(posts: list[etree._Element], audit: Audit) -> None:
    """A post's last line that another post also ends with, word for word, is a signature
    (the same member's motto under each of their posts), not words: too rare across the
    thread for the template comparison, found by where it stands. A quote repeats an earlier
    post's words at the top of a reply, not at its end."""
    ends: dict[str, list[etree._Element]] = defaultdict(list)
    for leaf in map(_last_leaf, posts):
        if leaf is not None and not is_quote(leaf) and not any(map(is_quote, leaf.iterancestors())):
            ends["".join(leaf.text_content().split())].append(leaf)
    for text, leaves in ends.items():
        if len(leaves) >= MIN_POSTS and SIGNATURE_MIN_CHARS <= len(text) <= BYLINE_CHARS:
            for leaf in leaves:
                audit.drop(leaf, "signature")


def _last_leaf(post: etree._Element) -> etree._Element | None:
    """The post's last block with text and no block inside (its closing line)."""
    found = None
    for elem in post.iterdescendants():
        if isinstance(elem.tag, str) and elem.tag in _LEAF_BLOCKS and elem.text_content().strip() \
                and not any(d.tag in _LEAF_BLOCKS for d in elem.iterdescendants()):
            found = elem
    return found


def _quotes(post: etree._Element) -> list[etree._Element]:
    """The outermost quote blocks inside a post (a reply quoting an earlier post)."""
    found = [e for e in post.iterdescendants() if isinstance(e.tag, str) and is_quote(e)]
    return [e for e in found if not any(a in found for a in e.iterancestors())]


def _unlayout(post: etree._Element) -> None:
    """A post laid out as a table (author cell | words cell) reads as blocks, not a table."""
    for elem in post.iter("table", "tbody", "thead", "tr", "td", "th"):
        elem.tag = "div"
        for attr in ("colspan", "rowspan"):
            elem.attrib.pop(attr, None)


def _unlist(post: etree._Element) -> None:
    """Posts rendered as the items of a list (<ol id="posts"><li>…) read as blocks: the list's
    numbers would be floor numbers printed again ("1.", "2." before each post)."""
    parent = post.getparent()
    if post.tag != "li" or parent is None or parent.tag not in ("ol", "ul"):
        return
    parent.tag = "div"
    parent.attrib.pop("start", None)
    for item in parent:
        if item.tag == "li":
            item.tag = "div"


def _strings(elem: etree._Element) -> list[str]:
    """The element's text pieces as the template prints them for any post (post_body.fold)."""
    return [fold(t) for t in elem.itertext() if t.strip()]


def _template_strings(posts: list[etree._Element]) -> set[str]:
    counts: dict[str, int] = defaultdict(int)
    for post in posts:
        for piece in set(_strings(post)):
            counts[piece] += 1
    needed = max(2, TEMPLATE_SHARE * len(posts))
    return {piece for piece, n in counts.items() if n >= needed}


def _drop_template_parts(post: etree._Element, template: set[str], audit: Audit) -> None:
    gone: set[etree._Element] = set()
    for elem in list(post.iterdescendants()):
        if not isinstance(elem.tag, str) or any(a in gone for a in elem.iterancestors()):
            continue
        pieces = _strings(elem)
        total = sum(map(len, pieces))
        if total and all(p in template for p in pieces):
            gone.add(elem)
            audit.drop(elem, "post-meta")
    # Loose labels between elements ("<a>name</a> 当前离线 积分5") go too.
    for elem in post.iter():
        if not isinstance(elem.tag, str):
            continue
        if elem.text and fold(elem.text) in template:
            audit.note(elem.text, "post-meta")
            elem.text = None
        for child in elem:
            if child.tail and fold(child.tail) in template:
                audit.note(child.tail, "post-meta")
                child.tail = None
    audit.votes.forget()  # texts were cleared outside Audit.drop: the memoised votes are stale


def _drop_stamp_line(post: etree._Element, template: set[str], audit: Audit) -> None:
    """The largest block around the stamp that holds nothing but a byline: the stamp, links
    (the author) and template labels; never the post's own words."""
    stamped = [e for e in post.iterdescendants() if isinstance(e.tag, str)
               and STAMP.search(" ".join(e.text_content().split()))]
    if not stamped:
        return
    line = min(stamped, key=lambda e: visible_length(e.text_content()))
    for ancestor in line.iterancestors():
        if ancestor is post or visible_length(ancestor.text_content()) > BYLINE_CHARS \
                or _own_words(ancestor, line, template):
            break
        line = ancestor
    if visible_length(line.text_content()) <= BYLINE_CHARS:
        drop_line(line, audit)


def _own_words(elem: etree._Element, line: etree._Element, template: set[str]) -> bool:
    """`elem` holds text outside `line` that is neither a link nor a template label."""
    for node in elem.xpath(".//text()"):
        owner = node.getparent()
        if node.is_tail:
            owner = owner.getparent()
        if owner is None or not node.strip() or _contains(line, owner):
            continue
        if owner.tag == "a" or any(a.tag == "a" for a in owner.iterancestors()):
            continue
        if fold(node) not in template:
            return True
    return False


def _text_before(article: etree._Element, first: etree._Element) -> str:
    text = []
    for node in article.iter():
        if node is first:
            break
        if isinstance(node.tag, str) and not any(a is first for a in node.iterancestors()):
            text.append(node.text or "")
    return "".join(text)


def _post_heading(post: etree._Element) -> etree._Element:
    """"author · time": the post's first short link (its author) and its stamp."""
    stamp = STAMP.search(" ".join(post.text_content().split()))
    author = next((w for w in (" ".join(a.text_content().split()) for a in post.iter("a"))
                   if w and len(w) <= 30), "")
    heading = lxml.html.Element("h2")
    heading.text = " · ".join(part for part in (author, stamp.group(0) if stamp else "") if part)
    return heading

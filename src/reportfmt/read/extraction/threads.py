"""Forum threads, Q&A pages and comment pages: the posts are the content.

The posts are found by repeated_posts.py (a template's repeated containers, each dated or
signed, with text of its own; posts printed as runs of siblings are boxed first, flat_posts.py).
A thread nobody answered yet, on a page that says it is a discussion, is its one post: the
lowest box around the article that reads as a post (`lone_post`).
When the posts lie outside the article found without them and
hold more prose than it (a thread whose starter is short, a page of short reviews), or the
page says it is a discussion (forum software, a thread or question address) and they hold a
fair share, they are kept whatever their class names say ("comment-item" names chrome on a
news page, content on a comment page). Long entries with a title before their stamp, on a
page that does not say it is a discussion, are a blog's list of posts, not a thread.

Each kept post is reduced to its words: its message slot where the posts share one
(post_body.py), else what most posts repeat (the author panel's labels, the action bars) and
the stamp line are dropped and recorded (`extract.post-meta`, post_words.py); a quoted post
loses its own byline (list_lines.py: the quote's byline, the list's counter line), and a
reply that opens by repeating an earlier post loses the copy (quoted_copies.py). The
starter's box above the posts is found and loses its furniture (starter.py). Posts
introduced as comments under an article with more prose than they hold are the article's
comments, not a thread.
Option `extract.replies`: `keep` (the default: every post's text in order), `sections`
(each reply under a heading with its author and time), `drop` (the thread starter's post
alone; replies recorded as `extract.reply`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from .audit import Audit
from .bylines import post_heading
from .dated_sections import document_sections
from .inline_names import drop_inline_names
from .list_lines import (
    COMMENTS_LABEL,
    drop_bare_quote_byline,
    drop_list_header,
    drop_quote_byline,
    drop_reply_to_line,
    drop_unnamed_quote_bylines,
    label_before,
)
from .post_body import holds_sentence, is_quote, keep_post_bodies
from .post_kin import kin_group, with_kin_nearby
from .post_words import (
    drop_signatures,
    drop_stamp_line,
    drop_template_parts,
    outer_quotes,
    template_strings,
    unlayout,
    unlist,
)
from .pruning import looks_like_entry
from .quoted_copies import drop_previews, drop_quoted_copies
from .repeated_posts import MIN_POSTS, STAMP, best_post_group, by_several_users, contains, is_post, is_signed, shape
from .starter import drop_post_furniture, drop_starter_furniture, drop_trailing_furniture, with_starter_above
from .votes import Votes, score_tree, visible_length

# Posts become the content when they hold this much more prose than the article without them,
# or this share of it on a page that says it is a discussion.
OUTWEIGH = 1.5
DISCUSSION_SHARE = 0.1
# Posts listed as comments ("评论：", "7 条评论") under an article that holds at least this share of
# their prose are its readers' comments, not a thread (an issue tracker's opening post, listed
# among the comments, leaves a few characters outside them).
COMMENTED_ARTICLE = 0.25
# The posts' box grows to hold the thread starter's text only when the box that holds both
# has at most this much more prose than the two together (no side columns between them).
STARTER_CLIMB = 1.25
# A box of replies with less text than this before its first post has no starter in it ...
STARTER_BEFORE = 20
# ... and grows over the starter's box above it (starter.py).
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

# Two members of one shape that share less than this share of their parts' shapes are a
# layout's columns, not two posts of a template (two posts of one template on the tuning
# pages share 0.84 and 0.86 of them; a main and a side column, 0.15).
COLUMN_SHARED_SHAPES = 0.3
# A thread of one post: its box holds at most this much more prose than the article found.
LONE_POST_CLIMB = 1.3

# Signs that a page is a discussion: forum software, thread or question addresses, titles.
_DISCUSSION = re.compile(
    r"discuz|phpwind|bbs-?go|vbulletin|phpbb|xenforo|flarum|discourse|"
    r"viewthread|forum\.php|showtopic|/thread|/topic|/question|/answer|/comments|tieba|zhidao|bbs\.|"
    r"论坛|社区|贴吧|问答|百度知道",
    re.I,
)

# A blog page's own post holds at least this much prose beside the comment boxes.
BLOG_POST_PROSE = 50
# A page that says it is a blog post (its address, generator or the site's name in its title).
_BLOG = re.compile(r"博客|blog", re.I)
_TITLE_PARTS = re.compile(r"\s*[-_|–—]+\s*")


@dataclass
class Thread:
    posts: list[etree._Element]
    starter_first: bool = True  # the first post is the thread starter (no separate article)
    lone: bool = False  # a thread of one post: no second post to tell its template from its words

    @property
    def boxes(self) -> frozenset:
        return frozenset(self.posts)


def find_thread(root: etree._Element, body: etree._Element, article: etree._Element,
                scores: dict[etree._Element, Votes]) -> Thread | None:
    """The page's posts, when they are its content; None on an article page."""
    posts = best_post_group(body, scores, kin=kin_group, kin_nearby=with_kin_nearby)
    if not posts or page_columns(posts, article):
        return lone_post(root, article, scores)
    signalled = bool(_DISCUSSION.search(_page_signals(root)))
    discussion = signalled or by_several_users(posts)
    if not discussion and sum(map(looks_like_entry, posts)) > len(posts) / 2:
        return None  # titled, dated, long entries: a blog's list of posts (pruning keeps the first)
    if says_blog(root):
        return None  # a blog post's readers' comments, whatever else the site calls itself
    if document_sections(posts):
        # A notice's, a 简报's, a 大事记's dated sections: no author marks them (dated_sections.py),
        # whatever the page calls itself (a neighbourhood 社区's notices, a board's reposted one).
        return None
    prose = sum(scores[p].prose + _bare(p, scores) for p in posts)
    outside = scores[article].prose - sum(scores[p].prose for p in posts if contains(article, p))
    needed = (DISCUSSION_SHARE if discussion else OUTWEIGH) * max(outside, 1.0)
    if prose < needed:
        return lone_post(root, article, scores)  # a handful of dated boxes beside one post
    if COMMENTS_LABEL.search(label_before(posts[0])) and (
            outside >= prose or (not signalled and outside >= COMMENTED_ARTICLE * prose)):
        # An article and its readers' comments: the article is the page (pruning cuts them),
        # also when a long discussion under a short post outweighs it, unless the page says
        # it is a discussion (an issue's or a topic's comments are the thread).
        return None
    return Thread(posts)


def page_columns(posts: list[etree._Element], article: etree._Element) -> bool:
    """"Posts" that are the page's layout columns: a grid names its columns with one class word
    whose number alone differs (a main column "col-lg-9" beside a side column "col-lg-3"), so
    they fold into one shape, and they read as posts (the main column carries the byline's
    date, a side column an author's card with a profile link or a dated list). They are told
    from the posts of a thread by three things at once: their first class words differ (a
    template names its posts alike), the article found without them lies inside one of them,
    and that one shares few of its parts' shapes with each other (posts of one template share
    most)."""
    if len({(p.get("class") or "").split()[0] if p.get("class") else "" for p in posts}) < 2:
        return False
    holder = next((p for p in posts if p is not article and contains(p, article)), None)
    if holder is None and len(posts) == MIN_POSTS:
        # Two "posts" around the article, not holding it: a page's two columns side by side
        # under the box the vote chose (a sidebar with a dated list beside the main column).
        holder = max(posts, key=lambda p: len(p.text_content()))
    if holder is None:
        return False
    held = _part_shapes(holder)
    return all(len(held & other) < COLUMN_SHARED_SHAPES * max(1, len(held | other))
               for other in (_part_shapes(p) for p in posts if p is not holder))


def _part_shapes(elem: etree._Element) -> set[tuple[str, str]]:
    return {shape(e) for e in elem.iterdescendants() if isinstance(e.tag, str)}


def lone_post(root: etree._Element, article: etree._Element, scores: dict[etree._Element, Votes]) -> Thread | None:
    """A thread of one post (no reply yet) on a page that says it is a discussion: the
    lowest box around the article that reads as a post (a stamp and an author line: a floor
    label or a profile link) and adds little prose to it (no side column, no other post)."""
    if not _DISCUSSION.search(_page_signals(root)):
        return None
    prose = scores[article].prose
    for box in [article, *article.iterancestors()]:
        if box.tag == "html":
            return None  # the climb ends at the body: a box above it is no post (and no thread's)
        if scores.get(box, Votes()).prose > LONE_POST_CLIMB * max(prose, 1.0):
            return None
        if STAMP.search(" ".join(box.text_content().split())) and is_signed(box) and is_post(box):
            return Thread([box], lone=True)
    return None


def _bare(post: etree._Element, scores: dict[etree._Element, Votes]) -> float:
    """Short posts without punctuation ("元旦快乐") vote little as prose; count their text."""
    return max(0.0, scores[post].chars - scores[post].links - scores[post].prose) * 0.5


def blog_comments(root: etree._Element, body: etree._Element, scores: dict[etree._Element, Votes],
                  article: etree._Element | None = None) -> list[etree._Element]:
    """On a page that says it is a blog post, the boxes find_thread would read as posts are its
    readers' comments, to be cut before the article is chosen (however much they outweigh a
    short post): none when the page holds no prose besides them, they are a list of entries,
    or the page's columns (page_columns, as find_thread tells them)."""
    if not says_blog(root):
        return []
    posts = best_post_group(body, scores, kin=kin_group, kin_nearby=with_kin_nearby)
    if not posts or sum(map(looks_like_entry, posts)) > len(posts) / 2:
        return []
    if article is not None and page_columns(posts, article):
        return []
    outside = scores[body].prose - sum(scores[p].prose for p in posts)
    return list(posts) if outside >= BLOG_POST_PROSE else []


def says_blog(root: etree._Element) -> bool:
    """The page calls itself a blog post: its generator, its address, or the site's name that
    closes its title ("… - 博客园", "…_新浪博客", "…-X博客"; the title's first part is the post's
    own subject, which may be about blogs). Under a blog post the boxes are readers' comments,
    even where the site also calls itself a community."""
    parts = root.xpath("//meta[@name='generator' or @property='og:url' or @property='og:type']/@content")
    parts += root.xpath("//link[@rel='canonical']/@href|//base/@href")
    parts += [_TITLE_PARTS.split(t.text_content().strip())[-1] for t in root.xpath("//head/title")
              if len(_TITLE_PARTS.split(t.text_content().strip())) > 1]
    return bool(_BLOG.search(" ".join(parts)))


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
        if all(contains(candidate, p) for p in posts) and scores.get(candidate, Votes()).prose >= needed:
            found = candidate
            break
    if visible_length(text_before(found, first)) < STARTER_BEFORE:
        found = with_starter_above(found, scores)
    if starter is None or contains(found, starter) or contains(starter, first) or not _precedes(starter, first):
        return found
    both = scores[found].prose + scores.get(starter, Votes()).prose
    for ancestor in found.iterancestors():
        if contains(ancestor, starter):
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


def reduce_posts(thread: Thread, article: etree._Element, audit: Audit, replies: str,
                 printed: Callable[[etree._Element], etree._Element] = lambda post: post) -> None:
    """Each post keeps its words; replies are kept, headed or dropped as asked.

    What goes from a post: the text its template repeats in most posts (author panels with
    their 积分/当前离线 labels, 回复/举报 bars) and its stamp line (author and time).
    `printed` gives a post as the page printed it, before any cut: a reply's heading is read
    there (a member's panel printed again under their next post has gone as a copy).
    """
    posts = [p for p in thread.posts if contains(article, p) and p.getparent() is not None]
    if not posts:
        return
    template = template_strings(posts)
    if posts[0] is not article:  # a thread of one post can be the article itself: nothing above it
        drop_starter_furniture(article, posts[0], STAMP, audit)
    # The first post is the starter's unless words of the starter stand above it: the title
    # (a heading) and the topic box's counters and buttons (gone just above) are not words.
    thread.starter_first = visible_length(text_before(article, posts[0], headings=False)) < STARTER_BEFORE
    kept, headings = [], {}
    for index, post in enumerate(posts):
        is_reply = index > 0 or not thread.starter_first
        if replies == "drop" and is_reply:
            audit.drop(post, "reply")
            continue
        kept.append(post)
        if replies == "sections" and is_reply:
            headings[post] = post_heading(printed(post))
    drop_trailing_furniture(article, posts[-1], STAMP, audit)
    drop_list_header(posts[0], audit)
    # Posts whose message slot is found keep it alone; the others lose what the template repeats.
    dated = {post for post in kept if is_post(post)}
    drop_signatures(kept, audit)
    drop_inline_names(kept, audit)  # "<a>name</a>：words", "回复<a>@name</a>：words"
    reduced = keep_post_bodies(kept, template, STAMP, audit)
    for post in kept:
        if reduced and post not in reduced and (post not in dated or not holds_sentence(post)):
            # In the post list's place but without the message slot the posts share, and
            # undated (a loading placeholder, the reply composer "说点什么吧…") or without a
            # sentence (an issue timeline's event row "X 添加了 缺陷 标签").
            audit.drop(post, "post-meta")
            continue
        for quote in outer_quotes(post):
            drop_bare_quote_byline(quote, STAMP, audit)  # before the stamp lines take the quote whole
        if post not in reduced:
            drop_stamp_line(post, template, audit, named=True)  # a plain-text name and its time
            drop_template_parts(post, template, audit)
            drop_stamp_line(post, template, audit)
        for quote in outer_quotes(post):
            drop_stamp_line(quote, template, audit)  # "name 发表于 time" heading a quoted post
        for quote in [e for e in post.iterdescendants() if isinstance(e.tag, str) and is_quote(e)]:
            drop_quote_byline(quote, audit)  # "name 写道：", "最初由 name 发表" without a time
        drop_unnamed_quote_bylines(post, audit)
        drop_reply_to_line(post, audit)
        if not thread.lone:  # alone, a post's short field lines ('附言：…') may be its words
            drop_post_furniture(post, STAMP, audit)
        unlayout(post)
        unlist(post)
    drop_quoted_copies([p for p in kept if p.getparent() is not None],
                       "".join(text_before(article, posts[0]).split()), audit)
    drop_previews(article, [p for p in kept if p.getparent() is not None], audit)
    for post, heading in headings.items():
        post.insert(0, heading)


def text_before(article: etree._Element, first: etree._Element, headings: bool = True) -> str:
    """The article's text before `first` (a heading's words too unless `headings` is false)."""
    text = []
    for node in article.iter():
        if node is first:
            break
        if not isinstance(node.tag, str) or any(a is first for a in node.iterancestors()):
            continue
        if headings or not (node.tag in _HEADINGS or any(a.tag in _HEADINGS for a in node.iterancestors())):
            text.append(node.text or "")
    return "".join(text)

"""A reply's heading under `extract.replies: sections`: its author and the time it was posted.

Read from the post as the page printed it (before any cut: a member's panel printed again
under their second post goes as a repeated copy, their name with it). The author is the
post's link to a member's profile page, else its first short link that is neither a floor
label ("板凳", "4#") nor a button, else a name printed without a link just before the stamp;
the time is the first stamp outside quotes that carries a clock or a relative time
("2024-6-4 07:05", "3天前"), else the first date: an author panel's "注册时间 2021-3-9" comes
before the post's own "发表于 2024-6-4 07:05" in the page's order.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from ...passes.patterns import REPLY_CLASS  # (boilerplate would take "王阿姨 · 2024-02-11 12:40" for a byline)
from .post_body import is_quote
from .repeated_posts import FLOOR, STAMP, is_profile_path

# A user name is at most this long (visible characters).
NAME_CHARS = 30
# A stamp that says when, to the minute or relatively: a clock, or "N天前", "昨天", "刚刚".
_WHEN = re.compile(r"\d{1,2}:\d{2}|前|昨天|前天|刚刚")
# A name printed without a link sits in an inline element of the byline (a paragraph before
# the stamp is writing, not a name).
_INLINE = {"span", "b", "strong", "em", "i", "cite", "font", "label", "small"}
# Button and byline labels a short link may carry instead of a name.
_BUTTON = re.compile(r"^(?:回复|引用|举报|分享|收藏|点赞|赞|踩|评论|编辑|删除|只看|关注|私信|更多|复制)")


def post_heading(post: etree._Element) -> etree._Element:
    """An <h2> "author · time" for the post (either part left out when not found)."""
    heading = lxml.html.Element("h2", {"class": REPLY_CLASS})
    heading.text = " · ".join(part for part in (post_author(post), post_time(post)) if part)
    return heading


def post_author(post: etree._Element) -> str:
    names = [(link, " ".join(link.text_content().split())) for link in _outside_quotes(post, "a")]
    names = [(link, name) for link, name in names if 0 < len(name) <= NAME_CHARS
             and not FLOOR.fullmatch(name) and not _BUTTON.match(name) and not STAMP.search(name)]
    for link, name in names:
        parts = urlsplit(link.get("href", ""))
        if is_profile_path(f"{parts.path}?{parts.query}"):
            return name
    linked = next((name for link, name in names if not link.get("href", "").startswith("#")), "")
    return linked or _name_before_stamp(post)


def _name_before_stamp(post: etree._Element) -> str:
    """A name printed without a link: the short text of the element just before the one that
    holds the post's first stamp ("<span>name</span><span>今天 08:12</span>", "<b>name</b><br>
    <span>2024-07-29 08:12</span>"), when it is inline and no floor label, button or stamp."""
    for elem in _outside_quotes(post, "*"):
        own = " ".join((elem.text or "").split())
        if not own or not STAMP.search(own):
            continue
        before = next((e for e in elem.itersiblings(preceding=True)
                       if isinstance(e.tag, str) and e.text_content().strip()), None)  # past a <br>
        name = " ".join(before.text_content().split()) if before is not None and before.tag in _INLINE else ""
        if 0 < len(name) <= NAME_CHARS and not FLOOR.fullmatch(name) and not _BUTTON.match(name) \
                and not STAMP.search(name):
            return name
        return ""
    return ""


def post_time(post: etree._Element) -> str:
    stamps = [m.group(0) for text in _texts_outside_quotes(post) for m in STAMP.finditer(text)]
    return next((s for s in stamps if _WHEN.search(s)), stamps[0] if stamps else "")


def _outside_quotes(post: etree._Element, tag: str) -> list[etree._Element]:
    return [e for e in post.iter(tag) if not any(is_quote(a) for a in e.iterancestors() if a is not post)
            and not is_quote(e)]


def _texts_outside_quotes(post: etree._Element) -> list[str]:
    """The post's text in page order with its quotes left out (a quote's stamp is the quoted
    post's), whitespace folded."""
    pieces: list[str] = []
    for node in post.xpath(".//text()"):
        owner = node.getparent().getparent() if node.is_tail else node.getparent()
        holders = [owner, *owner.iterancestors()] if owner is not None else []
        if any(is_quote(h) for h in holders if h is not post and post in h.iterancestors()):
            continue
        pieces.append(" ".join(str(node).split()))
    return [" ".join(p for p in pieces if p)]

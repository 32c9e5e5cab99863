"""A comment line that opens with its writer's linked name and a colon loses the name, the
reply-to part and the colon; its words stay (extraction/inline_names.py)."""

from __future__ import annotations

import lxml.html

from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.inline_names import drop_inline_names


def _posts(html: str) -> list:
    root = lxml.html.fromstring(f"<div>{html}</div>")
    return root.xpath("./div[@class='post']")


def _texts(posts: list) -> list[str]:
    return [" ".join(p.text_content().split()) for p in posts]


def test_feed_comments_lose_the_name_and_the_reply_to_part() -> None:
    posts = _posts(
        '<div class="post"><div class="txt"><a href="/u/1">小北</a>：周六我带两本书过去。</div></div>'
        '<div class="post"><div class="txt"><a href="/u/2">老周</a><img src="v.png">：回复<a href="/n/x">@小北</a>：'
        '好的，到时候见。</div></div>')
    audit = Audit()
    drop_inline_names(posts, audit)
    assert _texts(posts) == ["周六我带两本书过去。", "好的，到时候见。"]
    assert [r.text for r in audit.removed] == ["小北：", "老周：回复@小北："]


def test_floor_in_floor_reply_with_spaced_reply_to() -> None:
    posts = _posts(
        '<div class="post"><div class="cnt"><a class="at" href="/h/1">阿南</a>:&nbsp;'
        '<span class="main">回复 <a class="at" href="/h/2">小满</a> :叶子正面朝上放</span></div></div>'
        '<div class="post"><div class="cnt"><a class="at" href="/h/3">老王</a>:&nbsp;'
        '<span class="main">停水这一条很有用</span></div></div>')
    drop_inline_names(posts, Audit())
    assert _texts(posts) == ["叶子正面朝上放", "停水这一条很有用"]


def test_one_line_opening_with_a_link_and_a_colon_is_words() -> None:
    html = ('<div class="post"><p><a href="/f/1.doc">附件</a>：报名表请下载后填写。</p></div>'
            '<div class="post"><p>我已经填好交上去了。</p></div>')
    posts = _posts(html)
    drop_inline_names(posts, Audit())
    assert _texts(posts) == ["附件：报名表请下载后填写。", "我已经填好交上去了。"]


def test_a_link_inside_a_sentence_or_without_words_after_is_kept() -> None:
    # Two comment lines make the form the thread's; the other lines do not open with it.
    posts = _posts(
        '<div class="post"><p><a href="/u/8">阿强</a>：明天也去。</p><p><a href="/u/9">阿静</a>：我也去。</p></div>'
        '<div class="post"><p>我看了<a href="/u/1">小北</a>：说得对。</p></div>'
        '<div class="post"><p><a href="/u/2">老周</a>：</p></div>'
        '<div class="post"><p><a href="/u/3">这是一句很长的链接文字，它本身就是一句话。</a>：后面</p></div>')
    drop_inline_names(posts, Audit())
    assert _texts(posts) == ["明天也去。我也去。", "我看了小北：说得对。", "老周：",
                             "这是一句很长的链接文字，它本身就是一句话。：后面"]


def test_addressee_parted_by_a_comma() -> None:
    """A blog comment widget's reply: "<a>@name</a> , words" (issue 13 round 25)."""
    posts = _posts(
        '<div class="post"><div class="c"><p><a class="at" href="#c1">@青柠</a> , 下周还去那家面馆吗？</p></div></div>'
        '<div class="post"><div class="c"><p><a class="at" href="#c2">@阿橘</a> ，链接已经换好了。</p></div></div>'
        '<div class="post"><div class="c"><p><a href="/t">附件</a>, 说明见下文的表格。</p></div></div>')
    drop_inline_names(posts, Audit())
    # Only an "@" name is an addressee before a comma: a link then a comma is the words' own.
    assert _texts(posts) == ["下周还去那家面馆吗？", "链接已经换好了。", "附件, 说明见下文的表格。"]

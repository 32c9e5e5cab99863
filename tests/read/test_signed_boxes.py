"""signed_boxes (repeated_posts.py): is_signed of every box of a tree from one reading of it,
the same answer is_signed gives box by box (the thread finder asks it at every level)."""

from __future__ import annotations

import lxml.html

from reportfmt.read.extraction.repeated_posts import is_signed, signed_boxes

PAGE = f"""<div id="page">
  <div id="floors">
    <div id="first" class="post"><span id="floor">2楼</span><p>水管换好了，谢谢各位。</p></div>
    <div id="second" class="post"><div id="who"><a id="profile" href="/u/123">阿强</a></div><p>不客气。</p></div>
    <div id="third" class="post"><a id="login" href="/user/login">登录</a><p>登录后才能回复。</p></div>
    <div id="fourth" class="post"><a id="long" href="/u/9">{"长" * 31}</a></div>
  </div>
  <div id="side"><!-- 侧栏 --><p>热门话题</p></div>
</div>"""


def test_signed_boxes_are_the_boxes_holding_a_floor_label_or_a_profile_link():
    root = lxml.html.fragment_fromstring(PAGE)
    signed = signed_boxes(root)
    named = {e.get("id"): value for e, value in signed.items() if isinstance(e.tag, str) and e.get("id")}
    assert {name for name, value in named.items() if value} == {
        "page", "floors", "first", "floor", "second", "who", "profile"}
    # (the account page's link and a link too long for a name sign nothing)
    assert not named["third"] and not named["fourth"] and not named["side"]


def test_signed_boxes_agree_with_is_signed_box_by_box():
    root = lxml.html.fragment_fromstring(PAGE)
    signed = signed_boxes(root)
    assert len(signed) == len(list(root.iter()))
    assert all(value == is_signed(box) for box, value in signed.items() if isinstance(box.tag, str))

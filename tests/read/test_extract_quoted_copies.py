"""A reply that opens by repeating an earlier post loses the copy, found by its position
(quoted_copies.py). The board is written for this test in the form forum engines render
(repeated post boxes with author link, time and message), with made-up words."""

from __future__ import annotations

from reportfmt.read.extract import extract_main
from reportfmt.read.html import clean_tree

STARTER = ("新买的电热水器装好以后，洗澡洗到一半水就变凉了，温度明明设在六十度，"
           "师傅来看过说内胆没问题，是不是混水阀装反了？")
FIRST = "先看看冷热水管有没有接反，接反了的话出水会越用越凉，调一下就好。"
SECOND = "我家也是这样，后来发现是限温开关坏了，换了一个二十块钱的零件就好了。"
OWN_REPLY = "谢谢两位，师傅明天上门，我让他把水管和开关都检查一遍。"
SHORT_OWN = "限温开关这个思路很好，记下了，过两天我也去查一查。"


def _post(i: int, author: str, message: str) -> str:
    return (f'<div class="msgbox" id="m{i}"><div class="side"><a href="/home/{i}">{author}</a>'
            f'<span>等级 {i + 2}</span></div><div class="main"><div class="when">{i}楼 2024-3-{i + 1} 10:1{i}</div>'
            f'<div class="words">{message}</div>'
            '<div class="bar"><a href="#">回复</a> <a href="#">举报</a></div></div></div>')


def _page(posts: str) -> str:
    return ('<html><head><title>热水器洗一半变凉 - 家电论坛</title></head><body>'
            '<div class="top"><a href="/">首页</a> <a href="/reg">注册</a> <a href="/login">登录</a></div>'
            f'<div class="thread"><h1>热水器洗一半变凉</h1>{posts}</div>'
            '<div class="bottom">某某家电论坛 版权所有</div></body></html>')


def _flat(text: str) -> str:
    return "".join(text.split())


def test_a_quote_box_cut_short_and_an_unmarked_copy_go_from_the_replies_that_open_with_them():
    cut = STARTER[:34] + "..."
    posts = (_post(1, "小王", f"<p>{STARTER}</p>")
             + _post(2, "热心网友", f"<p>{FIRST}</p>")
             + _post(3, "老李", f"<p>{SECOND}</p>")
             # a quote box: the quoted author and time, then the starter's words cut short
             + _post(4, "小王", f'<div class="box"><div>小王 发表于 2024-3-2 10:11</div><div>{cut}</div></div>'
                                f"<p>{OWN_REPLY}</p>")
             # a copy of an earlier reply cut short, with no quote markup, as the reply's first line
             + _post(5, "路人丙", f'<p>{FIRST[:31]}……</p><p>{SHORT_OWN}</p>'))
    found = extract_main(clean_tree(_page(posts)))
    text = _flat(found.text)
    for words in (STARTER, FIRST, SECOND, OWN_REPLY, SHORT_OWN):
        assert text.count(_flat(words)) == 1, words
    assert _flat(cut) not in text.replace(_flat(STARTER), "")
    copies = [r.text for r in found.removed if r.rule == "extract.quoted-copy"]
    assert len(copies) == 2 and _flat(FIRST[:31]) in _flat(copies[1])


def test_a_short_excerpt_and_a_reply_that_only_repeats_stay():
    excerpt = "限温开关坏了"  # a few words picked out to answer them: the reply's context
    posts = (_post(1, "小王", f"<p>{STARTER}</p>")
             + _post(2, "老李", f"<p>{SECOND}</p>")
             + _post(3, "路人丙", f"<blockquote>{excerpt}</blockquote><p>{SHORT_OWN}</p>")
             + _post(4, "路人丁", f"<p>{FIRST}</p>"))
    found = extract_main(clean_tree(_page(posts)))
    text = _flat(found.text)
    assert _flat(excerpt + SHORT_OWN) in text and _flat(FIRST) in text
    assert not [r for r in found.removed if r.rule == "extract.quoted-copy"]

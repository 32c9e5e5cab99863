"""A quote whose byline is bare text before a line break ("name 发表于 time<br>quoted words",
the form Discuz's touch template and text-quoting boards print) loses the byline and keeps the
quoted words (list_lines.drop_bare_quote_byline). The board is written for this test in the
form such engines render (post boxes with a floor label, author link and time), made-up words."""

from __future__ import annotations

from reportfmt.read.extract import extract_main
from reportfmt.read.html import clean_tree

STARTER = "阳台上的番茄刚结果，叶子背面就爬满了白色的小飞虫，用清水冲过两回还是会再来，有没有不伤果子的办法？"
ANSWER = "那多半是白粉虱，挂几张黄色粘虫板，再用稀释的肥皂水喷叶子背面就行。"
QUOTED = "挂几张黄色粘虫板"
REPLY = "粘虫板真的管用，我家贴了一个星期就少了一大半。"


def _post(i: int, floor: str, author: str, message: str) -> str:
    return (f'<div class="plc" id="pid{i}"><div class="avatar"></div><div class="display">'
            f'<ul class="authi"><li><em>{floor}</em><b><a href="/space/uid-{i}">{author}</a></b></li>'
            f'<li class="grey">2024-4-6 1{i}:0{i}</li></ul><div class="message">{message}</div></div></div>')


def _page(quote: str) -> str:
    posts = (_post(1, "楼主", "种菜的阿福", STARTER) + _post(2, "沙发", "老园丁", ANSWER)
             + _post(3, "板凳", "小满", f'<div class="quote">{quote}</div>{REPLY}'))
    return ('<html><head><title>阳台番茄防虫 - 种植交流</title></head><body>'
            '<div class="hd"><a href="/">首页</a> <a href="/search">搜索</a></div>'
            f'<div class="wp">{posts}</div><div class="ft">绿手指社区 版权所有</div></body></html>')


def _flat(text: str) -> str:
    return "".join(text.split())


def _kept_and_bylines(quote: str) -> tuple[str, list[str]]:
    found = extract_main(clean_tree(_page(quote)))
    return _flat(found.text), [r.text for r in found.removed if r.rule == "extract.post-meta"]


def test_a_bare_byline_before_a_line_break_goes_and_the_quoted_words_stay():
    text, meta = _kept_and_bylines(f"<blockquote>老园丁 发表于 2024-4-6 12:02<br>{QUOTED}</blockquote>")
    assert text.count(_flat(QUOTED)) == 2  # in the answer and in the quote
    assert _flat(REPLY) in text and _flat(STARTER) in text
    assert "发表于" not in text
    assert "老园丁 发表于 2024-4-6 12:02" in meta


def test_a_bare_byline_with_a_quoting_verb_before_a_block_goes_too():
    text, meta = _kept_and_bylines(f"<blockquote>老园丁 写道：<p>{QUOTED}</p></blockquote>")
    assert text.count(_flat(QUOTED)) == 2 and "写道" not in text
    assert "老园丁 写道：" in meta


def test_a_quoted_sentence_opening_the_quote_is_no_byline():
    # the quote's first line is the quoted words themselves (a sentence mark, no verb, no time)
    first = "白粉虱最怕黄色，这个办法我用了三年。"
    text, meta = _kept_and_bylines(f"<blockquote>{first}<br>{QUOTED}</blockquote>")
    assert _flat(first) in text and text.count(_flat(QUOTED)) == 2
    assert not any(_flat(first) in _flat(m) for m in meta)


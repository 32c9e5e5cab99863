"""Q&A pages: the answers' furniture goes wherever it stands (issue 13's leftovers).

The pages are written for these tests in the form a Q&A engine renders (a question box, a best
answer in a box of its own, the other answers as a list), with made-up words."""

from __future__ import annotations

import lxml.html

from reportfmt.read.extract import extract_main
from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.candidates import drop_repeated_copies
from reportfmt.read.html import clean_tree

# The vote, share and report bar every answer carries: labels, and a tooltip question.
BAR = ('<div class="ops"><span class="up"><b>点个赞</b></span> <span>已赞</span> <span>已踩</span>'
       '<div class="tip">这个回答对你有帮助吗？</div> <a href="#c">评论</a> <a href="#s">分享</a>'
       ' <a href="#r">举报</a> <span>收起</span></div>')
QUESTION = "阳台上的绿萝叶子最近一片片发黄，浇水也不算多，是不是该换盆了？"
BEST = ["绿萝发黄多半是根出了问题，先把植株倒出来看看根是不是发黑发软。",
        "烂掉的根剪干净，换上疏松透气的新土，放在散射光的地方缓一周。"]
OTHERS = ["冬天屋里暖气太干也会让叶尖发黄，可以每天往叶面上喷点水。",
          "我家的是因为放在空调出风口下面，挪开以后新叶就长得很好了。",
          "肥料给多了也会烧根，这段时间先别施肥，等新叶长出来再说。"]


def _answer(i: int, words: str) -> str:
    return (f'<div class="answer" id="a{i}"><div class="who"><a href="/user/{i}">园丁{i}号</a>'
            f' <span class="time">2023-0{i}-1{i}</span></div><div class="body"><p>{words}</p></div>{BAR}</div>')


PAGE = ('<html><head><title>绿萝叶子发黄怎么办 - 某某问答</title></head><body>'
        '<div class="top"><a href="/">问答首页</a> <a href="/ask">我要提问</a> <a href="/login">登录</a></div>'
        f'<div class="main"><div class="question"><h1>绿萝叶子发黄怎么办</h1><p>{QUESTION}</p></div>'
        '<div class="best"><div class="label">最佳答案</div>'
        f'<div class="who"><a href="/user/9">老园丁</a> <span class="time">2023-01-09</span></div>'
        f'<div class="body">{"".join(f"<p>{w}</p>" for w in BEST)}</div>{BAR}</div>'
        f'<div class="answers"><h3>其他 3 条回答</h3>{"".join(_answer(i + 1, w) for i, w in enumerate(OTHERS))}</div>'
        '</div><div class="foot"><p>© 2024 某某问答 版权所有</p></div></body></html>')


def _flat(text: str) -> str:
    return "".join(text.split())


def test_a_bar_printed_under_every_answer_goes_from_the_best_answer_too():
    found = extract_main(clean_tree(PAGE))
    text = _flat(found.text)
    for words in [QUESTION, *BEST, *OTHERS]:
        assert _flat(words) in text, words
    for label in ("点个赞", "已踩", "这个回答对你有帮助吗", "举报", "收起"):
        assert label not in text, label
    bars = [r for r in found.removed if r.rule == "extract.repeated-bar" and "点个赞" in r.text]
    assert len(bars) == 4  # every copy recorded


def _dropped(html: str) -> list[str]:
    body = lxml.html.document_fromstring(html).find("body")
    audit = Audit()
    drop_repeated_copies(body, audit)
    return [r.rule for r in audit.removed]


def test_a_page_printed_twice_and_a_quoted_post_keep_their_first_copy():
    lines = "".join(f"<p>{w}</p>" for w in OTHERS)
    # a page printed in a desktop and a mobile version: the second copy goes, the first stays
    assert _dropped(f"<html><body><div>{lines}</div><div>{lines}</div></body></html>") == ["extract.repeat"]
    # short lines quoted in three later posts: words, the first copy stays
    lines = ("窗外一场小雨", "吹落半树桃花", "明早再去看它", "它还开不开花", "不如今晚就去")
    poem = "".join(f"<p>{w}</p>" for w in lines)
    quoted = "".join(f'<div class="post"><blockquote>{poem}</blockquote><p>{w}</p></div>' for w in OTHERS)
    rules = _dropped(f'<html><body><div class="post">{poem}</div>{quoted}</body></html>')
    assert rules == ["extract.repeat"] * 3
    # a bar of labels printed three times goes from every place, its first too
    bars = "".join(f"<div><p>{w}</p>{BAR}</div>" for w in OTHERS)
    assert _dropped(f"<html><body>{bars}</body></html>") == ["extract.repeated-bar"] * 3
    # ... and so does a long one: the copies after the first as repeats, then the first
    long_bar = BAR.replace("</div>", "<span>复制链接</span> <span>微博</span> <span>微信扫一扫</span></div>", 1)
    bars = "".join(f"<div><p>{w}</p>{long_bar}</div>" for w in OTHERS)
    assert _dropped(f"<html><body>{bars}</body></html>") == ["extract.repeat"] * 2 + ["extract.repeated-bar"]
    # twice is not a template's: a bar printed under two posts stays in both (the thread's rules judge it)
    two = "".join(f"<div><p>{w}</p>{BAR}</div>" for w in OTHERS[:2])
    assert _dropped(f"<html><body>{two}</body></html>") == []


def test_a_table_cell_repeated_down_its_column_is_data_not_a_bar():
    rows = "".join(f"<tr><td>{2010 + i}</td><td>周末<span lang='en'>Talk</span>（访谈节目）</td><td>嘉宾</td></tr>"
                   for i in range(4))
    names = "".join("<li>晨间<b>Radio</b>（电台）</li>" for _ in range(3))
    page = f"<html><body><table>{rows}</table><ul>{names}</ul></body></html>"
    assert _dropped(page) == []

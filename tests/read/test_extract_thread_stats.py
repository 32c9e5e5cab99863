"""Issue 13, renamed-engine round: a thread's statistics found by their shape, not their box's
name. Each page is written for the test (the words are ours) and built twice: with class names
a forum engine might use and with meaningless ones, so the rule cannot lean on a name."""

from __future__ import annotations

import lxml.html
import pytest

from reportfmt.read.extract import extract_main
from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.repeated_posts import STAMP
from reportfmt.read.extraction.starter import drop_trailing_furniture
from reportfmt.read.html import clean_tree

# One template, two sets of class names: words an engine might print, and meaningless ones.
NAMED = {"top": "topbar", "info": "topic-info", "list": "reply-list", "post": "reply", "who": "reply-author",
         "msg": "reply-content", "side": "thread-stats", "users": "thread-users"}
RENAMED = {key: f"k{n}q" for n, key in enumerate(NAMED)}

STARTER = "上周把旧路由器换成了新买的双频路由器，可卧室里的手机还是经常掉线，重启路由也没用。"
# The starter's own sentence with numbers in it: two set apart by spaces, which is writing.
NUMBERED = "去年花了 300 元买的这台，用了 2 年都还好好的。"
REPLIES = ["先进路由器后台看看信道，隔壁邻居多的话把无线信道改到不拥挤的那个试试。",
           "卧室隔了两堵承重墙的话，信号本来就弱，加一个中继或者换成组网套装更省心。",
           "改了信道以后好多了，晚上再看看，谢谢两位的建议。"]
# The engine's statistics: a sentence it composes from its counters.
STATS = "这个话题共有 3 条回复，2 位网友参与，最后一次更新在 5 小时前。"
WATCHING = "现在有 4 位访客在看这一页。（1 位会员，3 位游客）"


def _page(names: dict[str, str]) -> str:
    posts = "".join(
        f'<li class="{names["post"]}"><div class="{names["who"]}"><a href="/member/{n}">网友{n}</a>'
        f' <span>2024-04-1{n} 20:3{n}</span></div><div class="{names["msg"]}"><p>{words}</p></div></li>'
        for n, words in enumerate([STARTER, *REPLIES], start=1))
    return ("<html><head><title>卧室手机老掉线怎么办 - 数码论坛</title></head><body>"
            f'<div class="{names["top"]}"><a href="/">首页</a> <a href="/bbs/">论坛</a> <a href="/login">登录</a></div>'
            f'<div class="wrap"><h1>卧室手机老掉线怎么办</h1>'
            f'<div class="{names["info"]}"><p>{STATS}</p></div>'
            f'<ul class="{names["list"]}">{posts}</ul>'
            f'<div class="{names["side"]}"><h4>话题统计</h4><div class="{names["users"]}"><h5>正在看这个话题的人</h5>'
            f"<p>{WATCHING}</p></div></div></div></body></html>").replace(STARTER, f"{STARTER}{NUMBERED}")


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("names", [NAMED, RENAMED], ids=["named", "renamed"])
def test_a_sentence_built_from_the_threads_counters_goes_above_and_below_the_posts(names):
    found = extract_main(clean_tree(_page(names)))
    text = _flat(found.text)
    assert all(_flat(words) in text for words in (STARTER, NUMBERED, *REPLIES))
    assert _flat(STATS) not in text
    assert _flat(WATCHING) not in text
    removed = {_flat(r.text) for r in found.removed}
    assert _flat(STATS) in removed and _flat(WATCHING) in removed


@pytest.mark.parametrize("names", [NAMED, RENAMED], ids=["named", "renamed"])
def test_the_headings_of_the_emptied_statistics_box_under_the_last_post_go_with_it(names):
    # Called on the thread's box directly: on the whole page a second extractor happens to vote
    # this box out too, and the test would pass without the rule.
    note = "补充一句：后来发现是手机省电模式会断无线，关掉以后就没再掉过。"
    html = lxml.html.fromstring(_page(names).replace("</div></div></div></body>",
                                                     f"</div></div><div><h4>楼主补充</h4><p>{note}</p></div></div></body>"))
    article = html.xpath("//div[@class='wrap']")[0]
    last_post = html.xpath(f"//li[@class='{names['post']}']")[-1]
    audit = Audit()
    drop_trailing_furniture(article, last_post, STAMP, audit)
    text = _flat(article.text_content())
    assert "话题统计" not in text and "正在看这个话题的人" not in text and _flat(WATCHING) not in text
    assert "楼主补充" in text and _flat(note) in text  # a heading over words of its box stays
    assert "卧室手机老掉线怎么办" in text  # above the posts: not this rule's
    assert [r.rule for r in audit.removed] == ["extract.post-meta"] * 3

"""A month and day printed alone ("9月2日") stamps a post; the same date inside a sentence does
not, and a sidebar's dated list does not make the page's columns posts. A box named like an ad
("ad_area") that holds most of the article's sentences is the article's body. Pages written for
these tests in the form of a Q&A timeline, a chronicle and a blog with a visitors' list, with
made-up words (repeated_posts.bare_day, threads.page_columns, pruning.cut_chrome_blocks)."""

from __future__ import annotations

import lxml.html

from reportfmt.read.extract import extract_main
from reportfmt.read.extraction.repeated_posts import is_post
from reportfmt.read.html import clean_tree

QUESTION = "楼道里的声控灯总是半夜自己亮起来，是线路的问题还是开关坏了？"
ANSWERS = ["先看看灯罩里有没有进虫子，小飞虫在传感器前面飞也会触发。",
           "我家以前也这样，换了一个带延时调节的开关就好了，几十块钱。",
           "这是开关灵敏度太高造成的，背面一般有个小旋钮，往低调一格就不容易误亮了。"]


def _timeline() -> str:
    def box(kind: str, name: str, day: int, words: str) -> str:
        return (f'<div class="entry {kind}"><div class="entry-head"><b><a href="/{name}">{name}</a></b>'
                f' <span class="when">6月{day}日</span></div><div class="entry-text"><p>{words}</p></div></div>')
    posts = box("ask", "lamp-owner", 3, QUESTION) + "".join(
        box("reply", f"neighbour{i}", 4 + i, w) for i, w in enumerate(ANSWERS))
    return ('<html><head><title>楼道声控灯半夜自己亮 · 邻里讨论 #88</title></head><body>'
            '<div class="top"><a href="/">首页</a> <a href="/d">讨论</a> <a href="/login">登录</a></div>'
            '<div class="main"><h1>楼道声控灯半夜自己亮</h1>'
            f'<div class="picked"><span>采纳的回答</span><p>{ANSWERS[2][:20]}……</p></div>'
            f'<div class="timeline">{posts}</div></div>'
            '<div class="foot">© 示例邻里网</div></body></html>')


def test_posts_stamped_by_month_and_day_alone_are_the_thread() -> None:
    found = extract_main(clean_tree(_timeline()))
    text = "".join(found.text.split())
    for words in [QUESTION, *ANSWERS]:
        assert words in text, words
    assert found.posts == 4


def test_a_month_and_day_inside_a_sentence_or_alone_stamps_nothing() -> None:
    para = lxml.html.fragment_fromstring("<p>6月3日，街道组织志愿者清理了小区后面的空地，种上了月季。</p>")
    alone = lxml.html.fragment_fromstring('<div><a href="/u/1">某某</a><span>6月3日</span>'
                                          '<p>空地终于清理干净了，大家辛苦。</p></div>')
    bare = lxml.html.fragment_fromstring('<p class="sign"><span>6月3日</span></p>')
    assert not is_post(para)
    assert is_post(alone)
    assert not is_post(bare)  # a date with no words beside it is a closing date, not a post


def test_a_chronicle_of_dated_paragraphs_stays_whole() -> None:
    days = ["3月2日，社区食堂试营业，第一天接待老人一百二十多位。",
            "3月9日，食堂增加了送餐服务，行动不便的老人可以电话预约。",
            "3月16日，志愿者开始每周两次上门回访，收集大家对饭菜的意见。",
            "3月23日，根据回访意见调整菜单，增加了软烂易嚼的菜品。"]
    page = ('<html><head><title>社区食堂开办一月记</title></head><body><div class="nav"><a href="/">首页</a></div>'
            '<div class="text"><h1>社区食堂开办一月记</h1>' + "".join(f"<p>{d}</p>" for d in days)
            + '</div></body></html>')
    found = extract_main(clean_tree(page))
    assert found.posts == 0
    assert [" ".join(p.text_content().split()) for p in found.article.iter("p")] == days


BLOG = ["去年秋天在阳台上种了一排蒜苗，原以为冬天会冻坏，没想到开春以后长得比菜场卖的还壮。",
        "浇水其实不用太勤，土表干了再浇，一周一两次就够。施肥用的是淘米水，隔一阵浇一回。",
        "割了三茬以后叶子变细了，换了新土重新种下去，现在又是绿油油的一盆。"]


def _blog() -> str:
    visitors = "".join(f'<li><a href="#">访客{i}</a><span>4月{i + 1}日</span></li>' for i in range(2))
    links = "".join(f'<li><a href="#">分类{i}</a>({i + 3})</li>' for i in range(6))
    side = (f'<div class="col-w21 col-first"><div class="mod"><span>个人资料</span><a href="#">加好友</a>'
            '<a href="#">发纸条</a><a href="#">写留言</a>'
            '<dl><dt>等级</dt><dd>12</dd><dt>积分</dt><dd>1864</dd></dl></div>'
            f'<div class="mod"><ul>{links}</ul></div>'
            f'<div class="mod"><span>访客</span><ul>{visitors}</ul></div></div>')
    body = "".join(f"<p>{w}</p>" for w in BLOG)
    main = ('<div class="col-w73"><div class="mod"><span>正文</span><div class="post">'
            '<h2>阳台上的蒜苗割了三茬</h2><span>(2024-04-02 09:10:11)</span>'
            f'<div class="post-text" id="keyword_ad_area">{body}</div>'
            '<div class="share"><a href="#">分享</a> <a href="#">收藏</a></div></div></div></div>')
    return ('<html><head><title>阳台上的蒜苗割了三茬_某人的博客_示例博客</title></head><body>'
            '<div class="blog-head"><div class="name">某人的博客</div>'
            '<p>记录阳台种菜、下厨和读书的日常，偶尔也写写路上看到的风景，'
            '欢迎常来坐坐，留言我都会回复。菜种得不好的地方，也请各位老师多多指点，一起交流种菜的心得。</p></div>'
            f'<div class="blogbody">{side}{main}</div><div class="foot">示例博客 版权所有</div></body></html>')


def test_a_blog_post_beside_a_dated_visitors_list_keeps_its_words() -> None:
    found = extract_main(clean_tree(_blog()))
    text = "".join(found.text.split())
    for words in BLOG:
        assert words in text, words
    assert "加好友" not in text

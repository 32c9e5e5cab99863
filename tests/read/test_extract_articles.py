"""Finding a short article on a busy page: news feeds with summaries, number-only text,
the headline as an anchor. The pages are written for these tests in the shape of real ones."""

from __future__ import annotations

import copy

import lxml.html

from reportfmt.read.extract import extract_main
from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.second_opinion import vote_short_blocks
from reportfmt.read.extraction.teasers import is_teaser
from reportfmt.read.extraction.votes import text_weight
from reportfmt.read.html import clean_tree

ARTICLE = ("本报讯 昨天上午，市图书馆新馆正式向读者开放，馆内设有少儿阅览区、古籍修复展示区和二十四小时自助借还区。"
           "馆方介绍，新馆藏书总量超过一百二十万册，开馆首日接待读者近八千人次。")


def _flat(text: str) -> str:
    return "".join(text.split())


def _feed_item(n: int) -> str:
    # source and time, a linked headline, a summary in full sentences (longer than the article)
    return (f'<li class="stream-item"><div class="provider">某某日报 · {n} 小时前</div>'
            f'<h3><a href="/news/{n}">第{n}条消息的标题写得很长很长以便吸引读者点击</a></h3>'
            f'<p>这是第{n}条消息的摘要，讲述了另一件与本文无关的事情，有人物、有时间、有地点，'
            f'读起来和正文一样通顺，也有逗号和句号，还比正文更长一些。</p></li>')


def test_a_short_article_beats_a_long_feed_of_headlines_with_summaries():
    feed = "".join(_feed_item(n) for n in range(1, 13))
    page = (f"<html><head><title>新馆开放</title></head><body><div class='page'>"
            f"<div class='story'><h1>市图书馆新馆开放</h1><div class='body'><p>{ARTICLE}</p></div></div>"
            f"<div class='more'><h2>你可能还想看</h2><ul>{feed}</ul></div></div></body></html>")
    found = extract_main(clean_tree(page))
    text = _flat(found.text)
    assert _flat(ARTICLE) in text
    assert "摘要" not in text and "标题写得很长" not in text
    assert any(r.rule.startswith("extract.") and "第1条消息的摘要" in r.text for r in found.removed)
    assert "data-reportfmt-teaser" not in lxml.html.tostring(found.article, encoding="unicode")


def test_a_teaser_leads_with_a_headline_link_and_a_post_does_not():
    teaser = lxml.html.fromstring(_feed_item(1))
    post = lxml.html.fromstring(
        '<div class="post"><a href="/u/1">网友甲</a> 2024-05-18 19:27 '
        '<p>我也遇到过这个问题，后来把显卡驱动更新到最新版本就好了，大家可以试一试。</p>'
        '<a href="/thread/2">另一个帖子的标题也写得比较长一些</a></div>')
    assert is_teaser(teaser)
    assert not is_teaser(post)


def test_numbers_with_dots_and_colons_are_not_sentences():
    assert text_weight("00:00/00:00 倍速 2.0X 1.5X", in_link=False, in_chrome=False) < 10
    assert text_weight("恒指18,652.59 -216.12", in_link=False, in_chrome=False) < 10
    assert text_weight("很抱歉, 请稍候.", in_link=False, in_chrome=False) == len("很抱歉,请稍候.")


def test_the_column_under_the_headline_beats_a_side_column_and_comments():
    comments = "".join(
        f'<div class="comment-item"><span>网友{n}</span><p>第{n}条评论：这种事情早就该管一管了，平台要负起责任来！'
        f'希望以后不要再出现类似的情况。</p><span>5月19日</span></div>' for n in range(1, 7))
    videos = "".join(f"<div class='v'>精彩瞬间第{n}集！主队连得十分，客队无奈叫出暂停</div>" for n in range(1, 5))
    others = "".join(f"<div class='t'>作者的另一篇文章第{n}篇：有关部门回应网友关切</div><div>2024-05-2{n}</div>"
                     for n in range(1, 4))
    page = (f"<html><head><title>新馆开放_某某新闻</title></head><body><div class='wrap'>"
            f"<div class='LEFT'><div class='content'><h1>新馆开放</h1><div class='meta'>某某日报 2024-05-20</div>"
            f"<div class='text'><p>{ARTICLE}</p></div></div><div id='Comment'>{comments}</div></div>"
            f"<div class='RIGHT'><div class='author'>作者其他文章{others}</div>"
            f"<div class='clips'>精选视频{videos}</div></div></div></body></html>")
    found = extract_main(clean_tree(page))
    text = _flat(found.text)
    assert _flat(ARTICLE) in text
    assert "作者的另一篇文章" not in text and "精彩瞬间" not in text and "第1条评论" not in text


def test_a_video_players_controls_are_not_article_text():
    player = ("<div class='video-player'><div class='tip'>正在为您切换到高清480P，请稍候...</div>"
              "<div class='ctrl'>00:00/01:45 倍速 2.0X 1.5X 1.0X 高清 超清</div>"
              "<div class='err'>很抱歉，当前视频播放失败，请刷新重试。</div></div>")
    page = (f"<html><head><title>新馆开放</title></head><body><div class='news'><h1>新馆开放</h1>{player}"
            f"<p>{ARTICLE}</p></div></body></html>")
    found = extract_main(clean_tree(page))
    text = _flat(found.text)
    assert _flat(ARTICLE) in text and "请稍候" not in text and "播放失败" not in text
    assert any(r.rule == "extract.player" and "播放失败" in r.text for r in found.removed)


def test_every_image_goes_before_extraction_even_after_nested_active_content():
    # Dropping a button with an icon inside used to end the sweep: every image after it stayed,
    # and an avatar's alt text (the user's name) reached the output.
    page = ("<html><body><div class='bar'><button><svg><path d='M0 0'></path></svg>点赞</button></div>"
            "<div class='comment'><a href='/u/1'><img alt='网友甲' src='a.jpg'></a>"
            "<img alt='网友乙' src='b.jpg'><img alt='网友丙' src='c.jpg'><img alt='网友丁' src='d.jpg'>"
            f"<p>{ARTICLE}</p></div></body></html>")
    root = clean_tree(page)
    assert root.xpath("//img") == []
    assert "网友" not in lxml.html.tostring(root, encoding="unicode")


def test_short_lines_at_the_articles_edges_need_the_second_extractors_vote():
    text = ("本报讯（记者 某某）5月20日，市统计局发布数据显示，一季度全市社会消费品零售总额同比增长百分之六点五，"
            "增速比上年同期加快一点二个百分点。")
    page = clean_tree(
        "<html><head><title>一季度消费增长_某某财经</title></head><body><div class='main'><div class='article'>"
        "<h2>一季度消费增长</h2><div class='source'><span>本文来源于某某商报</span> <span>2024-05-20 09:47</span></div>"
        "<div class='tools'><div class='print'><a href='#'>打印</a>|</div><div class='size'><span>字号：</span></div>"
        f"</div><p>{text}</p><div class='writer'>(编辑：某某)</div></div></div></body></html>")
    article = copy.deepcopy(page).xpath("//div[@class='article']")[0]  # the block our pass keeps
    audit = Audit()
    headline = article.find("h2")
    assert vote_short_blocks(article, page, audit, headline=headline) >= 1
    kept = _flat(article.text_content())
    assert "字号" not in kept and "打印" not in kept
    assert _flat(text) in kept and "一季度消费增长" in kept and "本文来源于某某商报" in kept
    assert {r.rule for r in audit.removed} == {"extract.vote"}


BLOG_POST = ("这周把慢查询日志翻了一遍，发现一条联合索引没有按最左前缀使用，查询走了全表扫描。"
             "调整字段顺序以后，接口的平均耗时从八百毫秒降到了四十毫秒左右。"
             "记下来给以后遇到同样问题的自己，也给同事们参考一下。")
BLOG_MORE = ("另外顺手检查了其他几张大表，有两处索引已经多年没人用过，占了不少磁盘空间。"
             "和负责的同事确认以后，下个版本一起清理掉，顺便补上缺失的监控告警。")


def _blog_page(closing: str) -> str:
    # class words that name nothing (an engine whose template no rule knows)
    return (f"<html><head><title>一次排查</title></head><body><div class='q7f2'>"
            f"<h1>一次接口变慢的排查</h1><div class='k3a9'><p>{BLOG_POST}</p><p>{BLOG_MORE}</p>"
            f"<div class='m0c4'>{closing}</div></div></div></body></html>")


def test_a_closing_stamp_line_goes_whatever_its_box_is_named():
    closing = ("发表于 <span>2024-11-04 21:58</span> <a href='/u/slow'>慢慢写</a> "
               "阅读(<span>1200</span>) 评论(<span>3</span>) <a href='#'>收藏</a>")
    found = extract_main(clean_tree(_blog_page(closing)))
    text = _flat(found.text)
    assert _flat(BLOG_POST) in text
    assert "阅读(" not in text and "2024-11-04" not in text
    assert [r.rule for r in found.removed if "2024-11-04" in r.text] == ["extract.closing-byline"]


def test_a_closing_date_without_a_clock_or_a_dated_sentence_stays():
    for closing in ("2024年11月4日", "以上是 2024-11-04 21:58 的测量结果，供参考。"):
        found = extract_main(clean_tree(_blog_page(closing)))
        assert _flat(closing) in _flat(found.text)
        assert not [r for r in found.removed if r.rule == "extract.closing-byline"]

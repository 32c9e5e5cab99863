"""The learned block scorer (read/extraction/learned.py) and its vote (learned_vote.py)."""

from __future__ import annotations

import lxml.html
import pytest

from reportfmt.read.extract import extract_main
from reportfmt.read.extraction import learned
from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.learned_vote import learned_vote

PAGE = """<html><body>
<div class="nav"><a href="/">首页</a><a href="/a">新闻</a><a href="/b">体育</a></div>
<page-wrap><div class="main">
  <h1>河道整治工程完工</h1>
  <p>本月中旬，城西的河道整治工程全部完工，沿岸的步道也同时开放。</p>
  正文之外的一句说明文字，写在容器里。
  <div class="share">分享到：微博</div>
  <p>工程历时两年，清淤四万立方米，新建护岸三公里。</p>
</div></page-wrap>
<div class="footer">版权所有 某某网站</div>
</body></html>"""


def _texts(html: str) -> list[tuple[str, str]]:
    body = lxml.html.document_fromstring(html).find("body")
    return [(b.elem.tag, b.text) for b in learned.own_blocks(body)]


def test_runs_split_at_nested_blocks_and_unknown_wrappers_are_blocks():
    runs = _texts(PAGE)
    assert runs == [
        ("div", "首页新闻体育"),
        ("h1", "河道整治工程完工"),
        ("p", "本月中旬，城西的河道整治工程全部完工，沿岸的步道也同时开放。"),
        ("div", "正文之外的一句说明文字，写在容器里。"),  # the main div's own run between two blocks
        ("div", "分享到：微博"),
        ("p", "工程历时两年，清淤四万立方米，新建护岸三公里。"),
        ("div", "版权所有某某网站"),
    ]


def test_link_share_sentence_end_and_chrome_name_features():
    body = lxml.html.document_fromstring(PAGE).find("body")
    blocks = learned.own_blocks(body)
    rows = learned.page_features(blocks)
    assert len(rows) == len(blocks)
    assert len({len(r) for r in rows}) == 1
    nav, h1, first, share = rows[0], rows[1], rows[2], rows[4]
    assert nav[2] == 1.0 and first[2] == 0.0  # link share
    assert first[4] == 1.0 and h1[4] == 0.0  # ends like a sentence
    named = 3 * 6 + 6  # after three runs' own features and six of the run's place: chrome named above
    assert nav[named] == 1.0 and share[named] == 1.0 and first[named] == 0.0


def test_coverage_label_counts_gold_grams():
    gold = "甲乙丙丁戊己庚辛"
    grams = learned.grams(gold)
    assert learned.coverage_label("甲乙丙丁戊", grams, gold) == 1.0
    assert learned.coverage_label("子丑寅卯辰", grams, gold) == 0.0
    assert learned.coverage_label("丙丁", grams, gold) == 1.0  # shorter than a gram: substring


def test_vote_drops_the_leaf_block_the_model_calls_chrome_and_records_it():
    page = lxml.html.document_fromstring(PAGE)
    body = page.find("body")
    width = len(learned.page_features(learned.own_blocks(body))[0])
    article = lxml.html.fragment_fromstring(
        "<div><h1>河道整治工程完工</h1><p>本月中旬，城西的河道整治工程全部完工，沿岸的步道也同时开放。</p>"
        "<div>分享到：微博</div><p>工程历时两年，清淤四万立方米，新建护岸三公里。</p></div>")
    # Against runs without sentence-end punctuation (column 4 off -> high score): flip it so
    # that the runs ending like sentences stay and the bare label goes.
    weights = [0.0] * width
    weights[4] = 10.0
    learned.use_model(learned.Model(tuple(weights), -5.0, tuple([0.0] * width), tuple([1.0] * width)))
    try:
        audit = Audit()
        assert learned_vote(article, page, audit) == 1
    finally:
        learned.use_model(None)
    assert "分享到" not in article.text_content()
    assert "清淤四万立方米" in article.text_content()
    assert article.find("h1").text == "河道整治工程完工"  # scored low too, but a heading is the rules' to decide
    assert [(r.rule, r.text) for r in audit.removed] == [("extract.learned", "分享到：微博")]


def test_vote_never_takes_most_of_the_article():
    page = lxml.html.document_fromstring(PAGE)
    width = len(learned.page_features(learned.own_blocks(page.find("body")))[0])
    article = lxml.html.fragment_fromstring(
        "<div><p>本月中旬，城西的河道整治工程全部完工，沿岸的步道也同时开放。</p></div>")
    every_run_low = learned.Model(tuple([0.0] * width), -10.0, tuple([0.0] * width), tuple([1.0] * width))
    learned.use_model(every_run_low)
    try:
        body_runs = learned.block_probabilities(page.find("body"))
        assert body_runs and all(p < 0.01 for _, p in body_runs)
        assert learned_vote(article, page, Audit()) == 0
    finally:
        learned.use_model(None)
    assert "步道" in article.text_content()


@pytest.mark.skipif(learned.packaged_model() is None, reason="no shipped model")
def test_shipped_model_loads_and_extraction_names_its_text():
    model = learned.packaged_model()
    body = lxml.html.document_fromstring(PAGE).find("body")
    assert len(model.weights) == len(learned.page_features(learned.own_blocks(body))[0])
    found = extract_main(PAGE)
    assert "清淤四万立方米" in found.text
    assert found.extractor == "reportfmt"


def test_vote_leaves_paragraphs_of_prose_to_the_rules():
    page = lxml.html.document_fromstring(PAGE)
    width = len(learned.page_features(learned.own_blocks(page.find("body")))[0])
    long_line = "工程历时两年，清淤四万立方米，新建护岸三公里，沿线新栽树木两千余株，另建三处亲水平台供市民休憩。"
    assert len(long_line) >= 40
    article = lxml.html.fragment_fromstring(f"<div><p>{long_line}</p><div>分享到：微博</div></div>")
    page.find("body").append(lxml.html.fragment_fromstring(f"<p>{long_line}</p>"))  # scored as a run of the page
    every_run_low = learned.Model(tuple([0.0] * width), -10.0, tuple([0.0] * width), tuple([1.0] * width))
    learned.use_model(every_run_low)
    try:
        audit = Audit()
        assert learned_vote(article, page, audit) == 1
    finally:
        learned.use_model(None)
    assert [r.text for r in audit.removed] == ["分享到：微博"]
    assert long_line in article.text_content()


THREAD = """<html><body><div class="topic">
<div class="floor"><p>周末去水库钓鱼，用的是商品饵，一上午只上了两条小鲫鱼，想请教大家换什么饵料更好。</p></div>
<div class="floor"><p>新年好</p></div>
<div class="floor"><blockquote>想请教大家换什么饵料更好。</blockquote><p>试试红虫</p></div>
<div class="floor"><p>水温低的时候鱼口轻，饵料要小一些，钓点选在向阳的浅滩，早上九点以后再下竿效果会好很多。</p>
<p>此楼内容由某渔具店提供</p></div>
</div></body></html>"""


def _thread_vote(with_posts: bool) -> tuple[str, list[str]]:
    page = lxml.html.document_fromstring(THREAD)
    width = len(learned.page_features(learned.own_blocks(page.find("body")))[0])
    article = page.find("body")[0]
    posts = frozenset(article) if with_posts else frozenset()
    every_run_low = learned.Model(tuple([0.0] * width), -10.0, tuple([0.0] * width), tuple([1.0] * width))
    learned.use_model(every_run_low)
    try:
        audit = Audit()
        learned_vote(article, page, audit, posts)
    finally:
        learned.use_model(None)
    return article.text_content(), [r.text for r in audit.removed]


def test_a_reply_that_is_its_posts_whole_message_is_not_voted_on():
    # A model that calls every run chrome (as one fitted on other engines reads a short reply):
    # without the thread's posts it drops the short replies with the furniture line ...
    _, removed = _thread_vote(with_posts=False)
    assert removed == ["新年好", "想请教大家换什么饵料更好。", "试试红虫", "此楼内容由某渔具店提供"]
    # ... with them, a post's whole message ("新年好"; "试试红虫" beside the quote it answers)
    # and the quote stay, and the short line beside other words in a post is still voted out.
    text, removed = _thread_vote(with_posts=True)
    assert removed == ["此楼内容由某渔具店提供"]
    assert "新年好" in text and "试试红虫" in text and "想请教大家换什么饵料更好。" in text

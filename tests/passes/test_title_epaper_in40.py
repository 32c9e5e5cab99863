"""An e-paper's article view (round 40, title_epaper.py): the title is the headline under the
page's last control line, and everything above it is the e-paper's: its page label, its page-turning
links, its menus, the zoom row and the page's headline list between them. Near misses stay: one
control line alone, a document whose sentences mention an issue or a page.
Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean, texts

HEADLINES = ["北岭区新设三处旧衣回收点", "青禾小学科技节下周开幕", "滨河公园夜间照明改造完工"]
TITLE = "南湾社区食堂开始供应晚餐"
STORY = ["【本报讯】南湾社区食堂自本周一起增加晚餐供应，每天傍晚五点至七点开放，六十岁以上居民凭卡享受八折优惠。",
         "社区负责人表示，食堂将根据居民意见调整菜式，并在下月开通电话订餐服务。"]


def test_the_headline_list_above_the_controls_goes_and_the_title_is_the_article_headline():
    page = ["第B03版:社区 上一版 下一版", "本版标题导航", *HEADLINES, TITLE, "新闻搜索",
            "今日日期: 版面导航", "3上一篇 下一篇4", "放大 缩小 默认", TITLE, *STORY, "3上一篇 下一篇4"]
    doc, report = clean("\n".join(page))
    assert report.title == TITLE
    assert texts(doc) == STORY
    removed = [r["text"] for r in report.removed]
    assert all(line in removed for line in HEADLINES)


def test_an_issue_nav_and_zoom_row_over_a_journal_article():
    # A journal's e-edition: the issue's links, its contents' page numbers, the zoom row with the
    # article's links, then the article's title.
    page = ["上一期", "下一期", "目录", "• 12页", "• 13页", "放大 缩小 默认 上一篇 下一篇", TITLE, *STORY]
    doc, report = clean("\n".join(page))
    assert report.title == TITLE
    assert texts(doc) == STORY


def test_one_control_or_a_sentence_naming_an_issue_is_no_epaper():
    # A bulletin's own lines: the title over a line naming the next issue, a list of items.
    items = ["一、社区食堂晚餐供应情况", "二、旧衣回收点设置情况"]
    page = ["社区工作简报", "下一期", *items, STORY[1]]
    doc, report = clean("\n".join(page))
    assert report.title == "社区工作简报"
    assert all(any(item in line for line in texts(doc)) for item in items)
    # A sentence saying the paper's page: the text, kept whole.
    sentence = "本期第3版刊登了南湾社区食堂的开办经过，下一期将介绍旧衣回收点的运行情况和居民的评价。"
    doc, report = clean("\n".join([TITLE, sentence, STORY[1]]))
    assert report.title == TITLE
    assert texts(doc) == [sentence, STORY[1]]


def test_the_arrow_links_alone_under_the_article_go():
    # The previous/next links with a symbol font's arrows read as digits, no copy above the text.
    for links in ("3上一篇  下一篇4", "5上一篇", "上一版3 4下一版"):
        doc, report = clean("\n".join([TITLE, *STORY, links]))
        assert texts(doc) == STORY, links
        assert report.removed[-1]["rule"].startswith(("recommendations.", "meta-lines.")), links
    # A sentence opening with the words stays.
    line = "3上一篇文章讲了晚餐供应的安排，这一篇讲订餐服务"
    doc, report = clean("\n".join([TITLE, *STORY, line]))
    assert texts(doc) == [*STORY, line]

"""A paragraph printed above the title (round 53): another article's teaser cut off mid-word, the
site's summary of the document, the site's motto ("…。 by 某某"), as the page's first line. The
title under it is anchored as on any page (printed again below it, or right over the page's facts
row), but the anchors stopped at the paragraph and the page got no title (a know-how aggregator,
a hijacked domain's summary page, a programmers' blog). A page whose text begins with its first
paragraph, with no anchored title under it, still has none. Fixtures written for the project
(made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts

TITLE = "请示怎么写,请示常见错例分析"


def test_a_teaser_over_a_title_the_page_prints_again():
    doc, report = clean("\n".join([
        "谈谈公文校对的几个要点公文校对是机关里最容易被忽视的一道工序,看似谁都能做,真正做得又细又准的人并不多。我们这篇文章从校对前要备什么、校",
        TITLE,
        "先看一个例子:某局向上级要经费,文中写了一大段工作成绩,读完却不知道到底要什么。",
        TITLE,
        "一、请示和报告有什么不同",
        "请示是请求上级批准的,报告是向上级汇报的,两者不能混用。",
    ]))
    assert report.title == TITLE
    assert TITLE not in texts(doc)
    assert texts(doc)[-2:] == ["一、请示和报告有什么不同", "请示是请求上级批准的，报告是向上级汇报的，两者不能混用。"]


def test_a_motto_over_a_title_over_its_facts_row():
    doc, report = clean("\n".join([
        "有梦的人总会走得远一些。 by 某某",
        "李四的一生",
        "杂谈 阿明 2301℃ 5评论",
        "每个人桌面上一台电脑,这曾经是无数计算机先驱的梦想,这个梦想很早就实现了。",
        "很多人并不知道,支撑这些服务的是成千上万台服务器。",
    ]))
    assert report.title == "李四的一生"
    assert texts(doc) == ["每个人桌面上一台电脑，这曾经是无数计算机先驱的梦想，这个梦想很早就实现了。",
                          "很多人并不知道，支撑这些服务的是成千上万台服务器。"]


def test_a_first_paragraph_with_no_anchored_title_under_it():
    doc, report = clean("\n".join([
        "今年以来,我们围绕年度目标扎实推进各项工作,取得了一定成效。现将有关情况报告如下。",
        "一、主要工作完成情况",
        "全年共完成项目十二个,比上年多三个。",
    ]))
    assert report.title is None
    assert texts(doc)[0].startswith("今年以来")

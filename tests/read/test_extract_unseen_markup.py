"""Markup another site would print around the same text (issue 13, round 34: the mechanisms
tests/eval/perturb_extract.py showed). Made-up pages, classes in meaningless words.

A page laid out as a one-row table (article cell, sidebar cell): the cells carry a date and an
author's link and read as posts side by side; the cells of one row are a layout's columns, never
a thread's posts, so the page stays an article (repeated_posts.py).
"""

from __future__ import annotations

import lxml.html

from reportfmt.read.extract import extract_main
from reportfmt.read.extraction.headline import find_headline

PARAGRAPHS = [
    "今年春季，某县农业农村局组织技术人员深入田间地头，指导农户做好小麦病虫害防治工作，确保夏粮丰收。",
    "技术人员介绍，近期气温回升较快，条锈病进入易发期，农户应当及时查看麦田，发现病株尽早用药。",
    "县里还安排了二十个服务小组，分片包村开展巡查，累计发放技术资料三千余份，受到群众普遍欢迎。",
]


def _cell(author: str, body: str) -> str:
    return (f"<td valign='top'><div class='m1'>发布时间：2024-03-02 10:15 "
            f"作者：<a href='/user/{len(author)}'>{author}</a></div>{body}</td>")


def test_cells_of_one_row_are_columns_not_posts():
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    side = ("<div class='m2'><p>本站简介：某县新闻网是本县综合新闻门户，及时报道全县动态。</p>"
            "<p>联系我们：某县融媒体中心编辑部，欢迎来稿，稿件一经采用即付稿酬。</p></div>")
    page = (f"<html><head><title>县里指导春季麦田管理</title></head><body>"
            f"<table width='100%'><tbody><tr>{_cell('县融媒体中心', article)}"
            f"{_cell('站务管理员', side)}</tr></tbody></table></body></html>")
    found = extract_main(lxml.html.document_fromstring(page))
    text = "".join(found.text.split())
    for para in PARAGRAPHS:
        assert para in text
    assert found.posts == 0  # no thread: the article's page
    assert "本站简介" not in text


def _headline_page(head: str) -> lxml.html.HtmlElement:
    carousel = "".join(f"<li><a href='/n/{i}.html'><img src='/p/{i}.jpg'></a><div class='k1'><h3>"
                       f"<a href='/n/{i}.html'>{text}</a></h3></div></li>"
                       for i, text in enumerate(["县里指导春季麦田管理", "城区新增三处停车场", "公园开放夜间游览"]))
    return lxml.html.document_fromstring(
        f"<html><head><title>县里指导春季麦田管理_某县新闻网</title></head><body><ul class='k2'>{carousel}</ul>"
        f"<div class='k3'>{head}{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></body></html>")


def test_a_teaser_heading_is_not_the_headline_when_the_page_prints_its_own():
    # The headline in bold in a layout table (no <h1>); a carousel above links to this page
    # under the same words in an <h3>: that heading names the page it points to.
    page = _headline_page("<table><tr><td colspan='2'><b>县里指导春季麦田管理</b></td></tr>"
                          "<tr><td>2024-03-02 来源：县融媒体中心</td><td></td></tr></table>")
    headline = find_headline(page, page.find("body"))
    assert headline is not None and headline.tag in ("td", "b")


def test_a_linked_heading_is_still_the_headline_when_nothing_else_is():
    page = _headline_page("")
    headline = find_headline(page, page.find("body"))
    assert headline is not None and headline.tag == "h3"


def _related_inside(body: str) -> lxml.html.HtmlElement:
    # The content box prints the story and, inside it after the last paragraph, a list of
    # linked teasers longer than the story: its links outweigh its sentences.
    teasers = "".join(f"<li><a href='/n/{i}.html'>{title}第{i}期看点汇总与往期精彩回顾推荐</a></li>"
                      for i, title in enumerate(["城区新增三处停车场", "公园开放夜间游览", "图书馆延长开放时间",
                                                 "老旧小区加装电梯进展", "夜市摊位重新规划"] * 4))
    return lxml.html.document_fromstring(
        f"<html><head><title>县里指导春季麦田管理_某县新闻网</title></head><body>"
        f"<div class='k1'><h1>县里指导春季麦田管理</h1><div class='k2'>2024-03-02 10:15 来源：县融媒体中心</div>"
        f"<div class='k3'>{body}<ul class='k4'>{teasers}</ul></div>"
        f"<div class='k5'>本文内容由作者上传，本站仅提供信息存储空间服务。文中观点仅代表作者本人，"
        f"不代表本站立场。如发现内容有误或侵权，请通过页面底部的意见反馈入口与编辑部联系，我们将及时处理。</div>"
        f"</div></body></html>")


def test_a_link_list_inside_the_content_box_does_not_take_the_story_with_it():
    # The box holding the story's sentences is the article's, however many links it also holds:
    # the list inside it goes as a block of its own, the paragraphs stay.
    found = extract_main(_related_inside("<br>".join(PARAGRAPHS)))
    text = "".join(found.text.split())
    for para in PARAGRAPHS:
        assert para in text
    assert "夜市摊位重新规划" not in text
    assert found.extractor.startswith("reportfmt")

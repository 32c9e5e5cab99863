"""A box whose class name is a chrome word but which holds most of the page's sentences is the
article's box under a layout's name (votes.holds_page_prose); comments stay chrome. Pages made
up, in the shape of a theme that calls its main column "footer-wrap" or "sidebar-main"."""

from __future__ import annotations

import lxml.html

from reportfmt.read.extract import extract_main
from reportfmt.read.extraction.votes import holds_page_prose, score_tree, sentence_chars
from reportfmt.read.html import clean_tree

PARAS = ["区图书馆今年夏天延长了开放时间，工作日晚上开到九点，周末全天开放，方便上班族下班后来借书。",
         "馆里新设了一间自习室，四十个座位需要在公众号上预约，每次最多可以坐四个小时，到点会有提醒。",
         "暑假期间还安排了十二场亲子阅读活动，由志愿者带着孩子们读绘本、做手工，报名的家长非常踊跃。"]
# Menus long enough that the article is under a fifth of the page's text (a busy portal page).
MENU = "".join(f"<li><a href='/c{n}'>本地生活栏目{n}</a></li>" for n in range(40))


def page(main_class: str) -> str:
    return (f"<html><head><title>图书馆延长开放</title></head><body><div class='top'><ul>{MENU}</ul></div>"
            f"<div class='{main_class}'><h1>图书馆延长开放时间</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
            + "</div><div class='side'><ul>" + MENU + "</ul><p>热门 排行 专题</p></div>"
            "<div class='bottom'>版权所有 某某区文化馆 地址：某某路一号 电话：12345678</div></body></html>")


def test_the_article_in_a_box_named_like_a_footer_or_a_sidebar_is_kept():
    for name in ("footer-wrap", "sidebar-main", "related"):
        found = extract_main(clean_tree(page(name)))
        assert all(p in found.text for p in PARAS), name
        assert "本地生活栏目3" not in found.text, name


def test_holds_page_prose_counts_sentences_outside_links_and_not_comment_lists():
    root = lxml.html.fromstring(page("footer-wrap"))
    body = root.find("body")
    total = sentence_chars(body)
    assert total == sum(len(p) for p in PARAS)  # the menus and the footer hold no sentence end
    main = body.find("div[@class='footer-wrap']")
    assert holds_page_prose(main, total)
    assert score_tree(body)[main].prose > 0.9 * total  # its sentences vote for it
    main.set("class", "comment-list")
    assert not holds_page_prose(main, total)  # comments are the thread step's to tell apart
    assert score_tree(body)[main].prose == 0  # a comment list's sentences vote as chrome

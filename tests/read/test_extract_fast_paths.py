"""The per-page fast paths of extraction (issue 17) decide as the plain definitions do: which
items of a feed are marked, and what readability's second opinion reads. Pages written for
these tests."""

from __future__ import annotations

import copy

import lxml.html

from reportfmt.read.extraction.second_opinion import second_article
from reportfmt.read.extraction.teasers import ITEM_SHARE, MIN_ITEMS, is_teaser, mark_teasers
from reportfmt.read.extraction.votes import TEASER_MARK

PROSE = ("区文化馆本周举办非遗展演，剪纸、皮影和竹编艺人现场展示技艺，吸引了附近学校的学生前来参观。"
         "主办方表示，展演将持续到月底，周末另有面向亲子家庭的体验课程。")


def _teaser(n: int, cls: str = "feed-item") -> str:
    return (f'<li class="{cls}"><a href="/a/{n}">第{n}篇推荐文章的标题足够长能吸引点击</a>'
            f'<span>本地新闻 · {n}小时前</span><p>第{n}篇的摘要，写了一件别的事情。</p></li>')


def _plain(n: int, cls: str = "feed-item") -> str:
    return f'<li class="{cls}"><p>第{n}条不带链接的列表项，只是普通文字，没有标题链接。</p></li>'


def _expected(body) -> set:
    """The definition written out: a parent's children grouped by tag and class (digits
    dropped), a group marked when at least MIN_ITEMS and ITEM_SHARE of it are teasers; nothing
    under a marked item is looked at."""
    import re

    expected = set()
    for parent in body.iter():
        if any(a in expected for a in parent.iterancestors()):
            continue
        groups: dict = {}
        for child in parent:
            key = (child.tag, re.sub(r"\d+", "", " ".join(sorted(child.get("class", "").split()))))
            groups.setdefault(key, []).append(child)
        for members in groups.values():
            teasers = [m for m in members if is_teaser(m)]
            if len(teasers) >= MIN_ITEMS and len(teasers) >= ITEM_SHARE * len(members):
                expected.update(members)
    return expected


def test_feeds_are_marked_as_the_definition_says_nested_and_mixed():
    inner = "".join(_teaser(n, "inner") for n in range(20, 24))  # a feed inside a feed's item
    page = ("<html><body><div class='article'><p>" + PROSE + "</p></div>"
            "<ul class='feed'>" + "".join(_teaser(n) for n in range(1, 5)) + _plain(5)
            + f"<li class='feed-item'><ul>{inner}</ul></li></ul>"
            # three teasers in a group of six: under the share, not a feed
            "<ul class='mixed'>" + "".join(_teaser(n, "m") for n in range(30, 33))
            + "".join(_plain(n, "m") for n in range(33, 36)) + "</ul>"
            # two teasers only: under MIN_ITEMS
            "<ol>" + _teaser(40, "pair") + _teaser(41, "pair") + "</ol></body></html>")
    body = lxml.html.document_fromstring(page).find("body")
    plain = copy.deepcopy(body)
    expected = _expected(plain)
    count = mark_teasers(body)
    marked = [e for e in body.iter() if TEASER_MARK in e.attrib]
    assert count == len(marked) == 6  # the feed's six items, none inside them
    assert [e.text_content() for e in marked] == [e.text_content() for e in plain.iter() if e in expected]
    assert [e.get("class") for e in marked] == ["feed-item"] * 6
    assert not any(TEASER_MARK in e.attrib for e in body.iter("li") if e.get("class") in ("inner", "m", "pair"))


def test_marks_already_on_the_tree_keep_their_items_unread():
    feed = "<ul>" + "".join(_teaser(n) for n in range(1, 5)) + "</ul>"
    page = f"<html><body><div {TEASER_MARK}=''>{feed}</div><div class='other'>{feed}</div></body></html>"
    body = lxml.html.document_fromstring(page).find("body")
    assert mark_teasers(body) == 4  # the second feed only: the first lies inside a marked block
    assert all(TEASER_MARK not in li.attrib for li in body.find("div").iter("li"))


def test_second_opinion_reads_a_copy_and_leaves_the_page_as_it_was():
    paragraphs = "".join(f"<p>{PROSE}第{n}段。</p>" for n in range(6))
    page = lxml.html.document_fromstring(
        f"<html><body><div hidden>隐藏的导航</div><div id='main'>{paragraphs}</div>"
        "<div class='side'><a href='/x'>相关链接</a></div></body></html>")
    before = lxml.html.tostring(page, encoding="unicode")
    article = second_article(page)
    assert lxml.html.tostring(page, encoding="unicode") == before  # hidden blocks still there
    # The same article as readability gives for the page serialised (what it was handed before).
    from readability import Document

    reparsed = Document(before).summary(html_partial=True)
    assert lxml.html.tostring(article, encoding="unicode") == lxml.html.tostring(
        lxml.html.fromstring(reparsed), encoding="unicode")
    assert "第5段" in article.text_content() and "隐藏的导航" not in article.text_content()


def _same_as_serialised(page, article) -> bool:
    from readability import Document

    reparsed = Document(lxml.html.tostring(page, encoding="unicode")).summary(html_partial=True)
    return lxml.html.tostring(article, encoding="unicode") == lxml.html.tostring(
        lxml.html.fromstring(reparsed), encoding="unicode")


def test_second_opinion_without_hidden_blocks_is_handed_the_page_and_leaves_it_as_it_was():
    paragraphs = "".join(f"<p style='color:red'>{PROSE}第{n}段。</p>" for n in range(6))
    page = lxml.html.document_fromstring(
        f"<html><body><div class='nav'><a href='/'>首页</a><a href='/n'>新闻</a></div>"
        f"<div id='main'>{paragraphs}</div><script>var a = 1;</script>"
        "<div class='side' style='visibility: visible'><a href='javascript:void(0)'>相关链接</a></div>"
        "</body></html>")
    before = lxml.html.tostring(page, encoding="unicode")
    article = second_article(page)
    # readability's cleaner drops the script and rewrites the link on its own copy, not on ours.
    assert lxml.html.tostring(page, encoding="unicode") == before
    assert _same_as_serialised(lxml.html.document_fromstring(before), article)
    assert "第5段" in article.text_content()


def test_a_hidden_block_outside_the_part_handed_over_is_not_dropped_from_the_page():
    # readability searches the whole document for hidden blocks, so the part is copied first.
    from reportfmt.read.extraction.second_opinion import _drops_in_place

    paragraphs = "".join(f"<p>{PROSE}第{n}段。</p>" for n in range(6))
    page = lxml.html.document_fromstring(
        f"<html><body><div style='display: none'>隐藏的导航</div>"
        f"<div id='wrap'><div id='main'>{paragraphs}</div></div></body></html>")
    part = page.get_element_by_id("wrap")
    assert _drops_in_place(part) and _drops_in_place(page)
    assert not _drops_in_place(lxml.html.fromstring(f"<div style='display: block'>{paragraphs}</div>"))
    before = lxml.html.tostring(page, encoding="unicode")
    article = second_article(part)
    assert lxml.html.tostring(page, encoding="unicode") == before
    assert "第5段" in article.text_content()

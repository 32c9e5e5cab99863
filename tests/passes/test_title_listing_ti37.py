"""A page of a listing's items (round 37): each headline marked as the next one is — a bullet or a
column's bracket before it, a date line under it, a "阅读全文" link after its excerpt — has no title
line; an article's title over its date line and its text stays the title. Fixtures written for the
project (made-up names and content)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

EXCERPT = "本周起，青禾街道在三个小区试点垃圾分类积分兑换，居民投放一次可得一分，积分可换取日用品。"
SECOND = "北岭社区组织志愿者为独居老人上门体检，并建立健康档案。"


@pytest.mark.parametrize("lines", [
    ["●青禾街道试点垃圾分类积分兑换", EXCERPT, "●北岭社区志愿者上门为老人体检", SECOND],
    ["【社区动态】青禾街道试点垃圾分类积分兑换", EXCERPT, "2024-05-06 10:20:11",
     "【民生关注】北岭社区志愿者上门为老人体检", SECOND],
    ["青禾街道试点垃圾分类积分兑换", "2024.05.06", EXCERPT, "北岭社区志愿者上门为老人体检", "2024.04.28", SECOND],
    ["青禾街道试点垃圾分类积分兑换", EXCERPT, "阅读全文", "北岭社区志愿者上门为老人体检", SECOND],
])
def test_a_listings_first_headline_is_no_title(lines):
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert "青禾街道试点垃圾分类积分兑换" in "".join(texts(doc))
    assert "北岭社区志愿者上门为老人体检" in "".join(texts(doc))


def test_an_articles_title_over_its_date_and_text_stays_the_title():
    # One headline over its date and its paragraphs: no sibling headline, the title stays.
    lines = ["青禾街道试点垃圾分类积分兑换", "2024.05.06", EXCERPT,
             "试点小区的居民普遍表示，积分让分类这件小事有了看得见的回报。",
             "街道负责人介绍，试点三个月后将总结经验，逐步在全街道推开。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "青禾街道试点垃圾分类积分兑换"
    assert EXCERPT in texts(doc)


def test_a_bulleted_title_with_no_sibling_stays_the_title():
    lines = ["●青禾街道试点垃圾分类积分兑换", EXCERPT, "试点小区的居民普遍表示，积分让分类这件小事有了看得见的回报。"]
    _doc, report = clean("\n".join(lines))
    assert report.title == "青禾街道试点垃圾分类积分兑换"


def test_a_letters_signer_over_its_date_is_no_second_item():
    # The headline over the page's date, the letter, its signer over the same day: one document.
    lines = ["致全体家长的一封信", "2025.06.20", "尊敬的家长：",
             "暑假即将来临，为了让孩子度过一个安全、愉快的假期，请您注意以下事项。", "青石小学", "2025.06.20"]
    _doc, report = clean("\n".join(lines))
    assert report.title == "致全体家长的一封信"

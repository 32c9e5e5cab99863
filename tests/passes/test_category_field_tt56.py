"""A post's category field under its bare label (round 56, tt56).

A blog theme or a news mirror prints "分类:"/"分類:"/"Category:"/"Categories:"/"Filed under:" with
the category's name over or under the post's title. The line goes, and it is never the title: a
headline with a colon and commas under it is the title. A document's own sentence about its
categories stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

HEADLINE = "北城推出五項便民措施 市長:線上辦理為主,讓店家能營業、員工能上班"
BODY = ["北城市政府市長、副市長與衛生局、財政局、社會局局長於今日下午三點在市府共同召開記者會，"
        "向外界說明最新情況與市府的各項作為。",
        "市長說，目前有多項申請可以在網上完成，民眾不必親自到場。"]


@pytest.mark.parametrize("line", ["Categories: 未分類", "Category: 未分類", "分類: 未分類",
                                  "Filed under: 工作总结", "分类: 厂区的人和事 |"])
def test_the_category_field_over_a_headline_goes_and_the_headline_is_the_title(line):
    doc, report = clean("\n\n".join([line, HEADLINE, *BODY]))
    assert report.title == HEADLINE
    assert texts(doc) == [" ".join(BODY[0].split()), BODY[1]]
    assert removed(report, "meta-lines.category-field") == [" ".join(line.split())]


def test_the_bare_label_over_a_headline_goes_too():
    doc, report = clean("\n\n".join(["分类:", HEADLINE, *BODY]))
    assert report.title == HEADLINE
    assert texts(doc) == [" ".join(BODY[0].split()), BODY[1]]


def test_a_chinese_field_with_a_name_goes_beside_chrome_only():
    # Alone, "分类：X" could be a form's or the document's own field (test_chrome_by_form keeps
    # it so); beside the page's facts it is the site's and goes (field-name-beside-chrome).
    # Over a headline it is never the title.
    doc, report = clean("\n\n".join(["分类：随笔", HEADLINE, *BODY]))
    assert report.title == HEADLINE
    assert texts(doc)[0] == "分类：随笔"
    doc, report = clean("\n\n".join(["2025年度社区服务中心工作总结", "分类：工作总结", *BODY]))
    assert report.title == "2025年度社区服务中心工作总结"
    assert texts(doc) == ["分类：工作总结", " ".join(BODY[0].split()), BODY[1]]
    doc, report = clean("\n\n".join(["2025年度社区服务中心工作总结", "分类：工作总结",
                                     "发布时间：2025-01-05 09:30", "浏览次数：128", *BODY]))
    assert removed(report, "meta-lines.field-name-beside-chrome") == ["分类：工作总结"]
    assert texts(doc) == [" ".join(BODY[0].split()), BODY[1]]


@pytest.mark.parametrize("line", ["分类：按用途分为三类。", "分类：一是日常巡查，二是专项检查，三是年度考核。"])
def test_a_sentence_about_categories_stays(line):
    doc, _ = clean("\n\n".join(["设备管理办法", line, *BODY]))
    assert line in texts(doc)


def test_the_category_field_proves_no_title_above_it():
    # An archive page: the last post's excerpt cut at a fixed width, one line a paragraph, then
    # the next post's category over its headline. The category names a shelf, not the page's
    # facts: the cut line right above it is no title, and the excerpt's lines are not looked past.
    cut = ["南岭分局派出所員警日前巡邏時,發現一名神情慌張的老人在路口徘",
           "員警上前關心,得知老人外出散步後忘記回家的路,身上也沒有帶",
           "南岭分局表示,社區中失智長者逐年增加,呼籲家屬可為長輩申請手"]
    doc, _ = clean("\n".join([*cut, "Category: 未分類", HEADLINE, *BODY]))
    # (typography gives the Chinese lines their full-width commas)
    assert texts(doc)[:2] == [line.replace(",", "，") for line in cut[1:]]
    assert "Category: 未分類" not in texts(doc)

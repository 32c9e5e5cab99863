"""A document viewer's pager line ("第1页 / 共5页") above the text is never the page's title
(ti39 saw it taken as one when no title line stood above it). Made-up text."""

from __future__ import annotations

import pytest

from helpers import clean, outline

BODY = ["一、基本情况", "本季度社区共设置分类投放点十二处，居民参与率明显提高。", "二、下一步打算",
        "继续加强宣传引导，做好分类督导工作。"]


@pytest.mark.parametrize("pager", ["第1页 / 共5页", "共5页 第1页", "第 1 / 5 页", "1/5頁", "共12页，当前第3页"])
def test_a_pager_is_no_title(pager):
    doc, report = clean("\n".join([pager, *BODY]))
    assert report.title in (None, "")
    assert outline(doc) == [(1, "一、基本情况"), (1, "二、下一步打算")]


def test_a_title_above_the_pager_stays_the_title():
    _, report = clean("\n".join(["社区垃圾分类工作小结", "第1页 / 共5页", *BODY]))
    assert report.title == "社区垃圾分类工作小结"


def test_a_title_naming_pages_is_still_a_title():
    _, report = clean("\n".join(["第1页至第5页的修改说明", *BODY]))
    assert report.title == "第1页至第5页的修改说明"

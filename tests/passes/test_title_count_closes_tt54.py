"""A template page's title that ends in its count of samples ("…(精选9篇)") is whole (round 54): the
genre word on the line under it is the first sample's name, never the rest of the title. Fixtures
are written for the project with made-up names and words."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.title_forms import ends_in_count

FIRST = "为提高机关办事效率，规范窗口服务行为，结合本办实际，制定以下制度。"


def test_a_counted_search_phrase_keeps_the_first_samples_name():
    doc, report = clean("\n".join(["青禾县政务服务中心(精选9篇)", "工作制度", FIRST, "一、首问负责制度"]))
    assert report.title == "青禾县政务服务中心(精选9篇)"
    assert texts(doc)[:2] == ["工作制度", FIRST]


def test_a_count_without_brackets_closes_the_title_too():
    doc, report = clean("\n".join(["柳岸镇机关效能建设12篇", "工作制度", FIRST]))
    assert report.title == "柳岸镇机关效能建设12篇"
    assert texts(doc)[0] == "工作制度"


def test_a_genre_word_under_an_uncounted_title_still_joins_it():
    # "第三届科技创新大赛" / "实施方案": the title's genre word set on a line of its own.
    doc, report = clean("\n".join(["第三届青禾科技创新大赛", "实施方案", "为办好本届大赛，特制定本方案。"]))
    assert report.title == "第三届青禾科技创新大赛实施方案"
    assert texts(doc) == ["为办好本届大赛，特制定本方案。"]


def test_counts():
    assert ends_in_count("某某管理制度(精选9篇)")
    assert ends_in_count("某某倡议书【推荐5篇】")
    assert ends_in_count("某某工作计划15篇")
    assert not ends_in_count("某某实施方案")
    assert not ends_in_count("第三篇 某某")

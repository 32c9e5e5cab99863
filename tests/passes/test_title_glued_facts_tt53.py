"""A headline with the page's facts glued after it on one line (round 53): "某村致全体村民的一封信
发布日期:… 信息来源:… 审核:…", or with a share label between ("… 分享至: 发布时间:… 文章来源:…").
The whole line read as a meta row and went, and the page lost its title (a county portal's village
letter, a party school's article page, a municipal party school's campus news). The headline is the
title; the facts go as before. A channel's short name before the facts ("公文写作 来源:…") is no
headline. Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts

TITLE = "桃源村关于秋收期间防火的告知书"
BODY = [
    "各位村民:",
    "秋收时节田间秸秆堆放多，请大家注意用火安全，不在田间地头焚烧秸秆。",
    "桃源村村民委员会",
]


def test_the_headline_before_its_facts_is_the_title():
    doc, report = clean("\n".join([
        "当前位置: 首页> 公示公告",
        f"{TITLE} 发布日期:2024-09-02 10:11 信息来源:桃源村 审核:管理员 字号:[ ]",
        *BODY,
    ]))
    assert report.title == TITLE
    assert texts(doc) == BODY


def test_a_share_label_between_the_headline_and_its_facts():
    doc, report = clean("\n".join([
        "一次难忘的乡村调研之旅 分享至: 发布时间:2023-10-14 09:32 文章来源:县委党校",
        "这次调研让我们看到了基层的真实情况，也让大家对书本上的道理有了更深的体会。",
    ]))
    assert report.title == "一次难忘的乡村调研之旅"
    assert texts(doc) == ["这次调研让我们看到了基层的真实情况，也让大家对书本上的道理有了更深的体会。"]


def test_a_channel_name_before_the_facts_is_no_headline():
    doc, report = clean("\n".join([
        "公文写作 来源:文秘之家 作者:晓风 2023-02-11 10:05 次阅读",
        "关于做好节日值班工作的通知",
        "各科室:",
        "节日期间请做好值班安排，保持通讯畅通。",
    ]))
    assert report.title == "关于做好节日值班工作的通知"
    assert texts(doc) == ["各科室:", "节日期间请做好值班安排，保持通讯畅通。"]


def test_a_field_before_the_facts_is_no_headline():
    # ("作者:某某" is a field of the row, no headline glued before it)
    doc, report = clean("\n".join([
        TITLE,
        "作者:李明远 发布时间:2024-09-02 10:11 来源:桃源村",
        *BODY,
    ]))
    assert report.title == TITLE
    assert texts(doc) == BODY

"""A know-how portal's reader counter "N人看过" on a line of its own under the title (issue 18,
round 54: meta lines on pages nobody tuned for): own-tune law.sczil.com, kunming.gongluezhishi.cn,
www.nctoro.com, itpeixun.cc; a stored page of w.hanyi.net. No rule knew the counter, so on a page
that does not print its title twice the title pass took the counter for the title. Fixtures are
the project's own: made-up names and sites, the lines' forms only."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.view-count"
TITLE = "实习鉴定表怎么填"
TEXT = [
    "实习鉴定表是学生实习结束时由实习单位填写的评价材料，本文从基本信息到单位意见逐栏说明填写要点。",
    "一、基本信息栏",
    "鉴定表的每一栏都要如实填写，评价用语要具体，避免空泛的套话，单位意见须加盖公章。",
]


def test_the_counter_under_the_title_goes_and_the_title_stays_the_title():
    for count in ("215人看过", "38人看過"):
        head = ["作者:青禾知识网", "|", count, "发布时间:2026-02-27 10:05:41", "标签:"]
        doc, report = clean("\n".join([TITLE, *head, *TEXT]))
        assert report.title == TITLE, count
        assert texts(doc) == TEXT, count
        assert removed(report, RULE) == [count], count


def test_a_sentence_counting_readers_stays():
    line = "会后统计，已有215人看过这份材料并提出了修改意见。"
    doc, report = clean("\n".join([TITLE, line, *TEXT[1:]]))
    assert texts(doc) == [line, *TEXT[1:]]
    assert removed(report, RULE) == []

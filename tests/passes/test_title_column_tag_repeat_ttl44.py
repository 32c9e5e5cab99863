"""A column's tag in brackets before a short headline the page prints again below it (round 44):
"【研学日志】研学归来话收获" over the facts line and "研学归来话收获": the title is the headline, the
tag the site's. A bracketed title over its text, which the page never prints again, stays as it was.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean

FACTS = "发布者:周老师      发布时间:2024-10-18"
TEXT = ["初一(3)班  陈小禾", "十月的研学旅行结束了，我们走进了茶园和制茶车间，第一次看到鲜叶变成干茶的全过程。",
        "回到学校后，老师让我们把所见所闻写下来，和同学们分享。"]


def test_a_tagged_headline_printed_again_below_is_the_title():
    _doc, report = clean("\n".join(["学子风采", "【研学日志】茶园一日有收获", FACTS, "茶园一日有收获", *TEXT]))
    assert report.title == "茶园一日有收获"


def test_a_tagged_headline_never_printed_again_keeps_its_tag():
    _doc, report = clean("\n".join(["学子风采", "【研学日志】茶园一日有收获", FACTS, *TEXT]))
    assert report.title == "【研学日志】茶园一日有收获"

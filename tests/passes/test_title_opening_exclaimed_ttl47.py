"""A headline that exclaims or asks, the page's first line right over a paragraph of its text
(round 47): "某某报名开始啦!", "某某,钱该谁出?". With nothing above it that the page could open with
instead, it is the page's title. A greeting, or an exclamation calling the readers with a comma
("同学们,新学期开始了!"), is the text's own first line; so is a line over no paragraph.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean

PARAGRAPH = ("入冬以来,青柳社区志愿服务队每周两次上门为独居老人检查燃气、电器和取暖设备,"
             "发现隐患当场登记并联系物业维修,三个月来共走访一百二十多户。")
REST = ["一、活动安排", "每周二、周五上午集中走访,其余时间电话回访。"]


def test_an_exclaimed_headline_over_the_first_paragraph_is_the_title():
    _doc, report = clean("\n".join(["青柳社区“暖冬行动”志愿者报名开始啦!", PARAGRAPH, *REST]))
    assert report.title == "青柳社区“暖冬行动”志愿者报名开始啦!"


def test_an_asked_headline_with_a_comma_over_the_first_paragraph_is_the_title():
    _doc, report = clean("\n".join(["老楼加装电梯,一楼住户的补偿该谁出?", PARAGRAPH, *REST]))
    assert report.title == "老楼加装电梯,一楼住户的补偿该谁出?"


def test_a_greeting_or_a_call_to_the_readers_is_no_title():
    for first in ("大家早上好!", "同学们,新学期开始了!"):
        _doc, report = clean("\n".join([first, PARAGRAPH, *REST]))
        assert report.title is None, first


def test_an_exclaimed_line_over_no_paragraph_is_no_title():
    _doc, report = clean("\n".join(["活动报名开始啦!", "报名时间", "12月1日至12月10日", *REST]))
    assert report.title is None

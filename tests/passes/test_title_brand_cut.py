"""A hijacked page's betting or gaming brand stamped where a unit's name stood is cut from the title
as the injected rules cut it from every body line (round 44): the title is taken before the
boilerplate pass reads the lines. A title naming a sports venue or a lottery office keeps its words.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import pytest

from helpers import clean

BODY = ["各学院：", "为总结上一年度工作，学院定于3月6日召开年度工作会议，现将有关事项通知如下。",
        "一、会议时间", "3月6日上午九点。", "二、会议地点", "行政楼三楼会议室。"]


@pytest.mark.parametrize(("line", "title"), [
    ("青湾668登录网页版召开2024年度教职工大会的通知", "召开2024年度教职工大会的通知"),
    ("鸿运棋牌城关于开展春季运动会的通知", "关于开展春季运动会的通知"),
    ("关于春季运动会的通知-鸿运棋牌城", "关于春季运动会的通知"),
])
def test_a_brand_in_the_title_goes_from_it(line, title):
    _doc, report = clean("\n".join([line, *BODY]))
    assert report.title == title


@pytest.mark.parametrize("line", ["青湾体育馆春季运动会场地安排的通知", "市体育彩票管理中心2024年工作总结"])
def test_a_venue_or_a_lottery_office_stays_in_the_title(line):
    _doc, report = clean("\n".join([line, *BODY]))
    assert report.title == line

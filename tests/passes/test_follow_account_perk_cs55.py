"""An account's follow-for-a-perk promo printed into a copied article (round 55, cs55).

Mirrors of WeChat articles, community sites and study-guide copies keep the account's promo: a
click on the follow button for books or updates, a 粉丝福利 label, a keyword replied to the bot for
a bundle of 资料. The line goes (and is no title). A notice asking its readers to follow a school's
or an office's account, for its own news or a form, stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "如何写好控制器层的代码"
BODY = ["一个完整的后端请求由接口地址、请求方式、请求数据和响应数据四部分组成。",
        "本篇主要介绍控制器层的处理方法，以及如何统一处理异常。"]


@pytest.mark.parametrize("line", [
    "点击关注公众号，每周两次包邮送书",
    "粉丝福利：关注某某学堂公众号，回复“资料”领取学习礼包",
    "点击关注公众号及时获取笔主最新文章，并可免费领取配套的面试手册。",
    "关注某某编程公众号，后台回复“1024”免费领取全套视频教程",
])
def test_the_promo_under_the_title_goes(line):
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "injected.follow-account-perk") == [line]
    assert report.title == TITLE


@pytest.mark.parametrize("line", [
    "请家长关注学校公众号，及时获取放假安排。",
    "新生关注学校公众号，回复“新生”领取入学指南",
    "同学们可以关注图书馆公众号，免费领取电子书阅读卡。",
    "关注街道公众号，领取报名表。",
])
def test_a_notice_asking_to_follow_an_account_stays(line):
    doc, _ = clean("\n".join(["关于寒假安排的通知", "各位同学：", line, "特此通知。"]))
    assert line in texts(doc)

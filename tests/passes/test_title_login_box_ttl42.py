"""A login box flattened into a line ("用户名: 密码: 登录") above a page's title: its empty account
fields are the site's, not the document's own fields, and the title under them is found (round
42). Fixtures written for the project (made-up content)."""

from __future__ import annotations

from helpers import clean

BODY = ("写总结最忌讳把一年的事情按月份流水账式地罗列，读的人看完也不知道重点在哪里。"
        "比较好的办法是先归纳出三到四个方面，每个方面用一两个实例说明。")


def test_a_login_box_above_the_title_is_looked_past():
    lines = ["用户名: 密码: 企业 个人", "当前位置:某某学习网范文总结年终总结的几种常见写法» 正文",
             "年终总结的几种常见写法", "[12-05 09:30:11]   来源:本站  总结   阅读:36", BODY]
    _doc, report = clean("\n".join(lines))
    assert report.title == "年终总结的几种常见写法"


def test_a_forms_own_fields_still_open_the_text():
    # "姓名：" over "日期：": a form's own fields, no login box; the page has no title line.
    lines = ["姓名：王小青 班级：三年二班", "日期：2024年5月6日", BODY]
    _doc, report = clean("\n".join(lines))
    assert not report.title

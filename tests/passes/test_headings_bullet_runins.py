"""Bulleted points that name themselves ("- 名称：说明的句子…") run in, as "1. 名称：…" items do; bullets
holding a field's short value stay plain items (issue 18, round 23: bullet_runins.py). Fixtures
written for the project: made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, paras, runins


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_bulleted_items_naming_their_points_run_in():
    doc, _ = clean(lines(
        "图书管理员的三项基本功",
        "图书室的工作看起来简单，真正做好却需要几样扎实的本领，下面分开来说。",
        "- 分类上架：新书到馆后先按分类号贴好标签，再按顺序上架，不能凭印象随手摆放。",
        "• 借还登记：每一次借出和归还都要当场录入系统，避免月底盘点时对不上账。",
        "- 读者服务：遇到找不到书的读者，要主动帮忙检索，而不是只指一个方向。",
        "做好这三件事，图书室就能井井有条。",
    ))
    assert runins(doc) == ["- 分类上架：", "• 借还登记：", "- 读者服务："]
    assert outline(doc) == []


def test_bullets_holding_short_field_values_stay_plain():
    doc, _ = clean(lines(
        "秋季运动会报名须知",
        "各班体育委员请于本周五前将报名表交到体育组办公室，逾期不再受理，请互相转告。",
        "- 地点：学校田径场",
        "- 时间：十月十二日上午",
        "- 联系人：体育组李老师",
    ))
    assert runins(doc) == []
    assert "- 地点：学校田径场" in paras(doc)


def test_one_named_bullet_among_plain_ones_is_no_series():
    doc, _ = clean(lines(
        "班级卫生公约",
        "为了让教室保持整洁，经全班同学讨论，制定以下几条约定，请大家共同遵守。",
        "- 每天放学后值日生打扫教室，关好门窗和电灯。",
        "- 不在教室里吃零食，垃圾放进垃圾桶。",
        "- 值日安排：按学号轮流，每组四人，组长负责检查打扫的结果。",
        "- 桌面只放当天要用的书本和文具。",
    ))
    assert runins(doc) == []

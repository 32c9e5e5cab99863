"""Bulleted names over the lines that explain them inside a numbered part ("二、正文" / "- 缘由" /
"- 说明…。" / "- 事项" / …) are that part's subsections; a list of short things, or names under a
numbered item rather than a top part, stays a list (issue 18, round 40: bullet_heads.py). Fixtures
written for the project: made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_bulleted_names_inside_a_part_are_its_subsections():
    doc, _ = clean(lines(
        "借条应该怎么写",
        "借条只有几行字，可是每一行都可能在日后用得上，下面按顺序说一说。",
        "一、标题",
        "第一行居中写“借条”两个字，字号可以比正文稍大一些，让人一眼就看得出来。",
        "二、正文",
        "- 借款金额",
        "- 大写和小写都要写，大写数字不要留空格，免得被人添改。",
        "- 归还日期",
        "- 写明哪一年哪一月哪一天归还，不要只写“尽快”之类的话。",
        "- 利息约定",
        "- 有利息的写清年利率，没有利息的也要写一句不计利息。",
        "三、落款",
        "借款人亲笔签名并按手印，下面写上出具借条的日期。",
    ))
    assert outline(doc) == [
        (1, "一、标题"), (1, "二、正文"), (2, "- 借款金额"), (2, "- 归还日期"), (2, "- 利息约定"), (1, "三、落款"),
    ]


def test_bulleted_short_things_stay_a_list():
    doc, _ = clean(lines(
        "春游出发前的准备",
        "一、集合时间",
        "周三早上七点半在学校东门集合，迟到的同学请自行前往公园南门。",
        "二、随身物品",
        "- 水壶",
        "- 雨具",
        "- 午饭可以自带，也可以在公园的小卖部购买，请准备少量零钱。",
        "- 帽子",
        "- 纸巾",
        "- 请不要携带贵重物品，手机由班主任统一保管到回校为止。",
        "三、安全要求",
        "全程跟随本班队伍行动，不得擅自离队，有事先向老师报告。",
    ))
    assert outline(doc) == [(1, "一、集合时间"), (1, "二、随身物品"), (1, "三、安全要求")]


def test_bulleted_names_under_a_numbered_item_stay_its_list():
    doc, _ = clean(lines(
        "社区书法班学员守则",
        "一、报名说明",
        "凡本社区居民均可报名，每期招收二十人，额满为止，报名时请带上身份证。",
        "二、学员须知",
        "1. 上课纪律",
        "- 按时到教室，有事请假要提前一天告诉班长，连续缺课三次视为退班。",
        "2. 分组安排",
        "- 初学组:",
        "- 每周二上午练习基本笔画，由两位老学员轮流示范和指导。",
        "- 提高组:",
        "- 每周四下午临帖练习，每月交一幅作品参加班内的小展览。",
    ))
    assert [text for _, text in outline(doc)] == ["一、报名说明", "二、学员须知", "1. 上课纪律", "2. 分组安排"]

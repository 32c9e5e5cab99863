"""Readers' comments under a comment box's label closing the page (issue 18, round 42, rc42).

The box's label ("5 条评论", "网友留言", "评论"), each comment's stamp (a name with the date and the
time of day, or the name on a line of its own over the time) and the comment's words go. A log's
dated entries, a school's dated news items and text under no comment label stay. Fixtures are
made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "图书室志愿服务半年小结"
BODY = ["今年上半年，社区图书室共招募志愿者十八名，按周排班，每天下午开放四个小时。",
        "一、主要做法",
        "志愿者分成借阅、整理和活动三组，每月轮换一次，老人和孩子的借阅量比去年同期多了三成。",
        "二、下一步打算",
        "下半年准备增加周末的开放时间，并和附近小学合办两次读书会。"]
COMMENTS = ["周末开放这个想法好，孩子们放学后正好能去。", "请问志愿者现在还招人吗？"]


@pytest.mark.parametrize("label", ["5 条评论", "网友留言", "评论", "最新评论：", "评论(2)"])
def test_the_comments_under_a_label_go(label):
    page = [TITLE, *BODY, label, "青禾 2024-07-02 19:26", COMMENTS[0], "路过的小周 2024-07-03 08:05", COMMENTS[1]]
    doc, _ = clean("\n".join(page))
    assert texts(doc) == BODY
    # (a label some rule names ("网友留言") takes the rest with it: the comments are gone either way)
    assert all(comment not in texts(doc) for comment in COMMENTS)


def test_the_thread_is_recorded_as_comments():
    page = [TITLE, *BODY, "5 条评论", "青禾 2024-07-02 19:26", COMMENTS[0], "路过的小周 2024-07-03 08:05", COMMENTS[1]]
    _, report = clean("\n".join(page))
    assert removed(report, "comments.comment-thread") == COMMENTS


def test_a_name_over_its_time_and_a_reply_link_go_too():
    page = [TITLE, *BODY, "12 条留言", "青禾", "2024-07-02 19:26:41", COMMENTS[0], "回复",
            "小周", "2024-07-03 08:05:10", COMMENTS[1]]
    doc, report = clean("\n".join(page))
    assert texts(doc) == BODY
    taken = removed(report, "comments.comment-thread")
    assert COMMENTS[0] in taken and COMMENTS[1] in taken and "小周" in taken


def test_a_stamp_by_the_day_is_a_log_entry_and_stays():
    entries = ["2024年7月2日", "上午整理新到的图书，共登记一百二十册。",
               "2024年7月3日", "下午接待小学生参观，讲解借阅规则。"]
    doc, _ = clean("\n".join([TITLE, *BODY, "留言", *entries]))
    assert entries[1] in texts(doc) and entries[3] in texts(doc)


def test_dated_items_under_no_comment_label_stay():
    items = ["[2024-07-02 10:20]", "暑期开放时间调整", "七月起图书室每天下午两点开门，晚上八点关门。",
             "[2024-07-01 09:00]", "新书到馆", "本月新到少儿图书三百册，欢迎借阅。"]
    doc, _ = clean("\n".join([TITLE, *BODY, *items]))
    for line in (items[2], items[5]):
        assert line in texts(doc)


def test_a_comment_label_over_more_text_than_comments_stays():
    # under the label, a stamp over more lines than a comment holds: not a comment box
    long_part = [f"第{n}条，志愿者按时到岗，做好借还登记和书架整理工作。" for n in range(1, 9)]
    doc, _ = clean("\n".join([TITLE, *BODY, "留言", "管理员 2024-07-02 19:26", *long_part]))
    assert long_part[0] in texts(doc) and long_part[-1] in texts(doc)



def test_stamps_by_the_day_beside_a_name_are_comments_too():
    page = [TITLE, *BODY, "3 条评论", "青禾 2024-07-02", COMMENTS[0],
            "网友小周 发表于 2024年7月3日 下午8:05", COMMENTS[1]]
    doc, report = clean("\n".join(page))
    assert texts(doc) == BODY
    taken = removed(report, "comments.comment-thread")
    assert [line for line in taken if line in COMMENTS] == COMMENTS


def test_a_log_s_days_with_their_weekday_stay_under_a_label():
    entries = ["2024年7月2日 星期二", "上午整理新到的图书，共登记一百二十册。",
               "2024年7月3日 星期三", "下午接待小学生参观，讲解借阅规则。"]
    doc, _ = clean("\n".join([TITLE, *BODY, "留言", *entries]))
    assert entries[1] in texts(doc) and entries[3] in texts(doc)

"""A forum thread's and a comment box's chrome by form (issue 18, round 36, li36).

The poster box beside a post in the words several forum programs print (发帖, 经验, 等级:少校,
注册 with its date, 状态:离线, UID, 升级 N%), one a line or as one row of counts; the thread page's
other controls (跳转到指定楼层, 加好友, 该用户从未签到, 查看完整版本); the moderator's log line, the
forum software's timing footer and the "原帖由 X 于 T 发表" quote header. Single fields are the
forum's only on a page that shows itself a thread; an assessment's grade posted in a thread stays.
A comment box under the text: its empty state, invitation, list heading, buttons, etiquette note,
a blog form's privacy note and its field words under them; a form's own fields stay. Made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区服务中心上半年工作总结"
BODY = ["今年上半年，社区服务中心围绕便民服务目标，扎实推进各项工作，居民满意度稳步提升。",
        "中心每月组织一次便民集市，累计服务居民三千余人次。",
        "下半年，中心将继续完善服务清单，争取新增两处活动场地。"]


# A forum thread's page: its post header and copy-link button show it (profile forum-thread).
THREAD_HEAD = ["小周 发表于 2023-5-12 10:21:33 | 显示全部楼层 |阅读模式", "[复制链接]"]


@pytest.mark.parametrize("line", [
    "UID 10234", "发帖:37", "注册:2015-03-09", "状态:离线", "等级:少校", "升级 25%",
    "跳转到指定楼层", "加好友", "该用户从未签到", "查看完整版本:",
])
def test_a_threads_poster_box_and_controls_go(line):
    doc, _ = clean("\n".join([TITLE, *THREAD_HEAD, line, *BODY]))
    assert texts(doc) == BODY


@pytest.mark.parametrize("line", ["等级：优秀", "等级：合格", "经验：三年以上"])
def test_an_assessments_grade_in_a_posted_form_stays(line):
    doc, _ = clean("\n".join([TITLE, *THREAD_HEAD, BODY[0], line, *BODY[1:]]))
    assert line in texts(doc)


@pytest.mark.parametrize("line", ["积分 125", "状态：在线", "注册：2019-03-02", "发消息"])
def test_a_single_field_off_a_forum_page_stays(line):
    doc, _ = clean("\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    assert line in texts(doc)


@pytest.mark.parametrize(("line", "rule"), [
    ("主题 12 帖子 33 积分 125", "forum.poster-stats-row"),
    ("本主题由 版主 于 2023-5-12 10:20 移动", "forum.moderator-log"),
    ("GMT+8, 2023-5-12 11:02 , Processed in 0.031250 second(s), 22 queries .", "forum.forum-software-footer"),
])
def test_forum_software_lines_go_on_any_page(line, rule):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert removed(report, rule) == [line]
    assert texts(doc) == BODY


def test_a_discuz_quote_header_opens_the_replies():
    reply = ["原帖由 小周 于 2023-5-12 10:21 发表", "写得很实在，收藏了。"]
    doc, report = clean("\n".join([TITLE, *THREAD_HEAD, *BODY, *reply]))
    assert removed(report, "comments.quote-header") == reply
    assert texts(doc) == BODY


@pytest.mark.parametrize("box", [
    ["发表评论", "昵称", "邮箱", "网站", "验证码：", "提交"],
    ["还没有评论，快来抢沙发吧！", "用户名：", "提交评论"],
    ["全部评论", "文明上网，理性发言", "暂无评论"],
    ["网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述", "我来说两句"],
    ["您的邮箱地址不会被公开。 必填项已用 * 标注", "昵称", "邮箱"],
])
def test_the_comment_box_under_the_text_goes(box):
    doc, _ = clean("\n".join([TITLE, *BODY, *box]))
    assert texts(doc) == BODY


def test_a_forms_own_fields_at_its_end_stay():
    form = ["报名回执", "姓名：", "邮箱：", "联系电话："]
    doc, _ = clean("\n".join([TITLE, *BODY, *form]))
    assert texts(doc)[-len(form):] == form


@pytest.mark.parametrize("label", ["网友评论", "全部评论", "评论列表(2条)", "精彩评论"])
def test_the_comment_list_under_its_heading_goes(label):
    entries = ["小周 2023-05-12 10:20", "写得很实在，学习了。", "[访客] 2023-05-11 09:12 收藏了，谢谢分享。"]
    doc, report = clean("\n".join([TITLE, *BODY, label, *entries]))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-list-heading") == [label, *entries]


def test_a_numbered_part_on_readers_views_stays():
    part = ["三、网友评论", "活动信息发布后，不少居民在社区公众号留言，希望集市能延长到晚上八点，我们将认真研究。"]
    doc, _ = clean("\n".join([TITLE, *BODY, *part]))
    assert texts(doc)[-1] == part[-1]

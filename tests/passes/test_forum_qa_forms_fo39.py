"""Forum and Q&A chrome by form (issues 13 and 18, round 39, fo39).

A Q&A site's answer label with its decoration (a colon or "!", the count of answers in brackets,
empty table cells after it), the nameless answerer with the answer's time, the first answer's
numbered label right under the answer-box label; a thread's view/reply counter that opens a longer
row (it shows the page a thread, so the poster box's fields and user group go); a user group
alone off a thread page, an interview's "回答1:" off a Q&A label and a document's "参考答案:" stay.
Made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区服务中心上半年工作总结"
BODY = ["今年上半年，社区服务中心围绕便民服务目标，扎实推进各项工作，居民满意度稳步提升。",
        "中心每月组织一次便民集市，累计服务居民三千余人次。",
        "下半年，中心将继续完善服务清单，争取新增两处活动场地。"]


@pytest.mark.parametrize("line", [
    "推荐回答(2个)", "专家回答：", "最佳解! | ||", "满意回答:", "热心网友 时间:2023-12-02 08:15",
    "匿名网友 时间：2022-4-9",
])
def test_a_qa_sites_answer_label_with_its_decoration_goes(line):
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert removed(report, "forum.answer-box") == [line]
    assert texts(doc)[-3:] == BODY


def test_the_first_answers_number_under_the_answer_box_goes():
    doc, report = clean("\n".join([TITLE, "推荐回答(1个)", "回答1:", *BODY]))
    assert removed(report, "forum.numbered-answer-label") == ["回答1:"]
    assert texts(doc) == BODY


def test_an_interviews_numbered_answer_stays():
    interview = ["问题1：社区集市每月办几次？", "回答1：", "每月办一次，逢节日加办一次。"]
    doc, _ = clean("\n".join([TITLE, *BODY, *interview]))
    assert "回答1：" in texts(doc)
    assert interview[2] in texts(doc)


@pytest.mark.parametrize("line", ["参考答案：", "答案：", "网友回答的问题主要集中在三个方面。"])
def test_a_documents_own_answer_words_stay(line):
    doc, _ = clean("\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    assert line in texts(doc)


# A thread page printed by a forum program other than Discuz: no "发表于 DATE" header, a counter
# row that runs on into the subject, the poster box one field a line.
POSTER_BOX = ["小周", "注册会员", "等级:上尉", "经验:860", "发帖:21", "精华:0", "注册:2016-05-20", "状态:离线"]


def test_a_counter_row_running_into_the_subject_shows_a_thread():
    row = "查看: 1530 | 回复: 4 主题: 上半年工作总结怎么写 下一篇"
    doc, report = clean("\n".join([TITLE, row, *POSTER_BOX, *BODY]))
    assert removed(report, "forum.thread-stats") == [row]
    assert removed(report, "forum.thread-widgets") == ["注册会员"]
    assert {"等级:上尉", "精华:0", "注册:2016-05-20", "状态:离线"} <= set(removed(report, "forum.poster-stats"))
    assert texts(doc) == BODY


@pytest.mark.parametrize("line", ["管理员", "版主", "注册会员"])
def test_a_user_group_word_off_a_thread_page_stays(line):
    doc, _ = clean("\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    assert line in texts(doc)

"""A reader comment's row of vote and reply buttons, told by its form (issue 18, round 54).

comments.comment-vote-row: the buttons under each comment (its votes with their counts, its
reply, quote and report links), two to five on a line, anywhere on the page, since the comments'
own lines keep the rows out of the page's tail; comments.comment-thread: a comment list with no
label whose stamps number the floors from the first. Each test also keeps a document line of a
like shape. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾镇农技服务站春耕备耕情况汇报"
BODY = [f"第{n}项：服务站组织技术人员下村指导育秧、检修农机、调运化肥，农户反映问题当场答复，备耕进度总体正常。"
        for n in range(1, 9)]
RULE = "comments.comment-vote-row"


def page(*middle):
    return "\n".join([TITLE, *BODY[:4], *middle, *BODY[4:]])


@pytest.mark.parametrize("line", ["支持(0) 反对(0)", "支持(1)反对(0)", "[回复(2)] [支持(1)] [反对(0)] [举报(0)]",
                                  "支持(3)|反对(1)|回复", "赞(18) 反对(0)", "顶(5) 踩(0) 回复"])
def test_a_comment_button_row_goes_anywhere(line):
    doc, report = clean(page(line))
    assert texts(doc) == BODY
    assert removed(report, RULE) == [line]


def test_the_rows_between_comments_go_and_the_article_stays():
    comments = ["#1楼 2019-04-11 09:30 石榴籽", "育秧这段讲得细，明年照着试试。", "支持(0) 反对(0)", "回复 引用",
                "#2楼 2019-04-12 21:05 老河湾", "化肥调运能不能再早一周？", "支持(2)反对(0)", "回复 引用"]
    doc, report = clean("\n".join([TITLE, *BODY, *comments]))
    assert texts(doc)[:len(BODY)] == BODY
    assert removed(report, RULE) == ["支持(0) 反对(0)", "支持(2)反对(0)"]


@pytest.mark.parametrize("line", ["赞成 5 票，反对 0 票，弃权 1 票。", "支持（3）反对（1）意见已汇总上报。",
                                  "赞成 反对 弃权", "回复群众来信12件，引用政策条文逐一说明。",
                                  "回复（已办结）引用（政策依据）"])
def test_a_document_tally_or_sentence_stays(line):
    doc, report = clean(page(line))
    assert line in texts(doc)
    assert not removed(report, RULE)


# --- a numbered comment list with no label over it (comments.comment-thread) ----------------------

THREAD = "comments.comment-thread"


def test_a_floor_numbered_comment_list_goes_without_a_label():
    comments = ["#1楼 2019-04-11 09:30 石榴籽", "育秧这段讲得细，明年照着试试。", "支持(0) 反对(0)",
                "#2楼[楼主] 2019-04-12 21:05 | 老河湾", "化肥调运能不能再早一周？"]
    doc, report = clean("\n".join([TITLE, *BODY, *comments]))
    assert texts(doc) == BODY
    assert removed(report, THREAD) == ["#1楼 2019-04-11 09:30 石榴籽", "育秧这段讲得细，明年照着试试。",
                                       "#2楼[楼主] 2019-04-12 21:05 | 老河湾", "化肥调运能不能再早一周？"]


def test_floors_with_a_region_name_and_a_day_go():
    comments = ["1楼 江北某市网友 2012-05-23", "这个办法好，我们村也想学。", "2楼 河西某县网友 2012-05-24", "顶一个。"]
    doc, report = clean("\n".join([TITLE, *BODY, *comments]))
    assert texts(doc) == BODY
    assert len(removed(report, THREAD)) == 4


@pytest.mark.parametrize("tail", [
    ["1楼 报告厅 3月6日 08:00", "全体教师参加开学动员会。", "2楼 会议室 3月6日 14:00", "各教研组长参加例会。"],
    ["1楼 报告厅 2021年3月6日 08:00", "全体教师参加开学动员会。", "2楼 会议室 2021年3月6日 14:00",
     "各教研组长参加例会。"],
    ["1楼 石榴籽 2019-04-11 09:30", "育秧这段讲得细，明年照着试试。"],
])
def test_a_schedule_by_floor_or_a_lone_floor_stays(tail):
    doc, report = clean("\n".join([TITLE, *BODY, *tail]))
    assert [t.replace(" ", "") for t in texts(doc)] == [t.replace(" ", "") for t in BODY + tail]
    assert not removed(report, THREAD)


# --- a news CMS's mood widget under the article (comments.mood-widget-prompt, mood-widget-word) ---

def test_the_mood_widget_prompt_and_its_moods_go():
    widget = ["您看到此篇文章时的感受是：", "支持", "高兴", "震惊", "愤怒", "0%", "0%"]
    doc, report = clean("\n".join([TITLE, *BODY, *widget]))
    assert texts(doc) == BODY
    assert removed(report, "comments.mood-widget-prompt") == ["您看到此篇文章时的感受是："]
    assert removed(report, "comments.mood-widget-word") == widget[1:]


@pytest.mark.parametrize("line", ["您看到此篇文章时的感受（已有 0 人表态）", "看完这篇文章后的心情如何？",
                                  "查看心情排行", "选您认同的表情后才可显示结果"])
def test_the_widgets_other_wordings_go(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY
    assert removed(report, "comments.mood-widget-prompt") == [line]


def test_a_question_on_the_text_and_short_lines_without_the_prompt_stay():
    line = "看完这篇文章，同学们说说自己的心情和理由。"
    doc, report = clean(page(line, "高兴", "难过"))
    assert line in texts(doc)
    assert not removed(report, "comments.mood-widget-prompt")
    assert not removed(report, "comments.mood-widget-word")

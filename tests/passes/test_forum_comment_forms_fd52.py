"""Thread and comment controls told by their form (issue 18, round 52).

The toggle that opens or folds the replies under a comment or a floor and the reply box's prompt
(comments.reply-thread-toggle); a thread's "只看楼主" control alone or in its button row; the head of
a poster's box on a board with the Discuz sign-in add-on and the mood word under it
(forum.daily-mood, forum.daily-mood-word); a pager's buttons printed with their arrows
(meta-lines.pager). Each test also keeps a document line of a like shape. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "柳溪社区志愿服务队半年工作小结"
BODY = [f"第{n}项：服务队上半年走访独居老人、清理楼道杂物、组织义诊咨询，居民反映良好，参与人数稳步增加。"
        for n in range(1, 9)]


def page(*middle):
    return "\n".join([TITLE, *BODY[:4], *middle, *BODY[4:]])


# --- the replies' toggle and the reply box's prompt ----------------------------------------------

@pytest.mark.parametrize("line", ["收起回复", "展开回复", "查看全部 12 条回复", "查看更多回复 >",
                                  "展开全部3条回复", "收起评论", "我也说一句", "我也说一句..."])
def test_a_reply_toggle_or_the_reply_prompt_goes_anywhere(line):
    doc, report = clean(page(line))
    assert texts(doc) == BODY
    assert removed(report, "comments.reply-thread-toggle") == [line]


@pytest.mark.parametrize("line", ["收起回复后要及时整理群众意见，逐条落实到人。",
                                  "我也说一句心里话：这半年大家辛苦了。",
                                  "查看回复情况，对未答复的来信逐件督办。"])
def test_a_sentence_about_replies_stays(line):
    doc, report = clean(page(line))
    assert line in texts(doc)
    assert not removed(report, "comments.reply-thread-toggle")


# --- 只看楼主 -------------------------------------------------------------------------------------

def test_the_see_the_poster_only_control_goes_alone_and_in_its_row():
    doc, report = clean(page("只看楼主", "只看楼主 收藏 回复"))
    assert texts(doc) == BODY
    assert removed(report, "forum.thread-control") == ["只看楼主"]
    assert removed(report, "forum.post-buttons") == ["只看楼主 收藏 回复"]


# --- the poster box's mood of the day --------------------------------------------------------------

@pytest.mark.parametrize("line", ["TA的每日心情", "TA的每日心情 | 开心 3 小时前 |",
                                  "• TA的每日心情 奋斗 2022-6-18 09:12"])
def test_the_daily_mood_head_goes(line):
    doc, report = clean(page(line))
    assert texts(doc) == BODY
    assert removed(report, "forum.daily-mood") == [line]


def test_the_mood_word_under_the_head_goes_with_it_and_only_there():
    doc, report = clean(page("TA的每日心情", "郁闷", "2022-6-18 09:12"))
    assert texts(doc) == BODY
    assert removed(report, "forum.daily-mood-word") == ["郁闷"]
    doc, report = clean(page("郁闷"))
    assert "郁闷" in texts(doc)
    assert not removed(report, "forum.daily-mood-word")


# --- a pager's buttons with their arrows ------------------------------------------------------------

@pytest.mark.parametrize("line", ["下一页 »", "« 上一页", "« 上一页 1 2 3 下一页 »", "1 2 3 下一页 »"])
def test_pager_buttons_with_arrows_go(line):
    doc, report = clean(page(line))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.pager") == [line]


@pytest.mark.parametrize("line", ["下一页", "详见下一页附表。", "上一页所列三项已完成 »"])
def test_a_bare_button_or_a_sentence_stays(line):
    doc, report = clean(page(line))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.pager")


# --- the guest tip as a board's admin rewrites it ------------------------------------------------

@pytest.mark.parametrize("line", ["马上注册入会，结识更多同好，一起分享养蜂心得。",
                                  "马上注册成为会员，认识更多同城钓友"])
def test_a_rewritten_guest_tip_goes(line):
    doc, report = clean(page(line))
    assert texts(doc) == BODY
    assert removed(report, "forum.login-prompt") == [line]


def test_a_sentence_that_asks_to_register_stays():
    line = "请各位志愿者马上注册报名，结识新伙伴，共同参与秋季助老活动。"
    doc, report = clean(page(line))
    assert line in texts(doc)
    assert not removed(report, "forum.login-prompt")

"""A Q&A answer's vote and action bar, and the login box's head, by form (issue 18, round 53).

forum.answer-vote-row: the voters' count over an answer ("N 人赞同了该回答"), the bar under it
(赞同 and its count, the comment count or 添加评论, 分享 收藏 喜欢 收起 …), with the zero-width
spaces a site's icons leave between and beside the buttons, and the bar wrapped one button a line.
forum.login-wall-head: the bare head of the box shown to a visitor who is not logged in. Each test
also keeps a document line of a like shape. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

ZW = "\u200b"
TITLE = "述职报告开头怎样写才不落俗套？"
BODY = [f"第{n}点：述职报告要围绕岗位职责来写，先讲履职情况，再讲存在的不足，最后讲下一步打算，条理要清楚。"
        for n in range(1, 9)]


def page(*middle):
    return "\n".join([TITLE, *BODY[:4], *middle, *BODY[4:]])


@pytest.mark.parametrize("line", [
    "217 人赞同了该回答", "1,043 人赞同了该回答", "青禾、小舟 等 88 人赞同了该回答", "36 人赞同了该文章",
    f"{ZW}赞同 65{ZW}{ZW}40 条评论{ZW}57 {ZW}1", f"{ZW}赞同 1{ZW}{ZW}添加评论{ZW}1 {ZW}喜欢",
    "赞同 45 添加评论 分享 收藏 喜欢 收起", "赞同 1.2 万", f"{ZW}分享", f"{ZW}收起{ZW}",
    f"{ZW}申请转载{ZW}", f"{ZW}关注他{ZW}发私信", "分享 收藏 喜欢",
])
def test_an_answers_vote_bar_goes_anywhere(line):
    doc, report = clean(page(line))
    assert texts(doc) == BODY
    assert removed(report, "forum.answer-vote-row") == [line]


@pytest.mark.parametrize("line", [
    "收起", "喜欢", "收藏",
    "我赞同这种写法，开头先交代岗位和分管工作。",
    "有 217 人赞同了该方案，占参会人数的九成。",
    "分享经验、收藏资料、喜欢读书，是他的三个习惯。",
])
def test_a_documents_own_word_or_sentence_stays(line):
    doc, report = clean(page(line))
    assert line in texts(doc)
    assert not removed(report, "forum.answer-vote-row")


@pytest.mark.parametrize("line", ["登录后你可以", "登录后您可以享受以下权益：", "登录后你可以："])
def test_the_login_boxs_bare_head_goes(line):
    doc, report = clean(page(line))
    assert texts(doc) == BODY
    assert removed(report, "forum.login-wall-head") == [line]


def test_a_manuals_sentence_after_the_words_stays():
    line = "登录后你可以在首页查看本单位的待办事项和通知公告。"
    doc, report = clean(page(line))
    assert line in texts(doc)
    assert not removed(report, "forum.login-wall-head")



def test_the_perks_listed_under_the_login_boxs_head_go_one_a_line_or_on_one_line():
    perks = ["- 免费看全文", "- 和作者互动", "- 下载附件资源"]
    doc, report = clean("\n".join([TITLE, *BODY, "登录后您可以享受以下权益：", *perks]))
    assert texts(doc) == BODY
    assert removed(report, "forum.login-wall-perks") == perks
    doc, report = clean(page("登录后你可以", "不限量看好文章 私信作者 一键收藏"))
    assert texts(doc) == BODY
    assert removed(report, "forum.login-wall-perks") == ["不限量看好文章 私信作者 一键收藏"]


def test_a_numbered_item_or_a_sentence_under_the_head_stays():
    items = ["1. 查看本单位的通知公告", "在首页处理待办事项。"]
    doc, report = clean(page("登录后你可以：", *items))
    kept = "".join(texts(doc))
    assert all(item in kept for item in items)
    assert not removed(report, "forum.login-wall-perks")

"""Forum thread chrome of other board programs, by form (issue 18, round 41, fo41).

A plain-text thread view's post header run into the post (the header goes, the post stays), a
post's button row with its quote link and the older thread buttons, the sidebar toggle's other
state, a login box's register link in its other wordings, and a Discuz jammer ending right before
a question's bare number (the number stays: the forum's draw ends on a letter or a mark). Made up.
"""

from __future__ import annotations

import random

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾街道办事处上半年工作小结"
BODY = ["上半年，办事处围绕便民服务和安全生产两项重点，完成了年初确定的各项任务。",
        "街道共组织安全检查十二次，整改隐患四十余处。",
        "下半年，办事处将继续完善网格管理，力争群众满意度再上台阶。"]


def test_a_text_views_post_header_goes_and_its_post_stays():
    post = "上半年的总结要先列完成的事项，再讲做法，最后写问题和打算。"
    line = f"-- 作者:青山 -- 发布时间:2007/3/9 13:12:24 -- {post}"
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert removed(report, "forum.text-view-post-header") == ["-- 作者:青山 -- 发布时间:2007/3/9 13:12:24 --"]
    assert texts(doc) == [post, *BODY]


@pytest.mark.parametrize("row", ["回复 引用 分享", "发新话题 回复该主题", "引用 | 举报"])
def test_a_posts_button_row_goes(row):
    doc, report = clean("\n".join([TITLE, *BODY[:2], row, BODY[2]]))
    assert removed(report, "forum.post-buttons") == [row]
    assert texts(doc) == BODY


def test_the_sidebar_toggle_goes():
    doc, report = clean("\n".join([TITLE, "收起左侧", *BODY]))
    assert removed(report, "forum.thread-control") == ["收起左侧"]
    assert texts(doc) == BODY


@pytest.mark.parametrize("link", ["会员注册", "注册[Register]", "点击注册"])
def test_a_login_boxs_register_link_goes(link):
    doc, report = clean("\n".join([TITLE, "找回密码", link, *BODY]))
    assert removed(report, "forum.login-links") == ["找回密码", link]
    assert texts(doc) == BODY


def _discuz_jammer(rng: random.Random, pairs: int) -> str:
    """A jammer drawn as the forum draws it: pairs of a mark or digit, a blank, a letter or mark."""
    return "".join(chr(rng.randint(32, 59)) + " " + chr(rng.randint(63, 126)) for _ in range(pairs))


@pytest.mark.parametrize("seed", range(6))
def test_a_jammer_before_a_questions_bare_number_leaves_the_number(seed):
    rng = random.Random(seed)
    questions = ["2 简述年度考核的主要内容。 考核内容包括德、能、勤、绩、廉五个方面。",
                 "3 简述考核结果的运用。 考核结果作为评先评优和岗位调整的依据。"]
    lines = [TITLE, "查看: 86|回复: 1", "[复制链接]", "老周 发表于 2016-08-10 21:05:33 | 显示全部楼层 |阅读模式",
             BODY[0], *(_discuz_jammer(rng, 6) + q for q in questions)]
    doc, _ = clean("\n".join(lines))
    kept = texts(doc)
    assert [line[:2] for line in kept[-2:]] == ["2 ", "3 "]
    assert all(q.split()[1] in " ".join(kept) for q in questions)


def test_a_poster_cards_count_in_wan_goes_with_its_word():
    card = ["52", "主题", "31", "回帖", "1万", "积分", "管理员"]
    head = ["查看: 3512|回复: 4", "[复制链接]"]
    post = "老周 发表于 2019-7-29 03:28:26 | 显示全部楼层 |阅读模式"
    doc, report = clean("\n".join([TITLE, *head, *card, post, *BODY]))
    assert removed(report, "forum.poster-stats") == ["1万"]
    assert texts(doc) == BODY


def test_a_count_in_wan_off_a_thread_page_stays():
    table = ["全年接待群众", "1万", "人次，比上年增长一成。"]
    doc, _ = clean("\n".join([TITLE, *BODY, *table]))
    assert "1万" in texts(doc)


@pytest.mark.parametrize("english", [
    "On the first day of the new term, pupils of all classes met in the B2 Hall for the school's opening.",
    "Abstract: Asking is one of the most used tools in class, yet a quick or shallow question helps little.",
])
def test_an_english_sentences_short_words_are_no_jammer(english):
    doc, report = clean("\n".join([TITLE, BODY[0], english, *BODY[1:]]))
    assert english in texts(doc)
    assert removed(report, "forum.jammer") == []

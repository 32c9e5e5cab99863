"""Boxes of other pages and the site's closing lines by form (issue 18, round 25, c25b): a
label ending in what such a box calls itself with titles after its colon, a copyright line with
the year and no sign, a "推荐阅读" box standing between two samples of a page announcing several
(the next sample stays, however short), and genre talk closed by a sentence pointing at the
samples below when no lead-in follows it. Each with a line of the same shape that stays.
Fixtures are written for the project, words and names made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "2024年社区志愿服务工作总结"
BODY = ["今年以来，社区志愿服务队围绕居民需求，组织开展各类服务活动四十余次，参与人数超过六百人次。",
        "一、主要做法",
        "一是建立服务台账，逐户了解老人和困难家庭的需要；二是固定每周六为服务日，方便居民预约。",
        "二、下一步打算",
        "明年将继续扩大队伍，把助老、助学和环境整治三项服务做细做实。"]


def tail(*lines: str):
    return clean("\n".join([TITLE, *BODY, *lines]))


@pytest.mark.parametrize("line", [
    "看了本文的网友还看了：社区志愿者服务活动总结报告",
    "工作总结范文推荐：社区志愿者服务活动总结报告、街道文明创建工作总结",
    "相关专题：志愿服务总结",
])
def test_labelled_recommendation_goes(line):
    doc, report = tail(line)
    assert removed(report, "recommendations.labelled-recommendation") == [line]
    assert texts(doc)[-1] == BODY[-1]


@pytest.mark.parametrize("line", ["学校推荐：同意推荐", "所在单位推荐：同意", "推荐单位：某某街道办事处"])
def test_a_forms_recommendation_field_stays(line):
    doc, report = tail(line)
    assert line in texts(doc)
    assert not removed(report, "recommendations.labelled-recommendation")


def test_copyright_with_the_year_and_no_sign_goes():
    _doc, report = tail("Copyright 2024 青竹范文网")
    assert removed(report, "footer.copyright") == ["Copyright 2024 青竹范文网"]


def test_a_sentence_on_copyright_stays():
    line = "本馆藏书的copyright问题，由采编部负责与出版方协商。"
    doc, _report = tail(line)
    assert line in texts(doc)


SAMPLES_TITLE = "请假条范文（精选3篇）"
FIRST = ["篇一：病假请假条", "王老师：我因发烧需要去医院看病，请假一天，望批准。", "学生：李明"]
SECOND = ["篇二：事假请假条", "张经理：我因家中有事，需请假两天，请批准。", "员工：赵晴"]


def test_a_box_between_two_samples_leaves_the_next_sample():
    doc, report = clean("\n".join([SAMPLES_TITLE, *FIRST, "推荐阅读：请假条的格式", *SECOND]))
    assert removed(report, "recommendations.recommended-reading") == ["推荐阅读：请假条的格式"]
    out = "\n".join(texts(doc))
    assert all(line.split("：", 1)[-1] in out for line in SECOND)


def test_a_box_after_the_last_sample_still_takes_the_rest():
    doc, report = clean("\n".join([SAMPLES_TITLE, *FIRST, *SECOND, "推荐阅读：", "请假条的格式",
                                   "请假条怎么写"]))
    assert "请假条怎么写" in removed(report, "recommendations.recommended-reading")
    assert "请假条怎么写" not in texts(doc)


def test_genre_talk_closed_by_a_pointer_at_the_samples_goes_without_a_lead_in_below():
    line = "年底到了，又该写总结了。那么怎么写好总结呢？快来参考以下范文吧！"
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert removed(report, "lead-in.samples-offered-below") == [line]
    assert texts(doc)[0] == BODY[0]


def test_genre_talk_alone_stays():
    line = "总结是对过去一段工作的回顾。那么怎样才能把总结写好呢？"
    doc, _report = clean("\n".join([TITLE, line, *BODY]))
    assert line in texts(doc)

"""A pledge's points of two paired phrases, and a box of other pages under a label naming their
kind (round 37, gx37). Fixtures written for the project, with made-up names and titles."""

from __future__ import annotations

import pytest

from helpers import clean, runins, texts
from helpers import removed_by as removed

PLEDGE = ["第一，勤学善思，尽快熟悉情况。", "我将用一个月时间走遍各个村组，把情况摸清楚，把问题记下来。",
          "第二，团结共事，当好助手。", "我将尊重班子里的每一位同志，多沟通，多补台，把分管的工作抓实。",
          "第三，清白做人，干净干事。", "我将严守纪律，管好自己和身边的人，主动接受大家的监督。"]


def test_a_pledges_points_of_two_short_clauses_are_run_in_headings():
    # "第一，A，B。" then its paragraph on the same line: the point's two paired phrases are its name.
    lines = [f"{PLEDGE[i]}{PLEDGE[i + 1]}" for i in range(0, len(PLEDGE), 2)]
    doc, _ = clean("\n".join(["新任职表态发言", "同志们：", *lines, "谢谢大家！"]))
    assert runins(doc) == PLEDGE[0::2]


def test_ordinal_sentences_of_three_clauses_stay_sentences():
    # A sentence running on past two clauses is the paragraph's first sentence, no point's name.
    lines = ["第一，按时到校，认真听讲，及时完成作业。老师布置的每一项任务我都会按时完成。",
             "第二，尊敬老师，团结同学，积极参加活动。班里的事情我都会主动去做，不让老师操心。"]
    doc, _ = clean("\n".join(["我的新学期计划", *lines]))
    assert runins(doc) == []
    assert ["".join(t.split()) for t in texts(doc)] == ["".join(t.split()) for t in lines]


LETTER = ["尊敬的校领导：", "我因家中老人需要照顾，申请调往离家较近的城关小学任教，恳请领导考虑。",
          "申请人：温若", "2024年6月3日"]


@pytest.mark.parametrize("label", ["精选推荐：", "相关模板推荐：", "更多范文推荐：", "更多推荐："])
def test_a_labelled_box_of_titles_after_the_text_goes_whole(label):
    box = [label, "乡村教师调动申请书范文", "夫妻分居调动申请怎么写"]
    doc, report = clean("\n".join(["调动申请", *LETTER, *box]))
    assert texts(doc) == LETTER
    assert removed(report, "recommendations.picked-recommendations") == box


@pytest.mark.parametrize("field", ["学校推荐：", "班主任推荐："])
def test_a_forms_recommendation_field_stays(field):
    # Who recommends names the field: the form's own line, with its opinion under it.
    lines = ["姓名：温若    班级：三年级二班", "主要事迹：学习认真，乐于助人，担任班级图书管理员一年。",
             field, "该生表现突出，同意推荐。", "2024年6月3日"]
    doc, _ = clean("\n".join(["优秀学生推荐表", *lines]))
    assert ["".join(t.split()) for t in texts(doc)] == ["".join(t.split()) for t in lines]

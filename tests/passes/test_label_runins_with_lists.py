"""Points named by a label before a colon ("教学方面：…"), three or more, where one point leads
into its own numbered list ("…做到以下几点：" / "1.…" / "2.…"): the list is the point's, and the
series of labelled points goes on under it. Numbered lines under a point that does not lead into
a list still end the series. Fixtures written for the project (round 35)."""

from __future__ import annotations

from helpers import clean, outline, runins, texts

PLAN = ["姓名：XX    任教学科：七年级语文",
        "课堂教学方面：精心设计每一节课，单元结束后写一份教学反思，本学期重点做好以下几件事：",
        "1.每周听课不少于两节；",
        "2.建立学生作文档案，跟踪每个人的进步；",
        "3.上好一节校级公开课。",
        "班级管理方面：坚持小组合作学习，每月评选一次学习标兵，与每位家长至少沟通一次。",
        "自我提升方面：读完三本教育专著，写读书笔记不少于八千字，参加一次县级课题研究。",
        "以上是我本学期的工作打算，请领导和同事们监督。"]


def test_labelled_points_go_on_past_a_points_own_numbered_list():
    doc, _ = clean("\n".join(PLAN))
    assert runins(doc) == ["课堂教学方面：", "班级管理方面：", "自我提升方面："]
    assert outline(doc) == []
    assert [t.replace(" ", "") for t in texts(doc)] == [t.replace(" ", "") for t in PLAN]


def test_numbered_lines_under_a_point_that_leads_into_nothing_end_the_series():
    lines = ["课堂教学方面：精心设计每一节课，单元结束后写一份教学反思，认真批改每一次作业。",
             "1.每周听课不少于两节；",
             "2.建立学生作文档案，跟踪每个人的进步；",
             "班级管理方面：坚持小组合作学习，每月评选一次学习标兵，与每位家长至少沟通一次。",
             "自我提升方面：读完三本教育专著，写读书笔记不少于八千字，参加一次县级课题研究。"]
    doc, _ = clean("\n".join(lines))
    assert runins(doc) == []

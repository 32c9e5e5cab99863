"""Body lines a rule took for chrome and must not (issue 18, round 42, rc42). Fixtures are made up."""

from __future__ import annotations

from helpers import clean, texts


def test_a_meeting_s_shang_before_shuzhi_is_no_pointer_back():
    # "会上述职" is the meeting's 上 and the genre's verb, not 上述: the writer's sentence about
    # tidying their own text stays (lead-in.outro cut it as the site's).
    opening = "单位要求每位科长年底在职工大会上述职十五分钟，我把讲稿整理了一下贴在这里，给自己留个底。"
    body = ["一、这一年的主要工作", "全年完成检测任务四百余批次，没有出现一起质量投诉。"]
    doc, _ = clean("\n".join(["一名科长的年终述职", opening, *body]))
    assert texts(doc)[0] == opening

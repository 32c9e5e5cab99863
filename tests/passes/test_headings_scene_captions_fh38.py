"""A scene's caption ("…现场") under a lost picture is no heading, and tells that the page had
pictures: the short lines between its paragraphs are captions too (captions.py). Fixtures written
for the project (issue 18, false headings)."""

from __future__ import annotations

from helpers import clean, outline, paras

# School news that lost its pictures, no credit line: a caption after each paragraph, two stacked.
NEWS = [
    "九月十日上午，柳河中学在礼堂举行教师节表彰大会，全体教职工参加，会议由工会主席主持，表彰了本学年的十位优秀教师。",
    "校长为优秀教师颁奖",
    "会上，三位获奖教师代表先后发言，讲述了自己和学生之间的故事，台下的老师们听得十分认真。",
    "获奖教师代表发言",
    "表彰大会现场",
    "最后，校长勉励全体教师珍惜荣誉、潜心育人，在新学年里再创佳绩，会议在热烈的掌声中结束。",
]


def test_scene_caption_makes_the_short_lines_captions():
    doc, _ = clean("\n".join(NEWS))
    assert outline(doc) == []
    assert {"校长为优秀教师颁奖", "获奖教师代表发言", "表彰大会现场"} <= set(paras(doc))


# A news story with subheadings and no caption: the subheadings stay.
SUBHEADED = [
    "社区食堂开张第一个月",
    "社区长者食堂开张一个月，每天中午都坐满了人，不少老人说，终于不用为一日三餐发愁了。",
    "每天准备三荤三素",
    "食堂聘请了两名厨师，每天准备三荤三素和一个汤，价格比外面的快餐店便宜三成左右。",
    "志愿者负责送餐上门",
    "行动不便的老人可以提前一天预订，由社区志愿者在中午十一点半前把饭菜送到家里。",
]


def test_subheadings_without_a_scene_caption_stay():
    doc, _ = clean("\n".join(SUBHEADED))
    assert [text for _, text in outline(doc)][-2:] == ["每天准备三荤三素", "志愿者负责送餐上门"]


def test_a_scene_caption_is_short_and_unpunctuated():
    from reportfmt.passes.headings.captions import is_scene_caption

    assert is_scene_caption("开幕式现场")
    assert is_scene_caption("消防演练 现场")
    assert not is_scene_caption("现场")
    assert not is_scene_caption("大家好，欢迎来到现场")

"""A blog platform's comment box under a post, in either script: "沒有留言:" (no comments yet) and
"張貼留言" (post a comment) at the page's tail are the box's words, not the document's. Lines
written for this test."""

from __future__ import annotations

import pytest

from helpers import clean, texts

BODY = ["本次家长委员会会议于周五晚间在学校会议室召开，共有十二位委员出席。",
        "会议讨论了校庆园游会的分工安排和午餐供应商的评选办法。",
        "七、散会"]


@pytest.mark.parametrize("box", [["沒有留言:", "張貼留言"], ["没有评论：", "发表评论"], ["沒有留言："]])
def test_a_blogs_comment_box_at_the_tail_goes(box):
    doc, report = clean("\n".join([*BODY, *box]))
    assert texts(doc) == BODY
    assert [r["text"] for r in report.removed if r["rule"].startswith("comments.")] == box


def test_the_same_words_inside_a_sentence_stay():
    line = "会上有委员提出没有留言功能的家校平台不便沟通，建议学校更换。"
    doc, _report = clean("\n".join([*BODY[:2], line]))
    assert line in texts(doc)

"""A comment box's label as other boxes word its count or qualifier (issue 18, round 46).

"共 5 条评论", "已有2条留言", "我要评论", "用户评论" over a thread of stamped comments closing the
page: the label and the comments go, as under "12 条评论". A document's own closing line naming
comments in a sentence, and a log's dated entries under a heading that is no box's label, stay.
Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区共餐点半年小结"
BODY = ["今年上半年，社区共餐点每周开餐三次，每次有四十多位老人来吃午饭。",
        "下半年准备把开餐改成每周五次，并请卫生院的医生来讲一讲饮食。"]
THREAD = ["阿杰 2024-01-06 10:22", "看了很感动，我们小区也想办一个。", "小雨 2024-01-07 21:40",
          "请问饭钱是老人自己出吗？"]


@pytest.mark.parametrize("label", ["共 2 条评论", "已有2条留言", "我要评论", "用户评论", "参与评论(2)"])
def test_a_thread_under_a_label_worded_otherwise_goes(label):
    doc, report = clean("\n".join([TITLE, *BODY, label, *THREAD]))
    assert texts(doc) == BODY
    assert THREAD[1] in removed(report, "comments.comment-thread")


def test_a_log_under_a_heading_that_names_no_box_stays():
    log = ["巡查记录", "2024-01-06 10:22", "东门消防通道畅通。", "2024-01-07 21:40", "北门照明正常。"]
    doc, _ = clean("\n".join([TITLE, *BODY, *log]))
    assert "东门消防通道畅通。" in texts(doc)

"""Readers' comments printed one a line, the poster's handle glued before the words by a colon,
under a comment box's label closing the page (round 56, fs56; comment_thread._handle_rows_under).

"@NAME：words", "NAME: words", a reply under its comment behind a tree's branch ("│ └── NAME: …"):
a news portal's 网友评论 list, a blog's 评论区 and the comment lists of public front-end templates
print them so. The label and the rows go; the article's closing paragraphs stay. A message form's
fields under a 留言 label, a document's own lines under no comment label and a lone row stay.
Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区小广场改造完工 居民有了新去处"
BODY = ["今年三月起，柳溪街道对辖区内一处闲置空地进行改造，新铺了步道，添置了健身器材和座椅。",
        "改造期间，街道多次上门征求居民意见，把原来设计的停车位改成了儿童游乐区。",
        "如今每到傍晚，小广场上散步、跳舞的居民络绎不绝，不少人说这里成了小区的“客厅”。"]
ROWS = ["@河边柳：早就该这样改了，以前那块地堆满了杂物。",
        "@老周的小号：希望晚上的灯能再亮一点，老人走路安全。"]


@pytest.mark.parametrize("label", ["网友评论", "網友評論", "评论区"])
def test_handle_rows_under_a_comment_label_go(label):
    doc, report = clean("\n".join([TITLE, *BODY, label, *ROWS]))
    assert texts(doc) == BODY
    assert removed(report, "comments.comment-thread") == ROWS


def test_rows_without_the_at_sign_and_a_reply_branch_go():
    rows = ["石榴籽: 原来是这样，难怪每次算账都差一分钱。",
            "│ └── 北窗: 我们项目就是全部改成用分存的，省了很多麻烦。",
            "青瓦: 讲得很清楚，收藏了。"]
    doc, _ = clean("\n".join([TITLE, *BODY, "网友评论", *rows]))
    assert texts(doc) == BODY


def test_a_single_row_stays():
    doc, _ = clean("\n".join([TITLE, *BODY, "网友评论", ROWS[0]]))
    assert ROWS[0] in texts(doc)


def test_a_message_forms_fields_under_a_label_stay_as_no_comments():
    fields = ["姓名：张小青，柳溪街道居民。", "联系电话：请在工作日拨打街道办电话。"]
    _doc, report = clean("\n".join([TITLE, *BODY, "网友评论", *fields]))
    assert removed(report, "comments.comment-thread") == []


def test_speaker_lines_under_no_comment_label_stay():
    lines = ["主持人：请大家谈谈改造后的变化。", "居民代表：晚上出来散步的人比以前多多了。"]
    doc, _ = clean("\n".join([TITLE, *BODY, *lines]))
    assert all(line in texts(doc) for line in lines)

"""A forum post's footer and header rows by form (issue 18, round 44, rc44): the app a reply was sent
from ("来自Android客户端"), a reply's floor with its time, an older board's header naming the poster
by role with the date. A sentence about a phone, a building's floor guide and a minutes' recorder
line stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts

TITLE = "村委会换届选举工作总结怎么写"
POSTS = ["换届选举工作总结怎么写，有没有好的结构？领导让下周交。",
         "按照时间顺序写，先写准备阶段，再写选举过程，最后写取得的成效。",
         "可以先列数字，再写经验和问题，最后写下一步打算。"]


@pytest.mark.parametrize("tag", ["来自Android客户端", "来自iPhone客户端 21楼 2023-03-02 10:15", "发自我的iPhone",
                                 "来自手机贴吧", "来自: 掌上论坛", "发布于09-03 14:44 江苏 来自Android客户端"])
def test_the_app_a_reply_came_from_goes(tag):
    doc, report = clean("\n".join([TITLE, POSTS[0], tag, POSTS[1], POSTS[2]]))
    assert texts(doc) == POSTS
    assert [r["rule"] for r in report.removed if r["text"] == tag] == ["forum.posted-from-client"]


def test_floors_with_their_times_go_and_a_bare_floor_goes_on_a_thread_page():
    page = [TITLE, POSTS[0], "来自Android客户端", "1楼 2023-03-02 10:15", POSTS[1], "来自iPhone客户端",
            "2楼", "2023-03-02 11:20", POSTS[2], "来自Android客户端", "3楼 2023-03-02 12:05"]
    doc, report = clean("\n".join(page))
    assert texts(doc) == POSTS
    assert "2楼" in [r["text"] for r in report.removed if r["rule"] == "forum.floor-alone"]


@pytest.mark.parametrize("header", ["楼主：青溪小李  发表时间：2023-3-2 10:15:21",
                                    "回复人：老王  回复时间：2023-3-2 11:20:05",
                                    "回复人： 老王(一级) 信誉：100 2003-8-24 10:16:33 得分:10"])
def test_a_board_s_role_header_with_the_date_goes(header):
    doc, report = clean("\n".join([TITLE, POSTS[0], header, POSTS[1], POSTS[2]]))
    assert texts(doc) == POSTS
    folded = " ".join(header.split())  # (the record folds runs of blanks)
    assert [r["rule"] for r in report.removed if r["text"] == folded] == ["forum.reply-role-header"]


@pytest.mark.parametrize("line", ["来自山区的孩子们也用上了手机", "记录人：李四 时间：2023年3月2日",
                                  "楼主说得对，我们村也是这样写的，领导很满意。"])
def test_a_document_s_lines_of_the_same_words_stay(line):
    doc, _ = clean("\n".join([TITLE, POSTS[0], line, POSTS[1], POSTS[2]]))
    assert line in texts(doc)


def test_a_building_s_floor_guide_stays():
    guide = ["1楼", "办事大厅、咨询台", "2楼", "社保窗口、医保窗口", "3楼", "不动产登记窗口"]
    doc, _ = clean("\n".join(["政务服务中心楼层分布", "中心共有三层，各楼层的窗口分布如下。", *guide]))
    for line in guide:
        assert line in texts(doc)

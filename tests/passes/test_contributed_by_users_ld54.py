"""A page saying its text came from its users of their own accord (issue 18, round 54, ld54).

Under every article a developer community, a programmers' repost site, a tutorial site and a blog
theme print one sentence: the page's text (本文, 本站, 本页) was contributed or uploaded by users
or netizens of their own accord (自发/自行 + 贡献/上传/投稿), often under a 声明 label and with
the host's sentences after it. The line goes wherever it stands; a report's sentence about
something users uploaded stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区图书角运行情况小结"
BODY = ["今年三月，社区在活动室开设了图书角，居民捐赠图书六百余册。",
        "一、主要做法",
        "图书角由三名志愿者轮流值守，每周开放五天。",
        "二、下步打算",
        "明年计划增加儿童绘本，并开展两次亲子阅读活动。"]


@pytest.mark.parametrize("line", [
    "本站内容由网友自行投稿，观点只代表作者个人。",
    "本文由用户自发上传，观点与本站无关。",
    "本页內容由網友自發貢獻，版權歸作者所有。",
    "网站声明：本文内容由互联网用户自发投稿，本站只作信息存放，不负法律责任。",
    "【声明】本网站内容均由网络用户自行上传，如有不妥请告知。",
])
@pytest.mark.parametrize("at_head", [False, True])
def test_the_pages_users_contributed_note_goes(line, at_head):
    lines = [TITLE, line, *BODY] if at_head else [TITLE, *BODY, line]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == BODY
    # (a labelled one may be taken first by an older disclaimer rule naming its label)
    assert line in [r["text"] for r in report.removed]
    if not line.startswith(("网站声明", "【声明】")):
        assert removed(report, "footer.contributed-by-users") == [line]


@pytest.mark.parametrize("line", [
    "视频由网友自行上传至短视频平台后，引发不少居民关注。",
    "文章由网友自发转发后，来借书的年轻人明显多了。",
    "本书由居民自发捐赠，扉页上写着捐赠人的名字。",
    "本文由社区办公室整理，供各小区参考。",
])
def test_a_reports_own_sentence_on_uploads_stays(line):
    body = [*BODY[:3], line, *BODY[3:]]
    doc, report = clean("\n".join([TITLE, *body]))
    assert line in texts(doc)
    assert removed(report, "footer.contributed-by-users") == []

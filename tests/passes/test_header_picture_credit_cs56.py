"""Where the article's header picture came from, on a line of its own (round 56, cs56).

New-media and repost pages print the credit of the picture over the article under the title or
at its end: the picture named by its own word (题图, 头图, 首图, 封面图) or the short 图源, then
where it came from, or a stock library's English credit ("Photo by NAME on LIBRARY"). The line
goes, wherever it stands, and is never taken for the title. A text's own sentence about a cover
or a picture stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区2023年志愿服务工作总结"
BODY = ["这一年，社区志愿服务队从二十几个人发展到一百多人，服务时长比上年翻了一番。",
        "一、队伍建设",
        "队伍按楼栋分成八个小组，每组推选一名组长，每月碰一次头。"]


@pytest.mark.parametrize("line", [
    "题图来自某某图库，基于CC0协议",
    "头图来自：某某视觉",
    "封面图来源：网络",
    "图源：网络，侵删",
    "圖源：某某網資料室",
    "Photo by Lin Qing on Unsplash.",
    "Image by Zhou from Pixabay",
])
def test_a_header_picture_credit_under_the_title_goes(line):
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.header-picture-credit") == [line]
    assert report.title == TITLE


def test_the_english_credit_is_not_taken_for_the_title():
    doc, report = clean("\n".join(["查看原文", TITLE, "Photo by Lin Qing on Unsplash.", *BODY]))
    assert report.title == TITLE
    assert texts(doc) == BODY


def test_the_credit_at_the_end_goes():
    doc, report = clean("\n".join([TITLE, *BODY, "题图来自某某图库，基于CC0协议"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.header-picture-credit") == ["题图来自某某图库，基于CC0协议"]


@pytest.mark.parametrize("line", [
    "封面图由三年级学生设计，画的是社区的老槐树。",
    "图源于生活，高于生活，这是美术组老师常说的话。",
])
def test_a_sentence_about_a_cover_or_a_picture_stays(line):
    doc, _ = clean("\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    assert line in texts(doc)

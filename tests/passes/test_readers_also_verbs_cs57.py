"""A box label naming other readers by what else they did with the page (round 57, cs57).

Under an article a platform lists other pages for "those who liked this" ("喜欢此内容的人还喜欢"),
a document-sharing site for "those who downloaded this document", a film or book site for "those
who liked this film": the label names the readers by what they did (liked, read, browsed, saved,
downloaded, bought) and what else they did. The label and the titles under it go; a sentence of
the same words with its stop stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "秋季运动会筹备情况汇报"
BODY = ["本届运动会定于十月下旬举行，共设田径和趣味项目十八个，全校二十四个班级报名参加。",
        "一、场地准备",
        "跑道和沙坑已于上周完成修整，看台座位按班级划分，器材由体育组统一清点登记。",
        "二、安全保障",
        "校医室全程值守，每个比赛区安排两名教师负责秩序，雨天预案已报学校审定。"]
TITLES = ["- 校园艺术节活动总结", "- 新生入学教育工作方案", "- 冬季长跑活动安排"]


@pytest.mark.parametrize("label", [
    "喜欢此内容的人还喜欢",
    "喜欢这篇文章的人还喜欢",
    "阅读本文的人还看了",
    "阅读了本文的人还阅读了",
    "浏览本文的人还浏览了",
    "收藏本文的人还收藏了",
    "下载了此文档的人还下载了",
    "喜欢这部电影的人也喜欢",
    "读本书的人也喜欢",
])
def test_a_box_label_naming_what_other_readers_did_goes_with_its_titles(label):
    doc, report = clean("\n".join([TITLE, *BODY, label, *TITLES]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.readers-also-box")[0] == label


@pytest.mark.parametrize("line", [
    "喜欢运动的人也喜欢户外。",
    "喜欢读书的人都喜欢安静",
])
def test_a_sentence_about_what_people_like_stays(line):
    doc, _report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == [*BODY, line]

"""A box of other pages' titles above the text (issue 18, round 36, li36).

A recommendation box (猜你喜欢, 相关阅读, 推荐阅读…) printed above the page's title goes with its
titles; the page's title stays the title, and a label over the article alone leaves it. Made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区服务中心上半年工作总结"
BODY = ["今年上半年，社区服务中心围绕便民服务目标，扎实推进各项工作，居民满意度稳步提升。",
        "中心每月组织一次便民集市，累计服务居民三千余人次。",
        "下半年，中心将继续完善服务清单，争取新增两处活动场地。"]

BOX_TITLES = ["社区服务中心年度工作总结范文", "街道便民服务工作总结", "社区志愿服务活动总结"]


@pytest.mark.parametrize("label", ["猜你喜欢", "相关阅读", "推荐阅读", "热门推荐", "大家都在看"])
def test_a_reading_box_above_the_title_goes_with_its_titles(label):
    doc, report = clean("\n".join([label, *BOX_TITLES, TITLE, *BODY]))
    assert doc.get_metadata("title") == TITLE
    assert texts(doc) == BODY
    assert removed(report, "recommendations.head-box") == BOX_TITLES


def test_the_label_over_the_article_alone_leaves_the_title():
    doc, _ = clean("\n".join(["推荐阅读", TITLE, *BODY]))
    assert doc.get_metadata("title") == TITLE
    assert texts(doc) == BODY


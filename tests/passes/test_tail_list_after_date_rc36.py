"""A box of other pages' titles under its label right after the document's signed date (issue 18, rc36).

tail_lists.py anchored a labelled run of titles only under the document's last sentence or a line
of chrome that went; a document closing on its signature and date ("2024年7月5日") ended there as
well, and the box under it stayed. Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区服务中心上半年工作总结"
BODY = [
    "今年上半年，社区服务中心围绕便民服务目标，扎实推进各项工作，居民满意度稳步提升。",
    "中心每月组织一次便民集市，累计服务居民三千余人次，收到群众表扬信十二封。",
    "下半年，中心将继续完善服务清单，争取新增两处活动场地。",
    "青禾社区服务中心",
    "2024年7月5日",
]
BOX_TITLES = ["街道开展夏季消防安全检查", "社区举办老年人健康讲座"]


def test_a_box_label_after_the_signed_date_takes_its_titles_with_it():
    # tail_lists.py: the document's signed date ends it as its last sentence does, so a box's
    # label right under it anchors the run of titles closing the page.
    titles = [*BOX_TITLES, "街道召开年度安全生产工作会议"]
    doc, report = clean("\n".join([TITLE, *BODY, "热点阅读", *titles]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.title-list") == ["热点阅读", *titles]


def test_two_titles_under_a_hot_label_after_the_signed_date_stay():
    doc, _ = clean("\n".join([TITLE, *BODY, "热点阅读", *BOX_TITLES]))
    assert texts(doc)[-2:] == BOX_TITLES

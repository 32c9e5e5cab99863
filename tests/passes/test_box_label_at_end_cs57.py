"""A sidebar's box label left after the text (round 57, cs57).

Where a page prints its sidebar after the article, the boxes' labels stand alone on their lines
under the text ("相关图片", "热门标签", "最新信息"), their links lost. They go; a document's own
last part of such a name, over a sentence, stays, and so does "更多信息". Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "植树节是哪一天"
BODY = ["植树节定在每年的3月12日，各地会在这一天前后组织义务植树活动。",
        "设立这个节日，是为了动员全社会爱护树木、绿化家园。",
        "一些学校还会请园林工人到校，教学生怎样栽下一棵树苗。"]


@pytest.mark.parametrize("labels", [
    ["相关图片", "更多图片", "热门标签", "热门图片标签", "热门词条推荐"],
    ["最新信息"],
    ["【最新文章】更多>>"],
])
def test_box_labels_after_the_text_go(labels):
    doc, report = clean("\n".join([TITLE, *BODY, *labels]))
    assert texts(doc) == BODY
    assert set(removed(report, "recommendations.box-label-at-end")) <= set(labels)
    assert not any(label in texts(doc) for label in labels)


def test_a_documents_last_part_so_named_stays():
    lines = ["最新信息", "截至本周，全市已栽种树苗两万余株，成活率达到九成以上。"]
    doc, _report = clean("\n".join([TITLE, *BODY, *lines]))
    assert texts(doc)[-2:] == lines


def test_more_information_is_not_a_box():
    assert "更多信息" not in removed(clean("\n".join([TITLE, *BODY, "更多信息"]))[1],
                                     "recommendations.box-label-at-end")

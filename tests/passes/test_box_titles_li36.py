"""Other pages' titles around the text (issue 18, round 36, li36).

A box of other pages' titles between two samples of a 范文 page goes with its label (the next
sample's marker over a finished sentence tells the text goes on); a box label glued by the scrape
after the last sentence is cut, a lesson's own part so glued stays. Fixtures are made up.
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


SAMPLE_TWO = ["社区服务中心工作总结 篇2",
              "今年以来，中心按照街道的统一部署，认真做好各项便民服务工作，取得了一定成效。",
              "全年共举办便民活动二十四场，服务居民五千余人次。"]


@pytest.mark.parametrize("label", ["相关推荐", "猜你喜欢", "热门文章"])
def test_a_box_between_two_samples_goes_with_its_titles(label):
    page = ["社区服务中心工作总结（精选2篇）", "社区服务中心工作总结 篇1", *BODY, label, *BOX_TITLES, *SAMPLE_TWO]
    doc, report = clean("\n".join(page))
    assert removed(report, "recommendations.title-list") == BOX_TITLES
    assert not any(line in texts(doc) for line in [label, *BOX_TITLES])
    assert all(line in texts(doc) for line in [*BODY, *SAMPLE_TWO[1:]])


@pytest.mark.parametrize("label", ["相关推荐", "猜你喜欢", "【相关文章】", "推荐阅读："])
def test_a_box_label_glued_to_the_last_sentence_is_cut_and_its_titles_go(label):
    doc, report = clean("\n".join([TITLE, *BODY[:-1], BODY[-1] + label, *BOX_TITLES]))
    assert texts(doc) == BODY
    assert removed(report, "recommendations.box-label-glued") == [label]


def test_a_lessons_own_part_glued_after_its_sentence_stays():
    line = "课后请同学们阅读《匆匆》全文。拓展阅读"
    doc, _ = clean("\n".join([TITLE, *BODY, line, "阅读朱自清的散文名篇，体会作者对时间流逝的感受，写一段读后感。"]))
    assert line in texts(doc)

"""A box of other pages after the text headed by how they relate and what they are (issue 18, rc36).

"相关新闻", "同类文章", "本栏目推荐", "与本文相关的文章"… alone on a line after the document's end
(its signature and date) head a box of other pages' titles: the heading and the titles go. A
document's own section of such a name (a 简报's "相关资讯" over a sentence of its own, a numbered
"三、相关信息") stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区服务中心上半年工作总结"
BODY = ["今年上半年，社区服务中心围绕便民服务目标，扎实推进各项工作，居民满意度稳步提升。",
        "中心每月组织一次便民集市，累计服务居民三千余人次，收到群众表扬信十二封。",
        "下半年，中心将继续完善服务清单，争取新增两处活动场地。",
        "青禾社区服务中心",
        "2024年7月5日"]
BOX_TITLES = ["街道开展夏季消防安全检查", "社区举办老年人健康讲座"]


@pytest.mark.parametrize("label", ["相关新闻", "相關資訊", "同类文章", "本栏目推荐", "关联信息",
                                   "相关链接：", "与本文相关的文章", "【相关信息】", "相关报道(2)", "相关新闻 更多>>"])
def test_a_related_kind_heading_after_the_end_goes_with_its_titles(label):
    doc, report = clean("\n".join([TITLE, *BODY, label, *BOX_TITLES]))
    assert label in removed(report, "recommendations.related-kind-box")
    assert texts(doc) == BODY


def test_a_briefings_own_section_of_that_name_stays():
    own = ["相关资讯", "七月起，街道为辖区六十岁以上老人免费测量血压，每周三上午在服务中心进行。"]
    doc, _ = clean("\n".join([TITLE, *BODY[:3], *own, *BODY[3:]]))
    assert all(line in texts(doc) for line in own)


def test_a_numbered_section_of_that_name_stays():
    own = ["三、相关信息", "活动场地由街道统一协调，报名截止到七月二十日。"]
    doc, _ = clean("\n".join([TITLE, *BODY[:3], *own, *BODY[3:]]))
    assert all(line in texts(doc) for line in own)

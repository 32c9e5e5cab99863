"""A site handing out a model, and a box of other pages' titles above the text (issue 18, round 36, li36).

A 范文 or 应用文 page opens with a sentence pointing down at a form the reader is to use: the
genre's 格式 or 模板, or "这篇/一则/一份 X" of a text kind, offered for use (供参考, 可参照使用,
可直接填写使用, 可根据实际情况修改), often after a clause of genre talk on the same line. A document
never hands itself out for copying: a speaker's first person, a notice directing its addressees and a
report offered to named readers stay. A recommendation box (猜你喜欢, 相关阅读…) printed above the
page's title goes with its titles; the page's title stays the title. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区服务中心上半年工作总结"
BODY = ["今年上半年，社区服务中心围绕便民服务目标，扎实推进各项工作，居民满意度稳步提升。",
        "中心每月组织一次便民集市，累计服务居民三千余人次。",
        "下半年，中心将继续完善服务清单，争取新增两处活动场地。"]


@pytest.mark.parametrize("lead", [
    "在职证明是单位为员工开具的书面证明，下面是卫生院常用的格式，供参考。",
    "交接书是工作移交的凭证，以下为通用格式，可根据实际情况修改。",
    "病假条怎么写？以下是工厂常用的病假条格式，可直接填写使用。",
    "讣告要交代清楚丧事安排，下面是一则家庭讣告的格式，可参照使用。",
    "悼词贵在真情，下面这篇为亲属在追思会上的悼词，供大家参考。",
])
def test_a_form_offered_for_use_above_the_text_goes(lead):
    doc, report = clean("\n".join([lead, TITLE, *BODY]))
    assert removed(report, "lead-in.form-offered-below") == [lead]
    assert texts(doc) == BODY
    assert doc.get_metadata("title") == TITLE


@pytest.mark.parametrize("own", [
    "下面，我讲三点意见，供大家参考。",
    "以下为申报书格式，请各单位参照执行。",
    "下面这份报告，供领导参考。",
    "以下是我写的一篇总结，供大家参考。",
    "以下格式由办公室统一制定，各部门可参照使用。",
])
def test_a_documents_own_sentence_pointing_down_stays(own):
    doc, report = clean("\n".join([TITLE, own, *BODY]))
    assert removed(report, "lead-in.form-offered-below") == []
    assert own in texts(doc)
    assert texts(doc)[-len(BODY):] == BODY


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

"""A site's teaser under the title (issue 18, round 40, mh40): one to three questions about the
page's topic, then one sentence pointing at the page as something gathered, answered or handed to
its readers ("这里整理了…可以看看", "今天统一回答一下", "这份说明书可以给大家…"). The line goes
(lead-in.questions-then-offer); a know-how text's own opening that asks and says what it
explains, and a speaker's questions to an audience, stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "车间统计员岗位说明"
BODY = ["一、负责车间每日产量、工时和物料消耗的记录，下班前录入系统并核对无误。",
        "二、每周汇总车间生产数据，编写周报交车间主任审阅，发现异常及时报告。",
        "三、配合财务部门做好月末盘点，保证账面数据与实物一致。"]


@pytest.mark.parametrize("lead", [
    "车间统计员每天要做哪些事？这里整理了一家工厂对这个岗位的要求，想了解的朋友可以看看。",
    "统计员要做什么？做到什么程度才算称职？这份岗位说明可以给大家做个参照。",
    "车间统计员岗位说明怎么写？岗位职责有哪些？这两个问题在本站留言里问得最多，今天统一回答一下。",
])
def test_questions_then_the_page_offering_itself_go(lead):
    doc, report = clean("\n".join([TITLE, lead, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.questions-then-offer") == [lead]


@pytest.mark.parametrize("opening", [
    # a know-how text's own opening: it asks, then says what it explains (no gathering, no offer)
    "不少刚接触材料工作的同志问，开头到底该怎么写？这里介绍四种常用的写法，供大家参考。",
    # a speaker's questions to an audience, then the first person
    "同学们，你们知道新学期最重要的是什么吗？今天我想和大家分享三点体会。",
])
def test_a_documents_own_questions_stay(opening):
    doc, report = clean("\n".join([TITLE, opening, *BODY]))
    assert texts(doc)[0] == opening
    assert not removed(report, "lead-in.questions-then-offer")

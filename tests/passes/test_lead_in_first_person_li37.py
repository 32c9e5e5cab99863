"""A site's editor speaking in the first person above the document (issue 18, round 37, li37).

"以下是我精心收集整理的…，下面我就和大家分享，来欣赏一下吧。", "下面是我帮大家整理的…，希望能够帮助到
大家。": the 小编 sentence with 我 for 小编, or 帮大家 for 为大家. The sentence goes with the genre
talk before it; a document's own first-person opening (asking its readers to review or discuss it)
stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "仓库保管员岗位职责"
DUTIES = ["一、负责物资的入库验收，核对送货单与实物的品名、数量和规格。",
          "二、按照先进先出的原则发放物资，做到日清月结。",
          "三、每月底配合财务部门进行一次全面盘点。"]


@pytest.mark.parametrize("lead", [
    "以下是我精心收集整理的仓库保管员岗位职责，下面我就和大家分享，来欣赏一下吧。",
    "仓库的事情又多又杂。下面是我帮大家整理的仓库保管员岗位职责，希望能够帮助到大家。",
    "下面是我精心收集整理的仓库保管员岗位职责，希望对您有所启发。",
    "岗位职责写清楚了，账和物才对得上。以下是我特意挑选的岗位职责范本，供大家参考借鉴。",
    "以下是我精心整理的倉庫保管員崗位職責，歡迎閱讀。",
])
def test_the_editors_first_person_sentence_goes_with_the_talk_before_it(lead):
    doc, report = clean("\n".join([TITLE, lead, *DUTIES]))
    assert texts(doc) == DUTIES
    assert removed(report, "lead-in.site-voice-lead-in") + removed(report, "lead-in.compiled-for-you") == [lead]


@pytest.mark.parametrize("opening", [
    "以下是我整理的本学期工作总结，请领导审阅。",
    "下面是我整理的几点学习体会，和大家交流。",
    "按照支部安排，下面是我准备的发言，不妥之处请大家批评指正。",
    "下面是我们整理的调研情况，请各位委员审议。",
])
def test_a_documents_own_first_person_opening_stays(opening):
    doc, _ = clean("\n".join([TITLE, opening, *DUTIES]))
    assert texts(doc) == [opening, *DUTIES]


def test_a_writer_handing_over_to_named_colleagues_stays():
    opening = "今年我负责仓库保管工作，以下是我整理的交接要点，供接班同事参考。"
    doc, _ = clean("\n".join([TITLE, opening, *DUTIES]))
    assert texts(doc) == [opening, *DUTIES]

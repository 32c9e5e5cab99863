"""A news desk's credit after the text that names the contributor's unit as well (issue 18,
round 43, mt43): "（某学院：文/图：某某；审核：某某）", "（某中心 文/图 某某）", "图文：某某（某中心）".
The line goes (meta-lines.credit-with-unit); a document's own signing rows, which name no unit,
stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "县里召开秋粮收购工作会议"
BODY = ["9月20日，县粮食和物资储备局召开秋粮收购工作会议，部署今年的秋粮收购工作。",
        "会议要求各收购网点公开价格和质量标准，不得压级压价，不得拖欠农户的售粮款。",
        "各乡镇要协调好晒场和烘干设施，确保秋粮颗粒归仓。"]


@pytest.mark.parametrize("credit", [
    "（机电学院：文/图：张小明；审核：李大海）",
    "图文：聂小川（县融媒体中心）",
    "文/图：聂小川（县融媒体中心）",
    "（县融媒体中心 文/图 聂小川）",
])
def test_a_credit_naming_its_unit_after_the_text_goes(credit):
    doc, report = clean("\n".join([TITLE, *BODY, credit]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.credit-with-unit") == [credit]


def test_a_unit_before_two_desk_credits_goes_too():
    # (credit-row may take it first: the line goes either way)
    credit = "（宣传部：撰稿：韦小青 编辑：孟小可）"
    doc, _ = clean("\n".join([TITLE, *BODY, credit]))
    assert texts(doc) == BODY


@pytest.mark.parametrize("line", [
    "编制：文小群    审核：岑小栋    批准：冯小航",
    "审核：财务科",
    "联系人：张小明（办公室）",
])
def test_a_signing_row_with_no_unit_credited_stays_for_this_rule(line):
    _doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert not removed(report, "meta-lines.credit-with-unit")


def test_a_sentence_naming_a_reporter_and_a_unit_stays():
    line = "记者从县融媒体中心了解到，今年秋粮收购将延长半个月。"
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.credit-with-unit")

"""A reposted research report's producer credit over its text (round 55, cs55).

Sites that repost a broker's research report print who made it in one bracketed line over the
report's text: "（报告出品方/作者：某证券，某某、某某）", "【報告來源：某智庫】". The line goes, with or
without the report's title above it; a sentence of the report that names a report's source stays.
Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

BODY = ["一、行业概况", "1.1 储能是新型电力系统的调节器",
        "储能设备把富余的电能存起来，在用电高峰时放出，平抑电网的波动，提高新能源的消纳水平。"]


@pytest.mark.parametrize("line", ["（报告出品方/作者：某某证券，王小明、李大力）",
                                  "(报告出品方/作者:甲乙证券,赵某某)",
                                  "【報告來源：某某智庫】",
                                  "（报告来源：某某研究所）"])
def test_the_credit_under_a_title_goes(line):
    doc, report = clean("\n".join(["某某储能行业深度报告", "", line, "", *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.report-source-credit") == [line]


def test_the_credit_as_the_first_line_goes_and_is_no_title():
    line = "（报告出品方/作者：某某证券，王小明、李大力）"
    doc, report = clean("\n".join([line, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.report-source-credit") == [line]
    assert report.title is None


def test_a_sentence_naming_a_reports_source_stays():
    line = "（报告来源：某某研究所，下同）。本节数据均取自该所的年度调查。"
    doc, _ = clean("\n".join(["某某储能行业深度报告", "", line, *BODY]))
    assert line in texts(doc)

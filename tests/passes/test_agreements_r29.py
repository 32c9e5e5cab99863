"""An agreement (合同, 协议) as 范文 sites print it: its name, the parties' field lines, the
articles, the signature fields and the date. Fixtures written for the project (made-up names)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

ARTICLES = ["第一条 甲方将位于某市某区的住房一套出租给乙方居住使用，租期一年。",
            "第二条 租金每月两千元，按季度支付，乙方应按时足额支付。"]


@pytest.mark.parametrize("name", ["房屋租赁合同", "车位租赁协议", "委託代理協議"])
def test_an_agreements_name_over_its_parties_is_the_title(name):
    # The name is no channel over a title: the party line under it ("甲方：…") is a field of the
    # agreement, never its title, and the name is not removed as a label above it.
    parties = ["出租方（甲方）：张伟", "承租方（乙方）：李强"]
    doc, report = clean("\n".join([name, *parties, *ARTICLES]))
    assert report.title == name
    assert texts(doc) == [*parties, *ARTICLES]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


@pytest.mark.parametrize("date", ["2024年3月1日", "2024-03-01"])
def test_the_date_under_the_signature_fields_is_the_agreements_own(date):
    # A short agreement's end lies in the page's head (its first characters): the date under
    # "乙方（签字）：" is the agreement's, not the page's publication date.
    ending = ["甲方（签字）：", "乙方（签字）：", date]
    doc, report = clean("\n".join(["房屋租赁合同", "甲方：张伟", "乙方：李强", *ARTICLES, *ending]))
    assert texts(doc)[-3:] == ending
    assert [r["rule"] for r in report.removed] == ["metadata.title"]

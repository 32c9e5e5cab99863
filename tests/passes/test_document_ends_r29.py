"""A short document's own head and end, which lie in the page's head (its first characters) and
look like a page's facts: an agreement (合同, 协议) with its parties' fields, signature fields
and date; a letter or report signed under its signer's label; minutes opening with their time
and place. Fixtures written for the project (made-up names)."""

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


@pytest.mark.parametrize("close, signer", [(["此致", "敬礼！"], "申请人：王明"),
                                          (["以上报告，请批评指正。"], "述职人：赵丽")])
def test_the_date_under_a_labelled_signer_is_the_documents_own(close, signer):
    body = ["敬爱的党组织：", "我志愿加入中国共产党，在工作中始终以党员标准严格要求自己。"]
    doc, report = clean("\n".join(["入党申请书", *body, *close, signer, "2024年5月4日"]))
    assert texts(doc) == [*body, *close, signer, "2024年5月4日"]
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_minutes_opening_with_their_time_over_their_place_keep_it():
    # 时间：… alone on its line, with 地点：… under it, is the minutes' head, not the page's date.
    fields = ["时间：2024年9月28日下午3:00", "地点：公司二楼会议室", "主持人：刘总经理"]
    text = "本季度公司未发生安全事故，各部门认真落实安全责任制。"
    doc, report = clean("\n".join(["第三季度安全生产例会会议纪要", *fields, text]))
    assert texts(doc) == [*fields, text]
    assert report.date is None
    # A page's own date line over the text is still taken.
    doc, report = clean("\n".join(["第三季度安全生产例会会议纪要", "发布时间：2024-09-29", text]))
    assert report.date == "2024-09-29" and texts(doc) == [text]


def test_a_lesson_plans_name_over_its_topic_field_is_the_title():
    # "教案" over "课题：…" is the document's name over its first field, not a channel's label
    # over a title (as 合同 over 甲方：…).
    lines = ["课题：认识钟表", "教学目标：", "1. 使学生认识钟面，会看整时和半时。", "教学过程：",
             "同学们，你们知道钟表是用来做什么的吗？今天我们就来认识钟表。"]
    doc, report = clean("\n".join(["教案", *lines]))
    assert report.title == "教案"
    assert texts(doc)[0] == "课题：认识钟表"
    assert [r["rule"] for r in report.removed] == ["metadata.title"]

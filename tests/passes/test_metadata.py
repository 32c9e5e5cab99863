"""Metadata pass: title and date lines become metadata; the lines are recorded as removed."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.metadata import normalise_date, strip_site_suffix


def test_title_line_and_date_line_become_metadata():
    doc, report = clean("2023年科技园工业党建工作总结\n发布时间:2023-03-03 19:55:05\n正文第一段。")
    assert report.title == "2023年科技园工业党建工作总结"
    assert report.date == "2023-03-03"
    assert doc.get_metadata("title") == "2023年科技园工业党建工作总结"
    assert doc.get_metadata("date") == "2023-03-03"
    assert doc.get_metadata("lang") == "zh-Hans"
    assert texts(doc) == ["正文第一段。"]
    assert [r["rule"] for r in report.removed] == ["metadata.title", "metadata.date"]


def test_a_first_line_that_is_a_sentence_is_not_a_title():
    doc, report = clean("今年以来，我们认真落实各项工作。\n第二段。")
    assert report.title is None
    assert texts(doc)[0] == "今年以来，我们认真落实各项工作。"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("发布时间:2023-03-03 19:55:05", "2023-03-03"),
        ("日期：2021年7月9日", "2021-07-09"),
        ("更新时间 2020/1/2", "2020-01-02"),
        ("时间:2019.12.31", "2019-12-31"),
    ],
)
def test_date_forms_are_normalised(text, date):
    assert normalise_date(text) == date


def test_date_in_body_text_is_not_taken():
    doc, report = clean("工作总结\n2023年3月3日，我们召开了会议。")
    assert report.date is None
    assert "2023年3月3日，我们召开了会议。" in texts(doc)


def test_site_suffix_is_stripped_from_title():
    assert strip_site_suffix("2023年工作总结_众一秘书网") == "2023年工作总结"
    assert strip_site_suffix("2023年工作总结 - 范文网") == "2023年工作总结"
    assert strip_site_suffix("关于加强管理的通知") == "关于加强管理的通知"


def test_a_wrapped_first_body_line_or_a_dated_field_is_no_title():
    from helpers import clean
    wrapped = "报告是向上级陈述事项的文种，属于上行文。它适用于向上级机关"
    doc, report = clean("\n".join([wrapped, "汇报工作，反映情况，答复上级机关的询问。", "正文第二段。"]))
    assert doc.get_metadata("title", default=None) is None
    doc, report = clean("\n".join(["会议时间:2025年4月5日 上午9:00", "会议地点:村委会会议室", "一、会议议程"]))
    assert doc.get_metadata("title", default=None) is None
    assert not report.removed

"""Headings pass: 一、 paragraphs become unnumbered level-1 sections with ids."""

from __future__ import annotations

import panflute as pf

from helpers import clean


def headers(doc):
    return [b for b in doc.content if isinstance(b, pf.Header)]


def test_yi_headings_become_level_one_unnumbered_sections_with_ids():
    doc, report = clean("正文。\n一、加强组织建设\n内容。\n二、推进城市更新\n内容。")
    found = headers(doc)
    assert [pf.stringify(h) for h in found] == ["一、加强组织建设", "二、推进城市更新"]
    assert [h.level for h in found] == [1, 1]
    assert [h.identifier for h in found] == ["sec-1", "sec-2"]
    assert all("unnumbered" in h.classes for h in found)
    assert report.headings == [
        {"level": 1, "text": "一、加强组织建设", "id": "sec-1"},
        {"level": 1, "text": "二、推进城市更新", "id": "sec-2"},
    ]


def test_a_numbered_sentence_is_not_a_heading():
    doc, _ = clean("正文。\n一、各单位要高度重视，认真组织实施。\n内容。")
    assert headers(doc) == []

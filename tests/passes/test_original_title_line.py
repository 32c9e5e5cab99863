"""A repost's "原标题:…" line near the top (the headline the piece first ran under) is the site's
note and goes, recorded; a sentence of the text that names an original title stays. Lines
written for this test."""

from __future__ import annotations

import pytest

from helpers import clean, texts

TITLE = "社区老旧小区改造工作总结"
BODY = ["今年以来，社区围绕老旧小区改造，完成了管网更新、外墙保温和加装电梯等十余项工程。",
        "改造过程中坚持居民议事，每项工程开工前都召开楼栋会征求意见。"]


@pytest.mark.parametrize("note", ["原标题:老旧小区焕新颜 居民生活更舒心", "原标题：一个社区的改造账本作者|某某"])
def test_an_original_title_note_under_the_title_goes(note):
    doc, report = clean("\n".join([TITLE, note, *BODY]))
    assert report.title == TITLE
    assert texts(doc) == BODY
    assert {"text": note, "rule": "meta-lines.original-title"} in [
        {"text": r["text"], "rule": r["rule"]} for r in report.removed]


def test_a_sentence_naming_the_original_title_stays():
    line = "这篇稿件原标题为《小区里的新变化》，刊发后被多家媒体转载。"
    doc, _report = clean("\n".join([TITLE, line, *BODY]))
    assert texts(doc) == [line, *BODY]

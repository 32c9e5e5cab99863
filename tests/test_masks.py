"""Masks pass: every asterisk mask wrapped in a masked span and reported with kind/context."""

from __future__ import annotations

import panflute as pf

from helpers import clean
from reportfmt.elements import block_text


def spans(doc):
    found = []
    doc.walk(lambda e, d: found.append(e) if isinstance(e, pf.Span) and "masked" in e.classes else None)
    return found


def test_masks_are_wrapped_and_keep_every_character():
    doc, report = clean("正文开始。\n**区完成***亿元，增长*.*倍，推行“*+*+*”制度。")
    assert [pf.stringify(s) for s in spans(doc)] == ["**", "***", "*.*", "*+*+*"]
    assert all(s.attributes["custom-style"] == "Masked" for s in spans(doc))
    assert block_text(doc.content[1]) == "**区完成***亿元，增长*.*倍，推行“*+*+*”制度。"
    assert [m["text"] for m in report.masks] == ["**", "***", "*.*", "*+*+*"]


def test_mask_kinds_come_from_neighbours():
    _, report = clean("正文开始。\n过去*年，**区投资***亿元，***同志说。")
    assert [m["kind"] for m in report.masks] == ["number", "place", "number", "person"]


def test_context_is_twelve_characters_each_side():
    _, report = clean("正文开始。\n一二三四五六七八九十甲乙丙丁**区甲乙丙丁一二三四五六七八九十")
    assert report.masks[0]["context"] == "三四五六七八九十甲乙丙丁**区甲乙丙丁一二三四五六七"


def test_masks_in_the_title_are_marked_too():
    doc, report = clean("**区2023年工作总结\n正文。")
    assert report.title == "**区2023年工作总结"
    assert report.masks[0]["text"] == "**"
    assert isinstance(doc.metadata["title"].content[0], pf.Span)


def test_running_the_pass_twice_does_not_nest_spans():
    from reportfmt.pipeline import run_passes

    doc, _ = clean("正文开始。\n**区完成***亿元。")
    report = run_passes(doc)
    assert len(spans(doc)) == 2
    assert all(isinstance(s.content[0], pf.Str) for s in spans(doc))
    assert len(report.masks) == 2

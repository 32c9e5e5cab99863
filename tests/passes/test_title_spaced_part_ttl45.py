"""A part's name set spaced out for the layout ("前 言", "引  言") opens the text as the name does
(round 45): no title stands above it. Fixtures written for the project (made-up content)."""

from __future__ import annotations

from helpers import clean


def test_a_spaced_part_name_opens_the_text_with_no_title():
    # "前 言" is "前言" set spaced for the layout: the text has begun under it, no title above.
    _doc, report = clean("\n".join(["前 言", "本细则依据本会章程制定，适用于本会会员及理事会、监事会的日常运作。",
                                    "一、会员", "凡赞同本会宗旨、从事相关行业者，经申请核准，得为本会会员。"]))
    assert not report.title

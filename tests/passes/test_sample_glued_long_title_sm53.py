"""A long title numbered and glued to each sample's first sentence (round 53, helper sm53): a
template page numbers its samples by the title's words with no blank before the text
("…活动方案1为繁荣…"). A title of ten characters or more glued to a number read as the title
printed again before a year ("…工作打算2025年…") and was cut, the samples' markers with it; a
number of one or two digits and a word (no date's, count's or rank's unit) is the sample's
marker, which stays. Fixtures written for the project (made-up names and plans)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, outline, paras
from reportfmt.passes.boilerplate.titles import glued_title_end

TITLE = "秋季社区邻里运动会活动方案"
FIRST = "为丰富社区居民的业余生活，增进邻里之间的了解，社区定于十月中旬举办邻里运动会。"
SECOND = "为鼓励老人走出家门参加锻炼，社区联合两家物业举办一场趣味运动会。"


def sample_heads(doc: pf.Doc) -> list[str]:
    return [pf.stringify(b) for b in doc.content if isinstance(b, pf.Header) and "sample" in b.classes]


def test_the_title_numbered_before_a_samples_sentence_is_not_cut():
    assert glued_title_end(TITLE + "1" + FIRST, TITLE) == 0
    assert glued_title_end(TITLE + "12" + SECOND, TITLE) == 0


def test_a_title_glued_to_a_date_or_a_count_still_goes():
    assert glued_title_end(TITLE + "3月起，社区将分批组织居民报名参加，每个楼栋推选两名联络员。", TITLE) == len(TITLE)
    assert glued_title_end(TITLE + "5项内容已经居民代表会议讨论通过，现印发给各楼栋长。", TITLE) == len(TITLE)
    assert glued_title_end(TITLE + "2025年，社区将继续办好邻里运动会，让更多居民参与进来。", TITLE) == len(TITLE)


def test_samples_numbered_by_a_long_title_become_sections_with_their_text_kept():
    doc, _ = clean("\n".join([
        TITLE,
        "下面是小编为大家整理的秋季社区邻里运动会活动方案，希望对大家有所帮助。",
        TITLE + "1" + FIRST,
        "一、活动时间",
        "十月十八日上午。",
        "二、活动地点",
        "社区文化广场。",
        TITLE + "2" + SECOND,
        "一、参加对象",
        "辖区六十岁以上的老人。",
    ]))
    assert sample_heads(doc) == [TITLE + "1", TITLE + "2"]
    assert outline(doc) == [
        (1, TITLE + "1"), (2, "一、活动时间"), (2, "二、活动地点"),
        (1, TITLE + "2"), (2, "一、参加对象"),
    ]
    kept = paras(doc)
    assert FIRST in kept and SECOND in kept

"""Heading levels inside each sample of a page holding several (篇1 / 篇2 …): each sample is a document
of its own, so its top numbered level sits right under its marker and no level is skipped, however
the other samples number their parts. Fixtures written for the project: made-up text."""

from __future__ import annotations

from helpers import clean, outline

# The page's head and its first sample, numbered 一、 over （一）: the tests vary the second sample.
FIRST_SAMPLE = (
    "首页 > 范文 > 活动总结",
    "读书月活动总结（精选2篇）",
    "篇1：读书月活动总结",
    "一、活动概况",
    "本月共举办读书分享会六场，参与师生三百余人次。",
    "（一）班级共读",
    "各班选定一本共读书目，每周安排一节阅读课交流心得。",
    "（二）好书漂流",
    "图书角增设漂流书架，学生可随取随还，全月借出两百余册。",
    "二、下步打算",
    "把每周阅读课固定下来，并邀请家长参加亲子共读。",
)
FIRST_SAMPLE_OUTLINE = [
    (1, "篇1：读书月活动总结"), (2, "一、活动概况"), (3, "（一）班级共读"), (3, "（二）好书漂流"),
    (2, "二、下步打算"),
]


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_a_sample_numbering_only_paren_parts_has_them_right_under_its_marker():
    doc, _ = clean(lines(
        *FIRST_SAMPLE,
        "篇2：读书月活动总结",
        "（一）主要成效",
        "学生借阅量比上月翻了一番，阅读笔记评比收到作品八十份。",
        "（二）不足之处",
        "低年级活动形式偏少，部分班级参与热情不高。",
    ))
    assert outline(doc) == [
        *FIRST_SAMPLE_OUTLINE,
        (1, "篇2：读书月活动总结"), (2, "（一）主要成效"), (2, "（二）不足之处"),
    ]


def test_a_capital_numbered_sample_does_not_push_another_samples_parts_down():
    doc, _ = clean(lines(
        *FIRST_SAMPLE,
        "篇2：读书月活动总结",
        "壹、主要成效",
        "学生借阅量比上月翻了一番，阅读笔记评比收到作品八十份。",
        "贰、不足之处",
        "低年级活动形式偏少，部分班级参与热情不高。",
    ))
    assert outline(doc) == [
        *FIRST_SAMPLE_OUTLINE,
        (1, "篇2：读书月活动总结"), (2, "壹、主要成效"), (2, "贰、不足之处"),
    ]


def test_comma_numbered_parts_of_one_sample_and_capital_parts_of_another_are_both_level_two():
    doc, _ = clean(lines(
        "首页 > 范文 > 活动总结",
        "读书月活动总结（精选2篇）",
        "篇1：读书月活动总结",
        "一，活动概况",
        "本月共举办读书分享会六场，参与师生三百余人次。",
        "二，下步打算",
        "把每周阅读课固定下来，并邀请家长参加亲子共读。",
        "篇2：读书月活动总结",
        "壹、主要成效",
        "学生借阅量比上月翻了一番，阅读笔记评比收到作品八十份。",
        "贰、不足之处",
        "低年级活动形式偏少，部分班级参与热情不高。",
    ))
    assert outline(doc) == [
        (1, "篇1：读书月活动总结"), (2, "一，活动概况"), (2, "二，下步打算"),
        (1, "篇2：读书月活动总结"), (2, "壹、主要成效"), (2, "贰、不足之处"),
    ]


def test_a_page_without_samples_keeps_its_page_wide_levels():
    doc, _ = clean(lines(
        "读书月活动总结",
        "一、活动概况",
        "本月共举办读书分享会六场，参与师生三百余人次。",
        "（一）班级共读",
        "各班选定一本共读书目，每周安排一节阅读课交流心得。",
        "（二）好书漂流",
        "图书角增设漂流书架，学生可随取随还，全月借出两百余册。",
        "二、下步打算",
        "把每周阅读课固定下来，并邀请家长参加亲子共读。",
        "1.固定阅读课",
        "每周三下午第一节为全校阅读课，由语文老师轮流组织。",
        "2.亲子共读",
        "每月评选一次亲子共读之星，颁发书签和证书。",
    ))
    assert outline(doc) == [
        (1, "一、活动概况"), (2, "（一）班级共读"), (2, "（二）好书漂流"),
        (1, "二、下步打算"), (3, "1.固定阅读课"), (3, "2.亲子共读"),
    ]

"""A template's clause with its values left blank (round 58, false headings): the blank after the
first words of "二、借用期限 天，自 年 月 日起…" is a slot for a figure, as the others are, not the end
of a part's name glued to its text. Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_clause_with_blank_slots_is_not_cut_into_a_heading():
    doc, _ = clean("\n".join([
        "器材借用协议",
        "出借方(甲方):",
        "借用方(乙方):",
        "双方经协商约定如下:",
        "一、借用期限 天，自 年 月 日起至 年 月 日止。",
        "二、押金每台 元，于借用当日交付，归还验收后 日内退还。",
        "三、借用期间乙方不得转借他人，损坏的照价赔偿。",
        "四、本协议一式两份，双方各执一份。",
        "甲方:",
        "乙方:",
    ]))
    assert outline(doc) == []
    # (each clause stays one paragraph, its slots kept; the typography pass may close a blank
    # between two words, which is no concern of the headings)
    clauses = [p for p in paras(doc) if p.startswith(("一、借用期限", "二、押金每台"))]
    assert len(clauses) == 2
    assert "自 年 月 日起至 年 月 日止。" in clauses[0]
    assert "元，于借用当日交付" in clauses[1]


def test_a_heading_set_off_by_a_blank_is_still_cut():
    # Its text holds no slot: the blank after "一、活动背景" is where the line break was lost.
    doc, _ = clean("\n".join([
        "读书月活动方案",
        "一、活动背景 为营造书香校园氛围，学校决定在四月开展读书月活动，各年级同步参与。",
        "二、活动安排 四月第一周启动，第二周起各班开展共读，月底评选书香班级并颁发证书。",
    ]))
    assert outline(doc) == [(1, "一、活动背景"), (1, "二、活动安排")]

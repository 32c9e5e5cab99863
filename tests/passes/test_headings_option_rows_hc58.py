"""A test's options printed in one row (round 58, false headings): an answer site that renders a
test as a numbered list numbers each row of options as it numbers the question over it. The row
is the question's options, no section. Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_numbered_option_rows_under_numbered_questions_are_no_sections():
    doc, _ = clean("\n".join([
        "文书写作在线测验",
        "一、单项选择题",
        "1. 向平级单位商量借用场地，应当使用的文种是( )。",
        "2. A:便条 B:函 C:公告 D:决议",
        "3. 记录会议议定事项的文种是( )。",
        "4. A.简讯 B.纪要 C.海报 D.倡议",
        "5. 下列不属于公文要素的是( )。",
        "6. A、标题 B、正文 C、插图 D、落款",
        "二、判断题",
        "1. 函只能用于平级单位之间。",
    ]))
    assert outline(doc) == [(1, "一、单项选择题"), (1, "二、判断题")]
    text = "\n".join(paras(doc))
    for row in ("A:便条 B:函 C:公告 D:决议", "A.简讯 B.纪要 C.海报 D.倡议", "A、标题 B、正文 C、插图 D、落款"):
        assert row in text


def test_a_part_named_after_letters_stays_a_heading():
    # Two lettered words in a part's name are no row of options: A, B and C must each be there.
    doc, _ = clean("\n".join([
        "社区活动分组安排",
        "1. A组和B组的分工",
        "A组负责签到和引导，B组负责物资发放和现场秩序，两组组长在活动前一天碰头核对名单。",
        "2. 活动结束后的整理",
        "活动结束后两组一起清点物资，把借来的桌椅按编号归还，并在群里报告归还情况。",
    ]))
    assert outline(doc) == [(1, "1. A组和B组的分工"), (1, "2. 活动结束后的整理")]

"""Labelled credits in brackets on a line of their own after the text (issue 18, round 23): two or
more `role:names` fields, whatever the roles are called, go (`meta-lines.bracketed-credit-fields`);
a notice's own closing facts in brackets, a note, and a dateline credit with no colon are not this
rule's. Made-up names and text."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.bracketed-credit-fields"
TITLE = "县图书馆举办少儿绘本阅读周"
BODY = ["四月二十日，县图书馆少儿阅览室迎来了第一批参加绘本阅读周的小读者。",
        "活动期间，馆员每天为孩子们讲读两本绘本，并带领他们动手制作读书卡片。",
        "图书馆表示，今后将把阅读周办成每年的固定活动。"]


def test_bracketed_credit_fields_after_the_text_go():
    for credits in ("（采写：周明远 配图：林小雨 后期：高远）", "(报道组:何思远 钟雨桐 后援:方立群) |",
                    "（统稿：少儿部、办公室 排图：邵琳）"):
        doc, report = clean("\n".join([TITLE, *BODY, credits]))
        assert removed(report, RULE) == [" ".join(credits.split())], credits
        assert texts(doc) == BODY, credits


def test_a_notices_closing_facts_and_notes_stay():
    for line in ("（时间：四月二十日 地点：少儿阅览室）", "（联系人：王小明 联系部门：办公室）",
                 "（注：本次活动免费参加。）"):
        doc, report = clean("\n".join([TITLE, *BODY, line]))
        assert not removed(report, RULE), line
        assert len(texts(doc)) == len(BODY) + 1, line


def test_one_credit_field_is_not_enough():
    _doc, report = clean("\n".join([TITLE, *BODY, "（编写：邵琳）", BODY[0] + "（补记）"]))
    assert not removed(report, RULE)

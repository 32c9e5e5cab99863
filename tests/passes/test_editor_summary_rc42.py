"""An editor's summary of the article over its text (issue 18, round 42, rc42).

A product community and its mirrors print, under the page's counters, the editor's summary of the
article: under its label ("编辑导语：", "编辑导读：") or bare, naming the article's writer in the
third person (作者谈了谈…) with a wish to the reader. Both go; the article's own opening stays, and a
writer's first person keeps the sentence. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "运营团队的季度复盘会怎么开"
FACTS = "5 评论 8431 浏览 42 收藏 15 分钟"
BODY = ["上个季度末，我们团队开了一次三个小时的复盘会，结束时大家都很累，却说不出到底得出了什么结论。",
        "一、会前没有数据",
        "大家各自凭印象发言，争论很多，结论很少。"]


@pytest.mark.parametrize("label", ["编辑导语：", "编辑导读：", "編輯導語："])
def test_the_editor_s_labelled_summary_goes(label):
    summary = f"{label}复盘会常常开成了诉苦会。本文作者结合团队的实践，谈谈复盘会该怎么准备、怎么主持，与你分享。"
    doc, report = clean("\n".join([TITLE, FACTS, summary, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.guide") == [summary]


def test_the_editor_s_bare_summary_naming_the_writer_goes():
    summary = "从一次不太成功的季度复盘出发，作者谈了谈运营团队的复盘会应该怎么开，希望对你有所帮助。"
    doc, report = clean("\n".join([TITLE, FACTS, summary, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.reader-address") == [summary]


def test_a_writer_speaking_for_themselves_stays():
    opening = "这篇是我自己的复盘笔记，作者就是我本人，谈了谈我们组的做法，希望对你有所帮助。"
    doc, _ = clean("\n".join([TITLE, FACTS, opening, *BODY]))
    assert opening in texts(doc)

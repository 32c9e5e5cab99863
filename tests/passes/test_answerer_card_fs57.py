"""The answerer's card a Q&A site prints over each answer (round 57, fs57; forum.answerer-card).

The count of answers and the share the askers took (回答量/回答数, 采纳率), the people helped
(帮助的人, in 万), the likes stamp after the answer's date and the answerer's rank word, one field a
line or side by side: they go, the question and the answers stay. A survey's tally alone on its
line ("回答数：120"), a rate without its percent sign and a report's sentence naming a rate stay.
Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "季度工作总结的开头怎么写"
QUESTION = "科室要求每人交一份季度总结，开头总写得很空，想请教大家有什么好的写法，谢谢。"
ANSWER = ["开头先用一两句话概括这个季度的主要任务，再点出完成情况，不要铺垫太长。",
          "比如写本季度在科室统一安排下，本人按时完成了台账整理和三次专项检查。"]
CARD = ["知道答主", "回答量:27", "采纳率:35%", "帮助的人:4.6万"]


def test_an_answerers_card_one_field_a_line_goes():
    doc, report = clean("\n".join([TITLE, QUESTION, "我来答", *CARD, *ANSWER]))
    assert removed(report, "forum.answerer-card") == CARD
    assert texts(doc)[-2:] == ANSWER
    assert QUESTION in texts(doc)


@pytest.mark.parametrize("line", [
    "回答数：236 | 采纳率：85%", "提问数：12 回答数：40", "2020-03-15 · TA获得超过1024个赞",
    "知道小有建树答主", "知道合伙人教育行家", "最佳回答采纳率：62.5%", "已解决问题数：318",
])
def test_the_cards_other_forms_go(line):
    doc, report = clean("\n".join([TITLE, QUESTION, line, *ANSWER]))
    assert removed(report, "forum.answerer-card") == [line]
    assert texts(doc)[-2:] == ANSWER


@pytest.mark.parametrize("line", [
    "回答数：120", "提问数：8", "采纳率：0.85", "群众建议采纳率：95%",
    "今年意见建议采纳率：92%，比去年提高了五个百分点。",
])
def test_a_documents_own_tallies_and_rates_stay(line):
    doc, report = clean("\n".join([TITLE, *ANSWER, line, QUESTION]))
    assert line in texts(doc)
    assert removed(report, "forum.answerer-card") == []

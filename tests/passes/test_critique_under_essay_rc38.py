"""A teacher's critique closing a pupil's essay on a 作文 site (issue 18, round 38, rc38).

Its label alone on its line after the essay ("名师点评", "老师点评：", "【教师点评】"), the critique's
paragraphs under it: both go. A bare "点评" or "总评" heading a document's own part stays, with its
text, as does a news feature's "专家点评" over an expert's words. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "我家楼下的早餐店"
ESSAY = ["我家楼下有一家小小的早餐店，老板是一对从外地来的夫妻，每天天不亮就开门。",
         "他们做的葱油饼又香又脆，排队的人常常从店门口排到路边的梧桐树下。",
         "有一次我忘了带钱，老板娘笑着说：“明天再给也行。”那天的饼好像格外香。"]
CRITIQUE = "小作者观察细致，葱油饼和排队的场面写得生动，结尾一句回味悠长。"


@pytest.mark.parametrize("label", ["名师点评", "老师点评：", "【教师点评】", "老師點評"])
def test_the_critique_and_its_label_go(label):
    doc, report = clean("\n".join([TITLE, *ESSAY, label, CRITIQUE]))
    assert texts(doc) == ESSAY
    assert removed(report, "comments.critique-under-label") == [CRITIQUE]


def test_a_critique_of_two_paragraphs_goes_whole():
    second = "建议在写老板娘的话时，再加一点她的动作和神态。"
    doc, report = clean("\n".join([TITLE, *ESSAY, "名师点评", CRITIQUE, second]))
    assert texts(doc) == ESSAY
    assert removed(report, "comments.critique-under-label") == [CRITIQUE, second]


@pytest.mark.parametrize("label", ["点评", "总评", "专家点评"])
def test_a_bare_label_and_its_text_stay(label):
    doc, _ = clean("\n".join([TITLE, *ESSAY, label, CRITIQUE]))
    assert CRITIQUE in texts(doc)

"""A short last paragraph with the desk's credits glued after its final stop (round 52, re52):
"…生活。（编辑：某某）（审核：某某）", "…。【责任编辑：某某】", or a bare label glued on
("…生活。编辑：某某"). responsible-editor drops a line of up to 80 characters; before, such a line
went whole and its sentence with it. Now the run of brackets, or the bare field, after the last
sentence is cut (seams._BRACKETED_TAIL, seams._LABELLED_TAIL), the sentence stays. A line that is
only credits still goes whole. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "某某学院举行第三届读书分享会"
BODY = ["4月22日，某某学院第三届读书分享会在东区报告厅举行，两百余名师生参加。",
        "分享会上，六名同学结合自己读过的书，讲述了阅读带来的收获。"]
SENTENCE = "分享会让同学们感受到了阅读的乐趣。"


@pytest.mark.parametrize("credits", [
    "（编辑：柳某某）（审核：钱某某）",
    "（通讯员 周某某）（编辑：柳某某）",
    "【责任编辑：柳某某】",
    "（编辑：柳某某）",
    "编辑：柳某某",
    "责任编辑：柳某某",
])
def test_bracketed_credits_after_a_short_last_sentence_are_cut_and_the_sentence_kept(credits):
    doc, report = clean("\n".join([TITLE, *BODY, SENTENCE + credits]))
    assert texts(doc) == [*BODY, SENTENCE]
    assert removed(report, "meta-lines.responsible-editor") == [credits]


def test_a_line_of_credits_alone_still_goes_whole():
    line = "（编辑：柳某某）（审核：钱某某）"
    doc, report = clean("\n".join([TITLE, *BODY, SENTENCE, line]))
    assert texts(doc) == [*BODY, SENTENCE]
    assert removed(report, "meta-lines.responsible-editor") == [line]


def test_a_site_sentence_before_the_editor_still_goes_with_its_own_rule():
    # the cut leaves the sentence to the other rules: a site's closing sentence still goes
    line = "以上就是本文的全部内容。编辑：柳某某"
    doc, report = clean("\n".join([TITLE, *BODY, SENTENCE, line]))
    assert texts(doc) == [*BODY, SENTENCE]
    assert removed(report, "meta-lines.responsible-editor") == ["编辑：柳某某"]

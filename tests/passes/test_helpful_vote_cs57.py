"""The page's feedback box after the text (round 57, cs57).

Help centres, documentation and answer pages close with a box asking whether the page helped the
reader, its buttons after the question or on the next line alone. The box goes; a question of
the text about its own matter, and a sentence that opens with 有用, stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "如何申请居住证明"
BODY = ["居住证明由居民所在社区居委会出具，办理时须本人到场。",
        "一、所需材料",
        "身份证原件及复印件、租房合同或房产证复印件，租住的还须房东签字。",
        "二、办理时限",
        "材料齐全的，社区当场出具；需要核实的，三个工作日内办结。"]


@pytest.mark.parametrize("box", [
    ["本页内容对您有帮助吗？"],
    ["这个页面对您有帮助吗？", "有帮助 没帮助"],
    ["该文章对您有帮助吗？ 反馈"],
    ["这篇文章对你有帮助吗？ 有用 无用"],
    ["此回答对您有帮助吗？", "有用(12) 无用(3)"],
])
def test_the_feedback_box_after_the_text_goes(box):
    doc, report = clean("\n".join([TITLE, *BODY, *box]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.helpful-vote") == box


@pytest.mark.parametrize("line", [
    "这次培训对您有帮助吗？请在反馈表上打勾。",
    "这次培训对您有帮助吗？",
    "有用的经验要及时推广",
])
def test_a_question_or_sentence_of_the_text_stays(line):
    doc, _report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == [*BODY, line]

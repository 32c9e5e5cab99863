"""An editor's credit glued after a news item's last sentence (round 52, sv52): "。编辑：某某",
"。（记者 某某）（编辑：某某）", "。(编辑:某某) (编审:某某) (签发:某某)", "。【实习编辑 某某】". On
a paragraph longer than responsible-editor's 80 characters the credit is cut and the sentence kept
(meta-lines.editor-credit-glued); before, the credit stayed in the text. A source line with its
editor still goes whole. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "学院举行第八届宿舍文化节闭幕式"
BODY = ["12月16日，学院第八届宿舍文化节闭幕式在图书馆报告厅举行，各二级学院学生工作负责人参加。",
        "本届文化节历时一个多月，共举办宿舍风采大赛、收纳大赛等十余场活动。"]
LAST = ("本次宿舍文化节通过组织开展丰富多彩的线上与线下活动，丰富了全校学生的课余文化生活，"
        "营造了生动活泼、积极向上、轻松怡人的宿舍文化氛围，参与学生近万人次，受到广大师生好评。")


@pytest.mark.parametrize("credit", [
    "编辑：罗小媛",
    "【编辑：罗小媛】",
    "【实习编辑 舒小崴】",
    "（记者 王小原）（编辑：罗小媛）",
    "（编辑：罗小媛）（审核：赵小桦）",
    "(编辑:罗小媛) (编审:赵小桦) (签发:曹小清)",
])
def test_an_editor_credit_glued_after_the_last_sentence_is_cut_and_the_sentence_kept(credit):
    doc, report = clean("\n".join([TITLE, *BODY, LAST + credit]))
    assert texts(doc) == [*BODY, LAST]
    assert removed(report, "meta-lines.editor-credit-glued") == [credit]


def test_a_source_line_with_its_editor_still_goes_whole():
    line = "本文来源：某某资讯网 责任编辑：NF012"
    doc, report = clean("\n".join([TITLE, *BODY, LAST, line]))
    assert texts(doc) == [*BODY, LAST]
    assert removed(report, "meta-lines.responsible-editor") == [line]


def test_a_duty_after_the_editor_label_is_no_credit_for_this_rule():
    line = "本岗位设编辑两名。编辑：负责稿件的初审与修改工作"
    _doc, report = clean("\n".join([TITLE, *BODY, LAST, line]))
    assert not removed(report, "meta-lines.editor-credit-glued")

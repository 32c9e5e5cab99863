"""Page titles, round 38 (issue 18): a figure's numbered caption opening a page with no title, a Q&A page
opening on the first of its lettered questions."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_credits import photo_caption


@pytest.mark.parametrize(
    "line",
    ["圖1 某商會秋季例會全體人員合影", "图一:检查组在发放点核对清单", "图2-3 设备安装现场", "<图1-1>", "图3??会长发言"],
)
def test_a_caption_opening_with_the_figures_number_is_a_caption(line):
    assert photo_caption(line)


@pytest.mark.parametrize("line", ["图书室管理制度", "图解2024年政府工作报告", "图1"])
def test_a_title_is_no_numbered_caption(line):
    assert not photo_caption(line)


def test_a_page_opening_on_a_numbered_caption_has_no_title_and_keeps_it():
    doc, report = clean("图1 某协会年会全体人员合影\n"
                        "11月8日，某协会在新会所召开年会，二十余家会员单位的代表参加了会议。\n"
                        "图2 圆桌讨论现场\n"
                        "会上，代表们围绕如何帮助会员企业融资展开讨论。")
    assert not report.title
    assert texts(doc)[0] == "图1 某协会年会全体人员合影"


def test_a_page_opening_on_its_first_lettered_question_has_no_title():
    doc, report = clean("A. 交接班记录要写哪些内容\n"
                        "写清接班时间、设备状态和未办完的事项，交接双方签字。内容以事实为准，不写感想。\n"
                        "B. 交接班记录由谁保管\n"
                        "记录本由班组长保管，每月底交车间存档，保存期不少于一年。\n"
                        "C. 记录写错了怎么办\n"
                        "划线更正并签名，不得撕页或涂改。")
    assert not report.title
    assert texts(doc)[0] == "A. 交接班记录要写哪些内容"


def test_lettered_options_under_a_question_leave_the_title_alone():
    # Options stand one under another with no paragraph between: no series of parts, the title stays.
    _doc, report = clean("中药常识练习题\n"
                        "1.下列药材中，性寒的是( )\n"
                        "A.金银花\nB.干姜\nC.肉桂\nD.附子")
    assert report.title == "中药常识练习题"

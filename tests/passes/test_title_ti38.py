"""Page titles, round 38 (issue 18): a figure's numbered caption opening a page with no title."""

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

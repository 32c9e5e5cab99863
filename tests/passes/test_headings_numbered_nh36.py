"""Numbered headings of issue 18, round 36: forms that template and 文库 pages take. Fixtures
written for the project: made-up text in the shapes such pages print."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.glued import blank_cut
from reportfmt.passes.headings.numbering import parse_marker


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_a_blank_between_a_year_and_its_unit_splits_no_heading():
    # A 文库 page sets figures off by blanks ("2024 年"): the blank stands inside the heading's words.
    doc, _ = clean(lines(
        "物业服务中心年度总结",
        "2024 年，服务中心围绕“报得快、修得好”两件事改进了报修流程。",
        "一、2024 年报修工作：从“登记”到“跟踪”",
        "全年共受理报修 3200 件，这一年变化最大的是派单以后的跟踪。",
        "二、存在的不足：老问题还在反复",
        "部分楼栋的水管老化，同一地址反复报修，维修只能应急。",
        "三、2025 年打算：两件事接着做",
        "一是与业委会建立联席机制，二是每月公布一次报修台账。",
    ))
    assert outline(doc) == [
        (1, "一、2024 年报修工作：从“登记”到“跟踪”"),
        (1, "二、存在的不足：老问题还在反复"),
        (1, "三、2025 年打算：两件事接着做"),
    ]
    assert "全年共受理报修 3200 件，这一年变化最大的是派单以后的跟踪。" in paras(doc)


def test_blank_cut_keeps_a_figure_with_its_unit_and_still_cuts_a_name_off_its_body():
    text = "（二）2024 年度重点项目按期完成，验收合格率达到百分之百。"
    assert blank_cut(text, parse_marker(text)) == 0
    text = "一、会议时间 例会每月第一周的周一召开，遇节假日顺延。"
    assert text[:blank_cut(text, parse_marker(text))] == "一、会议时间"
    text = "一、报名时间 3月1日起在各社区服务站报名，额满为止。"
    assert text[:blank_cut(text, parse_marker(text))] == "一、报名时间"


"""Chapters of an outline numbered "1 总则" / "1.1 编制目的" … (issue 18: 应急预案, standards and
theses typed in Word, the number's tab become a blank) that have no children of their own: they
are read with the chapters their first child proves. Fixtures written for the project: made-up
text in the forms such pages take."""

from __future__ import annotations

from helpers import clean, outline, paras


def lines(*rows: str) -> str:
    return "\n".join(rows)


PLAN = (
    "某镇防汛应急预案",
    "1 总则",
    "1.1 编制目的",
    "做好汛期各项防范工作，最大程度减少洪涝灾害造成的损失，保障群众生命财产安全。",
    "1.2 适用范围",
    "本预案适用于本镇行政区域内洪涝灾害的预防和应急处置。",
    "2 组织体系",
    "2.1 指挥机构",
    "镇防汛指挥部负责统一指挥全镇的防汛抢险工作，镇长任总指挥。",
    "3 预警与响应",
    "接到暴雨预警后，各村要立即组织巡查，发现险情第一时间上报并组织转移。",
    "4 附则",
    "本预案自印发之日起施行。",
)


def test_an_outlines_chapters_without_children_are_headings_beside_those_with():
    doc, _ = clean(lines(*PLAN))
    assert outline(doc) == [(1, "1 总则"), (2, "1.1 编制目的"), (2, "1.2 适用范围"),
                            (1, "2 组织体系"), (2, "2.1 指挥机构"), (1, "3 预警与响应"), (1, "4 附则")]
    assert paras(doc)[-1] == "本预案自印发之日起施行。"


def test_a_thesis_opening_and_closing_chapters_are_headings():
    doc, _ = clean(lines(
        "社区养老服务调查",
        "1 引言",
        "随着老龄化程度加深，社区养老成为养老服务体系的重要组成部分，本文围绕服务供给展开讨论。",
        "2 研究设计",
        "2.1 调查对象",
        "本次调查选取三个社区，共发放问卷三百份，回收有效问卷二百八十份。",
        "2.2 调查方法",
        "采用问卷调查与入户访谈相结合的方法进行。",
        "3 结论",
        "社区养老服务需要多方参与，建议加大财政投入，培养专业护理队伍。",
    ))
    assert [text for level, text in outline(doc) if level == 1] == ["1 引言", "2 研究设计", "3 结论"]


def test_lines_numbered_so_without_any_decimal_child_or_out_of_order_stay_text():
    # No chapter proven by a first child "N.1": a list typed with blanks, no outline.
    doc, _ = clean(lines(
        "春游准备清单",
        "出发前请家长帮助孩子准备好以下物品，并在周五前交回回执。",
        "1 雨衣一件",
        "2 水壶一个",
        "3 午餐和点心",
        "请大家按时到校集合，不要迟到。",
    ))
    assert outline(doc) == []
    # A chapter numbered out of the run ("5 附则" after "2") is left as it was.
    rows = list(PLAN)
    rows[rows.index("3 预警与响应")] = "5 预警与响应"
    doc, _ = clean(lines(*rows))
    assert "5 预警与响应" not in [text for _, text in outline(doc)]


def test_an_outline_typed_with_no_blank_reads_its_chapters_the_same_way():
    doc, _ = clean(lines(*(row.replace(" ", "", 1) if row[:1].isdigit() else row for row in PLAN)))
    assert [text for level, text in outline(doc) if level == 1] == ["1总则", "2组织体系", "3预警与响应", "4附则"]
    assert [text for level, text in outline(doc) if level == 2][:2] == ["1.1编制目的", "1.2适用范围"]


def test_glued_numbers_with_no_chapter_over_a_first_child_stay_text():
    doc, _ = clean(lines(
        "值班安排",
        "节假日期间值班人员要坚守岗位，保持通讯畅通，遇到突发情况及时报告。",
        "1号值班：办公室全体人员",
        "2号值班：后勤科全体人员",
        "3号值班：保卫科全体人员",
        "值班期间不得擅自离岗，交接班时要做好记录。",
    ))
    assert outline(doc) == []

"""Bare (unnumbered) headings in forms the new sites write (issue 18, round h6): a section that
opens with its list rather than a paragraph, a heading that asks a question, a bracketed label
under a numbered part. Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_bare_headings_opening_their_lists_are_sections():
    # Two of the three parts open with a list (its introducing sentence, or its item 1), not a
    # paragraph: they are sections as much as the one opening a paragraph.
    doc, _ = clean("\n".join([
        "仓库盘点工作方案",
        "为摸清库存家底，防止物资积压和流失，结合本单位实际，制定本方案。",
        "盘点目的",
        "通过全面盘点，核实各类物资的账面数量与实际数量，查明差异原因并及时处理。",
        "盘点安排",
        "1.时间：每季度最后一周",
        "2.范围：一号库、二号库及露天堆场",
        "盘点方法",
        "盘点小组可以采用下列几种方法开展工作：",
        "(1)逐件清点并填写盘点单；",
        "(2)抽查复核，抽查比例不低于百分之二十。",
    ]))
    assert outline(doc) == [(1, "盘点目的"), (1, "盘点安排"), (1, "盘点方法")]


def test_a_short_line_stacked_on_a_heading_that_opens_a_list_stays_text():
    # "全体仓管员" is the value of the line above it, not a section, though the line under it
    # opens a numbered list (a list of fields: no paragraph anywhere below).
    doc, _ = clean("\n".join([
        "仓库盘点工作方案",
        "为摸清库存家底，防止物资积压和流失，结合本单位实际，制定本方案。",
        "盘点目的",
        "通过全面盘点，核实各类物资的账面数量与实际数量，查明差异原因并及时处理。",
        "参加人员",
        "全体仓管员",
        "组织分工",
        "1.清点：仓管员两人一组",
        "2.复核：财务部派员抽查",
    ]))
    assert outline(doc) == [(1, "盘点目的"), (1, "组织分工")]
    assert "全体仓管员" in paras(doc)


def test_a_bare_line_above_a_list_item_numbered_two_is_no_section():
    # Only a list's first item opens a section: a line above item 2 is the list's own text.
    doc, _ = clean("\n".join([
        "仓库管理办法",
        "为规范物资出入库管理，保证账物相符，特制定本办法，请各部门认真遵照执行。",
        "1.物资入库须有质检合格单。",
        "主管签字后",
        "2.物资出库须有领料单。",
        "其余事项按公司有关规定执行，本办法自印发之日起施行，由仓储部负责解释。",
    ]))
    assert outline(doc) == []

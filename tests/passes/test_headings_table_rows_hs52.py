"""Numbered rows of a statistics table whose grid was lost, each cell on a line of its own: the
row's label stands over its figures and is no section (issue 18, round 52: false headings).
Fixtures written for the project, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_numbered_rows_over_lines_of_figures_are_no_sections():
    # An annual disclosure report's table copied cell by cell: the numbered row labels stand over
    # their figures; the report's own parts stay sections.
    doc, _ = clean("\n".join([
        "青禾县农业农村局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "2023年，我局认真落实政务公开各项要求，全年主动公开各类信息三百余条。",
        "二、收到和处理政府信息公开申请情况",
        "申请人情况",
        "自然人",
        "法人或其他组织",
        "总计",
        "一、本年新收政府信息公开申请数量",
        "4",
        "1",
        "5",
        "二、上年结转政府信息公开申请数量",
        "0",
        "0",
        "0",
        "三、存在的主要问题及改进情况",
        "一是公开内容不够细；二是解读形式较单一。",
    ]))
    assert outline(doc) == [(1, "一、总体情况"), (1, "二、收到和处理政府信息公开申请情况"),
                            (1, "三、存在的主要问题及改进情况")]
    assert "一、本年新收政府信息公开申请数量" in paras(doc)


def test_arabic_rows_with_blank_lines_between_their_figures_are_no_sections():
    # The same with arabic row numbers and a blank line between cells.
    doc, _ = clean("\n".join([
        "青禾县依申请公开情况统计",
        "一、主动公开情况",
        "本年主动公开信息一百二十条，全部上网公开。",
        "二、依申请公开情况",
        "指标名称",
        "本年",
        "累计",
        "1.当面申请数",
        "",
        "3",
        "",
        "7",
        "",
        "2.网上申请数",
        "",
        "5",
        "",
        "9",
        "",
        "三、复议诉讼情况",
        "本年未发生行政复议和行政诉讼。",
    ]))
    assert outline(doc) == [(1, "一、主动公开情况"), (1, "二、依申请公开情况"), (1, "三、复议诉讼情况")]
    assert "2.网上申请数" in paras(doc)


def test_a_heading_over_a_single_figure_line_stays_a_section():
    # The near miss: one line of a figure under a numbered name (a chart's value, a page number)
    # is no row of cells; the names over their paragraphs stay sections.
    doc, _ = clean("\n".join([
        "青禾县图书馆年度工作总结",
        "一、借阅情况",
        "12000",
        "全年接待读者一万二千人次，比上年增加两成。",
        "二、活动情况",
        "全年举办读书讲座十二场，参加读者一千余人。",
    ]))
    assert outline(doc) == [(1, "一、借阅情况"), (1, "二、活动情况")]


def test_a_heading_over_a_flattened_table_whose_columns_are_years_stays_a_section():
    # The near miss: the lines right under the name are the table's column heads, years, not a
    # row's figures; the name heads the table.
    doc, _ = clean("\n".join([
        "青禾职业学校办学情况报告",
        "一、学校概况",
        "学校创办于一九八五年，现有在校生两千余人。",
        "二、近三年招生人数",
        "2021",
        "2022",
        "2023",
        "650",
        "700",
        "720",
        "三、办学成效",
        "毕业生就业率连续三年保持在百分之九十五以上。",
    ]))
    assert outline(doc) == [(1, "一、学校概况"), (1, "二、近三年招生人数"), (1, "三、办学成效")]

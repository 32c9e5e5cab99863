"""A markdown pipe table in a page saved as text (an AI answer, a notes export) is a table:
its head over the rule row, then the bar-framed rows; no rule row, no table. Made-up figures."""

from __future__ import annotations

import panflute as pf

from reportfmt.passes.elements import block_text
from reportfmt.read.text import read_plain_text

TABLE = ["| 指标 | 目标 | 完成 |", "| --- | :---: | ---: |", "| 新增就业 | 500人 | 312人 |",
         "| 招商引资 | 2亿元 | 1.3亿元 |"]


def cells(row: pf.TableRow) -> list[str]:
    return [pf.stringify(cell) for cell in row.content]


def test_a_pipe_table_with_its_rule_row_is_one_table_with_a_head():
    doc = read_plain_text("\n".join(["上半年各项指标完成情况如下：", *TABLE, "部分指标进度偏慢。"]))
    kinds = [type(block).__name__ for block in doc.content]
    assert kinds == ["Para", "Table", "Para"]
    table = doc.content[1]
    assert cells(table.head.content[0]) == ["指标", "目标", "完成"]
    assert [cells(row) for row in table.content[0].content] == [["新增就业", "500人", "312人"],
                                                                ["招商引资", "2亿元", "1.3亿元"]]
    assert block_text(doc.content[2]) == "部分指标进度偏慢。"


def test_a_row_of_another_width_ends_the_table_and_stays_a_line():
    doc = read_plain_text("\n".join([*TABLE, "| 合计 | 两项 |"]))
    assert [type(b).__name__ for b in doc.content] == ["Table", "Para"]
    assert block_text(doc.content[1]) == "| 合计 | 两项 |"


def test_bar_framed_lines_without_a_rule_row_stay_as_written():
    lines = ["| 指标 | 目标 | 完成 |", "| 新增就业 | 500人 | 312人 |"]
    doc = read_plain_text("\n".join(lines))
    assert [block_text(b) for b in doc.content] == lines


def test_tab_rows_before_a_pipe_table_keep_their_place():
    doc = read_plain_text("\n".join(["班级\t人数\t教师", "一班\t40\t王老师", *TABLE, "完。"]))
    assert [type(b).__name__ for b in doc.content] == ["Table", "Table", "Para"]
    assert cells(doc.content[0].content[0].content[0]) == ["班级", "人数", "教师"]

"""A table a page printed as lines of bar-parted cells becomes a table (round 47): its rows and
cells exactly as the page had them, its rule row dropped, every word kept; a line whose bar is
the text's own, a cell a line, or two lines alone stay paragraphs. Fixtures written for the
project, names made up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import panflute as pf
import pytest

from helpers import clean, paras, table_rows
from reportfmt.passes.bar_tables import is_rule_row, rebuild_bar_tables
from reportfmt.write.pandoc import pandoc_path

# The filter installed beside the interpreter running the tests (a fresh machine's PATH has no venv).
REPORTFMT = str(Path(sys.executable).with_name("reportfmt"))

# A know-how page: how a leave note is built, its parts in a two-column table.
LEAVE_NOTE = """请假条怎么写

请假条一般由五个部分组成,每一部分都不能少。

| 组成 | 写法 |
|---|---|
| 标题 | 居中写“请假条” |
| 称呼 | 顶格写老师或领导的称呼 |
| 正文 | 写明请假原因和起止时间 |
| 署名 | 写请假人姓名和日期 |

写好以后要当面交给老师。
"""


def tables(doc: pf.Doc) -> list[pf.Table]:
    return [block for block in doc.content if isinstance(block, pf.Table)]


def test_a_run_of_bar_parted_rows_becomes_one_table_with_its_head_and_no_rule_row():
    doc, _ = clean(LEAVE_NOTE)
    [table] = tables(doc)
    assert table_rows(doc) == [[
        ["组成", "写法"],
        ["标题", "居中写“请假条”"],
        ["称呼", "顶格写老师或领导的称呼"],
        ["正文", "写明请假原因和起止时间"],
        ["署名", "写请假人姓名和日期"],
    ]]
    assert [pf.stringify(cell) for cell in table.head.content[0].content] == ["组成", "写法"]
    # The paragraphs around it stay, in order; no row is left as a paragraph.
    assert paras(doc) == ["请假条一般由五个部分组成，每一部分都不能少。", "写好以后要当面交给老师。"]
    assert not any("|" in text for text in paras(doc))
    # The table is laid out like any other: one width per column, summing to the text width.
    widths = [width for _align, width in table.colspec]
    assert len(widths) == 2 and sum(widths) == pytest.approx(1.0)


def test_rows_without_edge_bars_a_short_row_and_an_empty_middle_cell():
    page = ("活动经费预算如下。\n\n"
            "来源 | 金额(元) | 说明 |\n"
            "社区公益金 | 1500 | 茶点和场地布置 |\n"
            "居民自愿捐 | | 用于照片冲印 |\n"
            "合计 | 1500 |\n\n"
            "以上经费由社区居委会统一管理。\n")
    doc, _ = clean(page)
    assert table_rows(doc) == [[
        ["来源", "金额（元）", "说明"],  # typography reaches the cells: brackets beside Chinese
        ["社区公益金", "1500", "茶点和场地布置"],
        ["居民自愿捐", "", "用于照片冲印"],
        ["合计", "1500", ""],  # the short row padded to the table's width
    ]]


def test_a_masked_value_alone_in_a_cell_is_marked_as_in_any_table():
    page = ("今年以来，街道坚持安全第一，现将有关情况总结如下：\n"
            "序号 | 项目 | 完成数\n1 | 排查企业 | ***\n2 | 整改隐患 | **\n")
    _, report = clean(page)
    assert [mask["text"] for mask in report.masks] == ["***", "**"]


def test_two_rows_a_cell_a_line_and_a_bar_inside_prose_stay_paragraphs():
    two = "| 时段 | 安排 |\n| 上午 | 量血压 |\n\n活动在社区活动室举行。\n"
    doc, _ = clean(two)
    assert not tables(doc)
    one_cell_a_line = "文件编号: |\n教字第2025011号 |\n主 题: |\n关于春季运动会的安排 |\n"
    doc, _ = clean(one_cell_a_line)
    assert not tables(doc)


def test_a_bar_inside_a_link_is_the_texts_own():
    doc = pf.Doc(*(pf.Para(pf.Str(a), pf.Space(), pf.Str("|"), pf.Space(), pf.Str(b))
                   for a, b in (("项目", "内容"), ("地点", "礼堂"), ("时间", "周五"))))
    doc.content.insert(1, pf.Para(pf.Link(pf.Str("甲|乙"), url="http://example.org/"), pf.Str("|丙")))
    assert rebuild_bar_tables(doc) == 0  # the linked row breaks the run: two rows either side
    doc.content.pop(1)
    assert rebuild_bar_tables(doc) == 1


def test_rule_rows():
    assert is_rule_row("|---|---|")
    assert is_rule_row("---|:---:|---|")
    assert not is_rule_row("| - | 无 |")
    assert not is_rule_row("-" * 10_000 + "x")


def test_a_table_of_bar_rows_opening_a_page_is_not_kept_as_its_title_nor_loses_a_word():
    page = "| 步骤 | 内容 | 用时 |\n| 1 | 检录入场 | 20分钟 |\n| 2 | 开幕致辞 | 10分钟 |\n\n运动会按以上流程进行。\n"
    doc, report = clean(page)
    assert table_rows(doc)[0][0] == ["步骤", "内容", "用时"]
    assert not (report.title or "").count("|")


def test_a_markdown_file_written_by_hand_keeps_its_lines(tmp_path):
    """A hand-written document keeps every block as pandoc read it: the pass is not run on it."""
    source = tmp_path / "note.md"
    source.write_text("# 读书笔记\n\n本周读完了一本书，摘几句心得。\n\n甲 | 乙\n\n丙 | 丁\n\n戊 | 己\n",
                      encoding="utf-8")
    proc = subprocess.run([pandoc_path(), str(source), "-t", "json", "--filter", REPORTFMT],
                          capture_output=True, text=True, check=True)
    kinds = [block["t"] for block in json.loads(proc.stdout)["blocks"]]
    assert kinds == ["Header", "Para", "Para", "Para", "Para"]


def test_a_long_run_of_rows_is_one_table_with_every_row():
    """A statistics page printed as bar-parted lines: one table, every row in order (the run is
    read once: the width of its widest row is worked out once, not for each row)."""
    lines = ["| 序号 | 站点 | 读数 |", *(f"| {i} | 监测点{i} | {i % 97} |" for i in range(1, 3001))]
    doc = pf.Doc(*(pf.Para(pf.Str(line)) for line in lines))
    assert rebuild_bar_tables(doc) == 1
    [rows] = table_rows(doc)
    assert len(rows) == 3001
    assert rows[0] == ["序号", "站点", "读数"] and rows[-1] == ["3000", "监测点3000", str(3000 % 97)]

"""Hand-written documents pass through whole (round 38, dn38).
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import panflute as pf

from reportfmt.api import convert_text
from reportfmt.passes.elements import block_text
from reportfmt.passes.title_forms import grid_row
from reportfmt.read.text import read_plain_text

# --- a .txt's tab-separated rows are a table (read/text.py); a table typed with blanks is no
# menu above the title (title_forms.grid_row) ---

ROWS = [["组别", "周一", "周二", "周三"], ["第一组", "扫地", "擦窗", "倒垃圾"], ["第二组", "擦窗", "倒垃圾", "扫地"],
        ["第三组", "倒垃圾", "扫地", "擦窗"]]


def rota(separator: str) -> str:
    # "二年级一班…" reads as a pupil's class and name (no title), so the rows were looked past as
    # lines above a title: each one a row of short words, a site's menu.
    return "\n".join(["二年级一班值日表", "", *(separator.join(row) for row in ROWS), "", "请各组长提前一天提醒组员。"])


def test_tab_separated_rows_are_read_as_one_table():
    doc = read_plain_text(rota("\t"))
    tables = [b for b in doc.content if isinstance(b, pf.Table)]
    assert len(tables) == 1
    rows = [[block_text(cell.content[0]) for cell in row.content] for row in tables[0].content[0].content]
    assert rows == ROWS
    paras = [block_text(b) for b in doc.content if isinstance(b, pf.Para)]
    assert paras == ["二年级一班值日表", "请各组长提前一天提醒组员。"]


def test_two_tab_separated_pairs_and_a_lone_tab_stay_lines():
    doc = read_plain_text("姓名\t林小禾\n班级\t初二（4）班\n\n他说\t好的。")
    assert [block_text(b) for b in doc.content] == ["姓名 林小禾", "班级 初二（4）班", "他说 好的。"]


def test_a_rotas_rows_stay_whether_typed_with_tabs_or_with_blanks():
    for separator in ("\t", "  "):
        out = convert_text(rota(separator), to="md")
        for row in ROWS:
            for cell in row:
                assert cell in out, (separator, cell)
        assert "#" not in out


def test_a_contents_lists_bulleted_rows_are_no_table():
    blocks = [pf.Para(pf.Str(text)) for text in ("• 1 第一章 总则", "• 1.1 第一节 目的", "• 1.2 第二节 范围")]
    assert not any(grid_row(blocks, i) for i in range(3))
    blocks = [pf.Para(pf.Str(" ".join(row))) for row in ROWS]
    assert all(grid_row(blocks, i) for i in range(4))
    assert not grid_row(blocks[:2], 0)  # two rows: a menu printed twice is as likely


"""Hand-written documents pass through whole (round 37, dn37).
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import panflute as pf

from reportfmt.api import convert_text
from reportfmt.passes.boilerplate.dated_entries import _text

# --- a log in markdown: each entry headed by its date, its items a list (dated_entries._text) ---

CHANGELOG = """# 版本记录

## 2025-11-02

- 新增：表格可以按列排序了。
- 修复：打印时页眉偏移的问题。

## 2025-10-20

- 优化：大文件打开速度加快了一倍。
- 调整：默认字号改为四号。
"""


def test_a_changelogs_dated_headings_over_their_item_lists_stay():
    out = convert_text(CHANGELOG, to="md", input_format="markdown")
    assert "## 2025-11-02" in out and "## 2025-10-20" in out
    for item in ("表格可以按列排序了", "页眉偏移", "打开速度加快了一倍", "默认字号改为四号"):
        assert item in out


def test_only_a_list_holding_a_sentence_reads_as_an_entrys_text():
    def bullets(*items):
        return pf.BulletList(*[pf.ListItem(pf.Plain(pf.Str(item))) for item in items])

    assert _text(bullets("秋季运动会通知", "图书馆开放时间", "食堂菜单")) == ""
    assert _text(bullets("新增：表格可以按列排序了。", "食堂菜单")) == "新增：表格可以按列排序了。 食堂菜单"
    assert _text(pf.Header(pf.Str("2025-11-02"), level=2)) == "2025-11-02"

"""A page holding a big table: what no step needs is never read from the table's cells
(issue 17: a 50,000-row table's text is a megabyte, and every extra read of it costs seconds)."""

from __future__ import annotations

import panflute as pf
import yaml

from reportfmt.passes.boilerplate import line_loop
from reportfmt.passes.boilerplate.ruleset import load_rules


def _table(rows: int) -> pf.Table:
    return pf.Table(pf.TableBody(*(pf.TableRow(pf.TableCell(pf.Plain(pf.Str(f"第{i}项"))),
                                               pf.TableCell(pf.Plain(pf.Str("已完成"))))
                                   for i in range(rows))))


def _reads(monkeypatch) -> list:
    read: list = []
    real = line_loop.block_text

    def counting(block):
        read.append(block)
        return real(block)

    monkeypatch.setattr(line_loop, "block_text", counting)
    return read


def test_with_no_keep_rule_the_repetition_steps_never_read_a_table(monkeypatch):
    table = _table(20)
    kept = [(0, pf.Para(pf.Str("本年度工作完成情况如下。"))), (1, table)]
    read = _reads(monkeypatch)
    left = line_loop.drop_repeated_lines(list(kept), [], load_rules(), "年度统计", False)
    assert left == kept
    assert not any(block is table for block in read)


def test_a_keep_rule_still_protects_the_table_it_names(monkeypatch, tmp_path):
    rules_file = tmp_path / "keep.yaml"
    rules_file.write_text(yaml.safe_dump({"concept": "review", "rules": [
        {"name": "keep-table", "action": "keep", "match": "第3项"}]}, allow_unicode=True), encoding="utf-8")
    rules = load_rules((str(rules_file),))
    table = _table(5)
    kept = [(0, pf.Para(pf.Str("本年度工作完成情况如下。"))), (1, table)]
    read = _reads(monkeypatch)
    left = line_loop.drop_repeated_lines(list(kept), [], rules, "年度统计", False)
    assert left == kept
    assert any(block is table for block in read)  # the keep rule needs the table's text

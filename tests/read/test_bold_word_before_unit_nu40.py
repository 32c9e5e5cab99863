"""`，**人员**名单`: a bold word at a clause's start whose first and next characters happen to be
units (人, 名) is the author's bold, not two masks; a pair opened right after a Chinese character
(`走访**户，开了**次`) is still two masks, and so is a pair glued to words on both sides across a
clause's break (`开设**门课程，每周上课**次`: read as bold before, its four stars lost). The reader and
the `--filter` path agree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reportfmt.api import convert_text
from reportfmt.passes.masks.written import masks_not_emphasis
from reportfmt.write.pandoc import pandoc_path

NOTE = """# 夜校报名工作安排

## 一、报名对象

面向辖区全体居民，**人员**名单由各楼栋长汇总后交社区。

## 二、课程安排

今年开设**门课程，每周上课**次，授课地点在**中心。走访**户，开了**次会。
"""


def test_a_bold_word_at_a_clauses_start_stays_bold_and_the_masks_stay_masks():
    md = convert_text(NOTE, to="md", input_format="markdown")
    assert "，**人员**名单由" in md
    assert md.count('{.masked custom-style="Masked"}') == 5
    assert "开设[\\*\\*]{.masked" in md and "走访[\\*\\*]{.masked" in md and "开了[\\*\\*]{.masked" in md


def test_the_pairs_neighbour_decides():
    assert masks_not_emphasis("人员", "名单由", "全体居民，") is False
    assert masks_not_emphasis("户，开了", "次会", "走访") is True
    assert masks_not_emphasis("人员", "名单由") is True  # no neighbour known: two masks, as before
    # Glued to words on both sides across a clause's break: two values cut out (门 is no unit here).
    assert masks_not_emphasis("门课程，每周上课", "次，授课", "今年开设") is True
    # A bolded sentence apart from the words around it stays bold.
    assert masks_not_emphasis("注意安全，听从指挥", "。", "上课时，") is False


def test_the_filter_reads_the_bold_word_the_same_way(tmp_path):
    (tmp_path / "note.md").write_text(NOTE, encoding="utf-8")
    reportfmt = str(Path(sys.executable).with_name("reportfmt"))
    proc = subprocess.run([pandoc_path(), "note.md", "-t", "markdown", "--filter", reportfmt], cwd=tmp_path,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    out = proc.stdout.decode("utf-8")
    assert "**人员**名单" in out
    assert "".join(out.split()).count(".masked") == 5

"""A legend's star in a hand-written document's DOCX: the courses a "注：*为选修课" line explains
carry no Masked mark; a value hidden in a sentence still does."""

from __future__ import annotations

from outputs import docx_masked_text
from reportfmt.api import convert_text

# A footnote makes it a hand-written document (read/document_kind.py).
TIMETABLE = """# 秋季课程表

本学期开设以下课程[^1]。

| 课程 | 学分 |
|---|---|
| 线性代数 | 3 |
| 书法入门* | 1 |

注：*为选修课。

选课人数上限为***人。

[^1]: 以教务处通知为准。
"""


def test_docx_marks_the_hidden_number_not_the_legends_star(tmp_path):
    path = tmp_path / "timetable.docx"
    path.write_bytes(convert_text(TIMETABLE, to="docx", input_format="markdown"))
    assert docx_masked_text(path) == "***"

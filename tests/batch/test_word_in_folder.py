"""A Word document inside a folder is not read (convert writes DOCX too), but the run says so: a
manifest row with status "skipped" and the reason, and one line on stderr; the rest converts."""

from __future__ import annotations

import json
from pathlib import Path

from reportfmt.batch.sources import WORD_IN_FOLDER
from reportfmt.cli import run

PAGE = "社区工作小结\n一、基本情况\n本季度社区共设置分类投放点十二处。\n".encode()


def test_a_word_file_in_a_folder_is_a_skipped_row(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(PAGE)
    (folder / "b.docx").write_bytes(b"PK\x03\x04 not read")
    (folder / "~$b.docx").write_bytes(b"Word's lock file")  # Word's own lock file: no row
    out = tmp_path / "out"
    assert run(["convert", str(folder), "-o", str(out), "--to", "plain"]) == 0
    rows = {Path(r["source"]).name: r for r in map(json.loads, (out / "manifest.jsonl").open(encoding="utf-8"))}
    assert set(rows) == {"a.txt", "b.docx"}
    assert rows["a.txt"]["status"] == "ok"
    assert rows["b.docx"]["status"] == "skipped"
    assert rows["b.docx"]["error"].endswith(WORD_IN_FOLDER)
    assert "reportfmt: 1 file not read (manifest status \"skipped\" says why)" in capsys.readouterr().err

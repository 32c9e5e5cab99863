"""`reportfmt convert report.docx`: a Word document is read by pandoc's docx reader, whole, its
pictures embedded (round 36, dn36). Made-up content; the .docx is written by pandoc itself."""

from __future__ import annotations

import base64
import io
import struct
import subprocess
import zipfile
import zlib

import panflute as pf
import pytest

from reportfmt.errors import ReportfmtError
from reportfmt.passes.elements import block_text
from reportfmt.read.reader import read_bytes
from reportfmt.write.pandoc import pandoc_path


def _png(width: int = 4, height: int = 4) -> bytes:
    """A small red PNG, given as a data: address below so that pandoc's sandbox reads no file."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PIXEL = base64.b64encode(_png()).decode()
MARKDOWN = f"""---
title: 第二季度部门工作汇报
---

本季度完成了两项主要工作。

# 一、档案整理

全年档案已全部录入系统。

![](data:image/png;base64,{PIXEL})

# 二、培训

组织培训三次。

综合部
"""


def word_document() -> bytes:
    # pandoc itself, not run_pandoc: a batch test earlier in the run may leave this process a
    # worker's pandoc session, whose writer embeds no data: picture (the fixture would have none).
    return subprocess.run([pandoc_path(), "-f", "markdown", "-t", "docx", "-o", "-"], input=MARKDOWN.encode(),
                          capture_output=True, check=True).stdout


def test_a_word_document_is_read_whole_with_its_picture():
    data = word_document()
    assert zipfile.ZipFile(io.BytesIO(data)).namelist()  # a real package
    doc = read_bytes(data, "汇报.docx")
    assert doc.scraped is False  # written by hand: the passes leave its lines alone
    assert pf.stringify(doc.metadata["title"]) == "第二季度部门工作汇报"
    assert [block_text(b) for b in doc.content if isinstance(b, pf.Header)] == ["一、档案整理", "二、培训"]
    texts = [block_text(b) for b in doc.content if isinstance(b, pf.Para)]
    assert "全年档案已全部录入系统。" in texts and texts[-1] == "综合部"
    assert len(doc.pictures.kept) == 1


def test_convert_writes_a_word_document_with_nothing_lost(tmp_path):
    from reportfmt.cli import run

    (tmp_path / "汇报.docx").write_bytes(word_document())
    assert run(["convert", str(tmp_path / "汇报.docx"), "-o", str(tmp_path / "out"), "--to", "md", "-q",
                "--no-review", "-j", "1"]) == 0
    text = (tmp_path / "out" / "汇报.md").read_text(encoding="utf-8")
    for line in ("title: 第二季度部门工作汇报", "# 一、档案整理", "全年档案已全部录入系统。", "组织培训三次。",
                 "综合部", "汇报.pictures/1.png"):
        assert line in text


def test_a_file_named_docx_that_is_no_word_package_gets_a_clear_error():
    with pytest.raises(ReportfmtError, match="not a Word document"):
        read_bytes("这只是一段文字。".encode(), "note.docx")

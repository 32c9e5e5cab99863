"""A hand-written document's embedded video (passes/embedded.py) as a link a reader sees in
the DOCX (a hyperlink to the file), the PDF (its text) and the EPUB (an <a>)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import pytest

from outputs import epub_chapters
from reportfmt.api import convert_text
from reportfmt.write import fonts

# A footnote makes it a hand-written document (read/document_kind.py).
DOCUMENT = """# 消防演练总结

演练录像如下[^1]。

<video src="media/drill.mp4" controls></video>

各部门请组织观看。

[^1]: 录像由办公室拍摄。
"""


def test_docx_has_a_hyperlink_to_the_video():
    data = convert_text(DOCUMENT, to="docx", input_format="markdown")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = z.read("word/document.xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    assert "视频：media/drill.mp4</w:t>" in body and "<w:hyperlink" in body
    assert 'Target="media/drill.mp4"' in rels


def test_epub_has_a_link_to_the_video():
    xhtml = epub_chapters(convert_text(DOCUMENT, to="epub", input_format="markdown"))
    assert '<a href="media/drill.mp4">视频：media/drill.mp4</a>' in xhtml
    assert "<video" not in xhtml


@pytest.mark.skipif(not fonts.find_cjk_fonts(), reason="no CJK font (apt-get install fonts-noto-cjk)")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_shows_the_link(tmp_path):
    path = tmp_path / "drill.pdf"
    path.write_bytes(convert_text(DOCUMENT, to="pdf", input_format="markdown"))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "视频：media/drill.mp4" in text

"""A hand-written document's pictures in its PDF (and DOCX, EPUB): a markdown file's
![图](img/a.png) converted by the batch, and under `pandoc -d reportfmt-pdf.yaml` a markdown
file's pictures and a Word file's media extracted by `--extract-media`. Counted in the files
(pdfimages, word/media, EPUB/media); a missing picture is named in one warning line."""

from __future__ import annotations

import logging
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from reportfmt import convert_many
from reportfmt.api import convert_file
from reportfmt.cli import run
from reportfmt.write import fonts
from reportfmt.write.pandoc import pandoc_path
from reportfmt.write.typst_engine import MISSING_PICTURE, gather_pictures

pytestmark = [
    pytest.mark.skipif(not fonts.find_cjk_fonts(), reason="no CJK font (apt-get install fonts-noto-cjk)"),
    pytest.mark.skipif(shutil.which("pdfimages") is None, reason="poppler-utils not installed"),
]

# A footnote makes the markdown a hand-written document (read/document_kind.py).
REPORT = """# 水质检测报告

取样点的分布见图1[^1]。

![图1 取样点分布](img/points.png)

检测结果的变化见图2。

![图2 浊度变化](img/turbidity.jpg)

[^1]: 取样由检测站完成。
"""


def _folder(tmp_path: Path, text: str = REPORT) -> Path:
    folder = tmp_path / "in"
    (folder / "img").mkdir(parents=True)
    Image.new("RGB", (120, 80), (200, 40, 40)).save(folder / "img" / "points.png")
    Image.new("RGB", (90, 90), (40, 40, 200)).save(folder / "img" / "turbidity.jpg")
    (folder / "report.md").write_text(text, encoding="utf-8")
    return folder


def pdf_image_count(path: Path) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    return len(listing.splitlines()) - 2  # two header lines


def test_batch_pdf_docx_epub_show_a_markdown_documents_pictures(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    [record] = convert_many([folder], out, to="pdf,docx,epub")
    assert record["status"] == "ok", record
    assert pdf_image_count(out / "report.pdf") == 2
    with zipfile.ZipFile(out / "report.docx") as z:
        assert len([n for n in z.namelist() if n.startswith("word/media/")]) == 2
    with zipfile.ZipFile(out / "report.epub") as z:
        assert len([n for n in z.namelist() if n.startswith("EPUB/media/")]) == 2


def test_batch_names_a_missing_picture_in_one_warning(tmp_path, caplog):
    folder = _folder(tmp_path, REPORT.replace("img/turbidity.jpg", "img/lost.png"))
    with caplog.at_level(logging.WARNING):
        record = convert_file(folder / "report.md", tmp_path / "out", to="pdf")
    assert record["status"] == "ok"
    warnings = [r.getMessage() for r in caplog.records if "img/lost.png" in r.getMessage()]
    assert len(warnings) == 1 and "not shown" in warnings[0] and "missing" in warnings[0]
    assert pdf_image_count(tmp_path / "out" / "report.pdf") == 1
    assert record["images_dropped"] == [{"src": "img/lost.png", "reason": "missing: not found beside the page"}]


@pytest.fixture
def pdf_defaults(tmp_path) -> Path:
    assert run(["defaults", "pdf", "--write", str(tmp_path / "defaults")]) == 0
    return tmp_path / "defaults" / "reportfmt-pdf.yaml"


def _pandoc(args: list[str], cwd: Path) -> None:
    proc = subprocess.run([pandoc_path(), *args], capture_output=True, text=True, check=False, cwd=cwd)
    assert proc.returncode == 0, proc.stderr


def test_pandoc_filter_pdf_shows_a_markdown_documents_pictures(tmp_path, pdf_defaults):
    folder = _folder(tmp_path)
    _pandoc(["-d", str(pdf_defaults), "report.md", "-o", "report.pdf"], folder)
    assert pdf_image_count(folder / "report.pdf") == 2


def test_pandoc_filter_pdf_shows_a_word_documents_extracted_media(tmp_path, pdf_defaults):
    folder = _folder(tmp_path)
    _pandoc(["report.md", "-o", "report.docx"], folder)  # a Word file with two pictures in it
    word = tmp_path / "word"
    word.mkdir()
    shutil.move(folder / "report.docx", word / "report.docx")
    _pandoc(["report.docx", "--extract-media=media", "-d", str(pdf_defaults), "-o", "report.pdf"], word)
    assert pdf_image_count(word / "report.pdf") == 2


def test_typst_engine_gives_typst_the_pictures_and_a_frame_for_a_missing_one(tmp_path, caplog):
    (tmp_path / "a.png").write_bytes(b"png bytes")
    elsewhere = tmp_path / "media-1" / "b.jpg"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"jpg bytes")
    source = f'#image("a.png")\n#figure(image("{elsewhere}", width: 50%))\n#image("gone.png")\n#image("a.png")'
    with caplog.at_level(logging.WARNING):
        renamed, files = gather_pictures(source, str(tmp_path))
    assert renamed == ('#image("picture-1.png")\n#figure(image("picture-2.jpg", width: 50%))\n'
                       '#image("picture-3.svg")\n#image("picture-1.png")')
    assert files == {"picture-1.png": b"png bytes", "picture-2.jpg": b"jpg bytes", "picture-3.svg": MISSING_PICTURE}
    assert [r.getMessage() for r in caplog.records] == [
        "picture gone.png not found: an empty frame stands in its place"]


def test_batch_keeps_a_markdown_documents_small_picture(tmp_path):
    # A stamp or a signature the author put in is no web page's icon or spacer: kept however small.
    folder = _folder(tmp_path, REPORT.replace("img/turbidity.jpg", "img/stamp.png"))
    Image.new("RGB", (24, 24), (200, 0, 0)).save(folder / "img" / "stamp.png")
    out = tmp_path / "out"
    [record] = convert_many([folder], out, to="docx")
    assert record["status"] == "ok" and record["images_dropped"] == [], record
    with zipfile.ZipFile(out / "report.docx") as z:
        assert len([n for n in z.namelist() if n.startswith("word/media/")]) == 2


def test_a_missing_pictures_caption_is_printed_once(tmp_path):
    # "![图2 浊度变化](img/lost.png)": the picture is not there, its alt text stands in its place;
    # pandoc made the same words the figure's caption, and both were printed, one under the other.
    folder = _folder(tmp_path, REPORT.replace("img/turbidity.jpg", "img/lost.png"))
    out = tmp_path / "out"
    record = convert_file(folder / "report.md", out, to="pdf,docx,epub,md")
    assert record["status"] == "ok"
    pdf_text = subprocess.run(["pdftotext", str(out / "report.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
    assert "".join(pdf_text.split()).count("图2浊度变化") == 1
    assert "".join(pdf_text.split()).count("图1取样点分布") == 1  # the picture there keeps its caption
    with zipfile.ZipFile(out / "report.docx") as z:
        document = z.read("word/document.xml").decode("utf-8")
    assert document.count("浊度变化") == 1
    with zipfile.ZipFile(out / "report.epub") as z:
        chapters = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("EPUB/text/ch"))
    assert chapters.count("浊度变化") == 1
    assert (out / "report.md").read_text(encoding="utf-8").count("浊度变化") == 1

"""The PDF reportfmt writes for the seed page: A4, CJK fonts embedded, all of the body text,
an outline of the sections and the document's own metadata."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import panflute as pf
import pytest

from reportfmt.api import convert_file
from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.write import fonts
from seed import HEADINGS, SEED, TITLE

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.skipif(
    not fonts.find_cjk_fonts(), reason="no CJK font on this machine (apt-get install fonts-noto-cjk)"
)

A4_POINTS = (595.28, 841.89)


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf")
    record = convert_file(SEED, out, to="pdf")
    assert record["status"] == "ok", record["error"]
    return Path(record["outputs"]["pdf"])


@pytest.fixture(scope="module")
def pdf(pdf_path):
    return pypdf.PdfReader(pdf_path)


def kept_body_text() -> str:
    """What the passes kept of the seed, whitespace removed: the text every output must carry."""
    doc = process_bytes(SEED.read_bytes(), str(SEED), build_options(None)).doc
    return re.sub(r"\s", "", "".join(pf.stringify(block) for block in doc.content))


def test_every_page_is_a4(pdf):
    assert len(pdf.pages) > 1
    for page in pdf.pages:
        assert abs(float(page.mediabox.width) - A4_POINTS[0]) < 1
        assert abs(float(page.mediabox.height) - A4_POINTS[1]) < 1


def embedded_fonts(pdf) -> dict[str, bool]:
    """Base font name -> whether a font program is embedded (CID fonts keep it one level down)."""
    found = {}
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            for part in descendants:
                descriptor = part.get_object().get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor else {}
                found[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def test_cjk_fonts_are_embedded(pdf):
    found = embedded_fonts(pdf)
    assert all(found.values()), found
    # The body's chain resolves to a CJK family on this machine; that font is in the file.
    body_family, _ = fonts.resolve_chain("fangsong")
    wanted = re.sub(r"\W", "", body_family).lower()
    assert any(wanted in re.sub(r"\W", "", name).lower() for name in found), (body_family, found)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) not installed")
def test_pdffonts_sees_only_embedded_unicode_fonts(pdf_path):
    lines = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    rows = lines.splitlines()[2:]
    assert rows
    for row in rows:
        emb, _sub, uni = row.split()[-5:-2]
        assert (emb, uni) == ("yes", "yes"), row


def test_every_body_character_is_in_the_pdf_in_order(pdf):
    pages = []
    for number, page in enumerate(pdf.pages, start=1):
        text = re.sub(r"\s", "", page.extract_text())
        footer = f"—{number}—"
        assert text.endswith(footer), f"page {number} does not end with its page number"
        pages.append(text[: -len(footer)])
    text = "".join(pages)
    head = TITLE + "2023-03-03"
    assert text.startswith(head)
    assert text[len(head):] == kept_body_text()


def outline_titles(items) -> list[str]:
    titles = []
    for item in items:
        titles += outline_titles(item) if isinstance(item, list) else [item.title]
    return titles


def test_outline_lists_the_sections(pdf):
    assert outline_titles(pdf.outline) == HEADINGS


def test_metadata_title_date_and_language(pdf):
    assert pdf.metadata.title == TITLE
    # The page's 发布时间, not the time of the build.
    assert pdf.metadata["/CreationDate"].startswith("D:20230303")
    assert pdf.xmp_metadata.xmp_create_date.date().isoformat() == "2023-03-03"
    assert str(pdf.trailer["/Root"]["/Lang"]).startswith("zh")

"""Render the README pictures: page 1 of the seed as scraped, as DOCX and as PDF; and pages 1-2
of a saved report page with a table and a chart (tests/data/pages/report.html) as DOCX and PDF.

Run from the project root:  make pictures   (or .venv/bin/python styles/render_pictures.py)

- raw.png   the scraped .txt as a browser shows it (headless chromium screenshot)
- docx.png  reportfmt's DOCX, laid out by LibreOffice headless, page 1 via pdftoppm
- pdf.png   reportfmt's PDF (typst), page 1 via pdftoppm
- table-docx.png, table-pdf.png   the report page's DOCX and PDF, pages 1 and 2 side by side
- gongwen-<variant>-docx.png / -pdf.png   page 1 of each 公文 sample of tests/data/gongwen
  in the gongwen layout (`-M layout=gongwen`), DOCX via LibreOffice and PDF

LibreOffice asks fontconfig for the fonts the DOCX names (仿宋_GB2312, 黑体...). Machines
without the Windows fonts get them through styles/fontconfig.conf, the fallback chains as
fontconfig aliases; this script uses it the way a user would, through FONTCONFIG_FILE.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_3b3a078ac755e827.txt"
TABLE_PAGE = ROOT / "tests" / "data" / "pages" / "report.html"
GONGWEN_SAMPLES = ROOT / "tests" / "data" / "gongwen"
GONGWEN_VARIANTS = ("file", "request", "letter", "order", "minutes")
OUT = ROOT / "docs" / "pictures"
DPI = 60  # an A4 page at 60 dpi is 496 x 702 px: readable, and well under 200 KB as PNG
PAGE_PX = (round(210 / 25.4 * DPI), round(297 / 25.4 * DPI))


def need(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit(f"render_pictures: {names[0]} not found (make pictures installs it)")


def first_page_png(pdf: Path, dest: Path) -> None:
    stem = dest.with_suffix("")
    subprocess.run([need("pdftoppm"), "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", "-png",
                    str(pdf), str(stem)], check=True)


def two_pages_png(pdf: Path, dest: Path) -> None:
    """Pages 1 and 2 of a PDF side by side (a table on one, its chart on the next)."""
    from PIL import Image

    stem = dest.with_name(dest.stem + "-page")
    subprocess.run([need("pdftoppm"), "-r", str(DPI), "-f", "1", "-l", "2", "-png", str(pdf), str(stem)],
                   check=True)
    pages = sorted(dest.parent.glob(stem.name + "-*.png"))
    images = [Image.open(p).convert("RGB") for p in pages]
    gap = 8
    sheet = Image.new("RGB", (sum(i.width for i in images) + gap * (len(images) - 1),
                              max(i.height for i in images)), (160, 160, 160))
    x = 0
    for image in images:
        sheet.paste(image, (x, 0))
        x += image.width + gap
    sheet.save(dest, optimize=True)
    for page in pages:
        page.unlink()


def fontconfig_file(work: Path) -> Path:
    """The system configuration plus the project's aliases."""
    conf = work / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <include>{ROOT / 'styles' / 'fontconfig.conf'}</include>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def docx_to_pdf(docx: Path, work: Path) -> Path:
    env = dict(os.environ, FONTCONFIG_FILE=str(fontconfig_file(work)), HOME=str(work))
    profile = (work / "lo-profile").as_uri()  # never touch the user's LibreOffice profile
    subprocess.run(
        [need("soffice", "libreoffice"), f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(work / "lo"), str(docx)],
        check=True, env=env, capture_output=True, timeout=300,
    )
    return work / "lo" / (docx.stem + ".pdf")


def raw_page_png(text_file: Path, dest: Path, work: Path) -> None:
    """The scraped text as a browser shows a text file: one long line per paragraph, wrapped."""
    page = work / "raw.html"
    text = text_file.read_text(encoding="utf-8")
    page.write_text(
        '<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><body style="margin:8px">'
        f'<pre style="white-space:pre-wrap;font-size:12px;margin:0">{html.escape(text)}</pre></body></html>',
        encoding="utf-8",
    )
    width, height = PAGE_PX
    subprocess.run(
        [need("chromium", "chromium-browser", "google-chrome"), "--headless", "--no-sandbox", "--disable-gpu",
         "--hide-scrollbars", f"--window-size={width},{height}", f"--screenshot={dest}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )


def main() -> int:
    from reportfmt.api import convert_file

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reportfmt-pictures-") as tmp:
        work = Path(tmp)
        record = convert_file(SEED, work / "out", to="docx,pdf")
        if record["status"] != "ok":
            raise SystemExit(f"render_pictures: {record['error']}")
        first_page_png(docx_to_pdf(Path(record["outputs"]["docx"]), work), OUT / "docx.png")
        first_page_png(Path(record["outputs"]["pdf"]), OUT / "pdf.png")
        raw_page_png(SEED, OUT / "raw.png", work)
        names = ["raw.png", "docx.png", "pdf.png", "table-docx.png", "table-pdf.png"]
        # A saved page with its report_files/ folder: a table with masked cells, a chart.
        record = convert_file(TABLE_PAGE, work / "table", to="docx,pdf")
        if record["status"] != "ok":
            raise SystemExit(f"render_pictures: {record['error']}")
        two_pages_png(docx_to_pdf(Path(record["outputs"]["docx"]), work), OUT / "table-docx.png")
        two_pages_png(Path(record["outputs"]["pdf"]), OUT / "table-pdf.png")
        for variant in GONGWEN_VARIANTS:
            record = convert_file(GONGWEN_SAMPLES / f"{variant}.txt", work / "gongwen", to="docx,pdf",
                                  options={"layout": "gongwen"})
            if record["status"] != "ok":
                raise SystemExit(f"render_pictures: {record['error']}")
            first_page_png(docx_to_pdf(Path(record["outputs"]["docx"]), work), OUT / f"gongwen-{variant}-docx.png")
            first_page_png(Path(record["outputs"]["pdf"]), OUT / f"gongwen-{variant}-pdf.png")
            names += [f"gongwen-{variant}-docx.png", f"gongwen-{variant}-pdf.png"]
    for name in names:
        size = (OUT / name).stat().st_size
        print(f"wrote {(OUT / name).relative_to(ROOT)} ({size // 1024} KB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Where things really are in a PDF: text lines with their boxes (pdftotext -bbox-layout)
and the colours of a rendered page (pdftoppm), both from poppler-utils."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

from reportfmt.write import fonts

PT_PER_MM = 72 / 25.4
PAGE_H = 841.89
TEXT_LEFT = 28 * PT_PER_MM
TEXT_RIGHT = (210 - 26) * PT_PER_MM
TEXT_TOP = 37 * PT_PER_MM
TEXT_BOTTOM = PAGE_H - 35 * PT_PER_MM

# Tests reading a rendered PDF need a CJK font to render it and poppler to read it.
needs_cjk_font = pytest.mark.skipif(not fonts.find_cjk_fonts(), reason="no CJK font (apt-get install fonts-noto-cjk)")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@dataclass
class Line:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


_PAGE = re.compile(r"<page\b")
_LINE = re.compile(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', re.S)
_WORD = re.compile(r"<word[^>]*>(.*?)</word>", re.S)


def pdf_lines(pdf: Path) -> list[Line]:
    """Every text line, page by page, top to bottom, its words joined without blanks."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    lines = []
    for number, page in enumerate(_PAGE.split(xml)[1:], start=1):
        for m in _LINE.finditer(page):
            text = "".join(unescape(w) for w in _WORD.findall(m.group(5)))
            lines.append(Line(number, *(float(m.group(i)) for i in range(1, 5)), text))
    return lines


@dataclass
class Raster:
    width: int
    height: int
    scale: float  # pixels per point
    data: bytes

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        i = (y * self.width + x) * 3
        return self.data[i], self.data[i + 1], self.data[i + 2]

    def count(self, box: tuple[float, float, float, float], test) -> int:
        """Pixels inside a box given in points (x0, y0, x1, y1) for which test(r, g, b)."""
        x0, y0, x1, y1 = (round(v * self.scale) for v in box)
        return sum(test(*self.rgb(x, y)) for y in range(max(y0, 0), min(y1, self.height))
                   for x in range(max(x0, 0), min(x1, self.width)))

    def rows(self, test, min_share: float, x0: float = TEXT_LEFT, x1: float = TEXT_RIGHT) -> list[tuple[float, float]]:
        """Horizontal rules: runs of pixel rows where test() holds across min_share of
        [x0, x1]; each as (top, bottom) in points."""
        left, right = round(x0 * self.scale), round(x1 * self.scale)
        rules, start = [], None
        for y in range(self.height):
            hits = sum(test(*self.rgb(x, y)) for x in range(left, right, 2))
            full = hits >= min_share * (right - left) / 2
            if full and start is None:
                start = y
            elif not full and start is not None:
                rules.append((start / self.scale, y / self.scale))
                start = None
        return rules


def render(pdf: Path, page: int, dpi: int = 144) -> Raster:
    ppm = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf)],
                         capture_output=True, check=True).stdout
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", ppm)
    width, height = int(header.group(1)), int(header.group(2))
    return Raster(width, height, dpi / 72, ppm[header.end():])


def is_red(r: int, g: int, b: int) -> bool:
    return r > 180 and g < 110 and b < 110


def is_dark(r: int, g: int, b: int) -> bool:
    return r < 110 and g < 110 and b < 110

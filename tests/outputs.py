"""Read what really ended up in DOCX, EPUB and PDF files."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style id, text) for every paragraph of the DOCX body."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    result = []
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        result.append((style.get(f"{W}val") if style is not None else "", text))
    return result


def docx_masked_text(path: Path) -> str:
    """Concatenated text of every run styled with the Masked character style."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    parts = []
    for run in root.iter(f"{W}r"):
        style = run.find(f"{W}rPr/{W}rStyle")
        if style is not None and style.get(f"{W}val") == "Masked":
            parts.extend(t.text or "" for t in run.iter(f"{W}t"))
    return "".join(parts)


def docx_core_title(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
    match = re.search(r"<dc:title>(.*?)</dc:title>", core)
    return match.group(1) if match else ""


def epub_files(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xhtml", ".opf"))}


def epub_chapters(data: bytes) -> str:
    """The XHTML of an EPUB's chapters (pandoc's EPUB/text/ch*.xhtml), joined, from its bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("EPUB/text/ch"))


def strip_tags(html: str) -> str:
    """Visible text: tags and the inline <style> removed."""
    html = re.sub(r"<style[^>]*>.*?</style>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", "", html)

"""A page the passes leave alone (not Chinese) names no language: its EPUB and HTML say
"und" (undetermined, BCP 47), never the locale pandoc would take ("C" in a container, or the
converting machine's own language)."""

from __future__ import annotations

import io
import re
import zipfile

from reportfmt.api import convert_text

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Garden Club Notes</title></head>
<body><article><h1>Garden Club Notes</h1>
<p>The spring planting day moved to the second Saturday because of the rain.</p>
<h2>Tools</h2><p>Members are asked to bring their own gloves and a small trowel.</p>
</article></body></html>"""


def test_epub_language_undetermined(monkeypatch):
    monkeypatch.setenv("LANG", "C")  # a container's locale
    data = convert_text(PAGE, to="epub", input_format="html")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        opf = z.read("EPUB/content.opf").decode()
        chapters = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml"))
    assert re.findall(r"<dc:language>([^<]*)</dc:language>", opf) == ["und"]
    assert set(re.findall(r'xml:lang="([^"]*)"', chapters)) == {"und"}


def test_html_language_undetermined(monkeypatch):
    monkeypatch.setenv("LANG", "C")
    html = convert_text(PAGE, to="html", input_format="html")
    assert re.search(r'<html[^>]* lang="und"', html)

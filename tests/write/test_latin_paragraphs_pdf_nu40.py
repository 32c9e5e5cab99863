"""An English paragraph in a Chinese report is set in English in the PDF (hyphenated, its lines broken
as an English text's): before, the Chinese page's settings justified it first-fit without hyphens, and
lines spread a few words across the width with gaps of several characters."""

from __future__ import annotations

import re
import subprocess
from html import unescape
from itertools import pairwise

import panflute as pf

from pdf_layout import needs_cjk_font, needs_poppler
from reportfmt.api import convert_text
from reportfmt.options import Options
from reportfmt.write.conform import adapt_for, latin_paragraph, typst_unchanged

ENGLISH = ("Throughout the year the repair corner welcomed more than twelve thousand visitors, catalogued three "
           "thousand additional spare parts, organised twenty discussion evenings and recorded upwards of one "
           "thousand volunteer hours; internationalisation initiatives, notwithstanding administrative "
           "complications, progressed satisfactorily.")
PAGE = ("<html lang='zh'><head><meta charset='utf-8'><title>社区修理角年度小结</title></head><body>"
        "<h1>社区修理角年度小结</h1>"
        "<p>一年来，社区修理角共修好家用电器四百余件，培训新志愿者十一名，记录了常见故障。</p>"
        f"<p>{ENGLISH}</p>"
        "<p>下一步，修理角将与回收站合作，把修不好的电器分类送去回收。</p></body></html>")


def test_only_the_latin_paragraph_is_set_in_english():
    doc = pf.Doc(pf.Para(pf.Str("一年来，社区修理角共修好家用电器四百余件。")), pf.Para(*_words(ENGLISH)))
    assert not latin_paragraph(doc.content[0]) and latin_paragraph(doc.content[1])
    assert not latin_paragraph(pf.Para(*_words("修理角 uses a Repair Log 记录每一件电器的故障和处理结果，方便回访。")))
    assert not typst_unchanged(doc)
    out = adapt_for(doc, "pdf", Options())
    kinds = [(type(b).__name__, getattr(b, "text", "")[:12]) for b in out.content]
    assert kinds == [("Para", ""), ("RawBlock", '#[#set text('), ("Para", ""), ("RawBlock", "]")]


@needs_cjk_font
@needs_poppler
def test_the_english_paragraphs_lines_have_no_wide_gaps(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(convert_text(PAGE, to="pdf", input_format="html"))
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    gaps = []
    for line in re.findall(r"<line [^>]*>(.*?)</line>", xml, re.S):
        words = [(float(a), float(b), unescape(w)) for a, b, w in
                 re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</word>', line)]
        if len(words) >= 2 and not any(re.search(r"[\u3400-\u9fff—]", w) for _, _, w in words):
            gaps.append(max(b[0] - a[1] for a, b in pairwise(words)))
    assert len(gaps) >= 3  # the English paragraph's lines were found
    assert max(gaps) < 12  # points: a blank stretched a little, never several characters wide


def _words(text: str) -> list[pf.Inline]:
    inlines: list[pf.Inline] = []
    for word in text.split(" "):
        inlines += [pf.Str(word), pf.Space()]
    return inlines[:-1]

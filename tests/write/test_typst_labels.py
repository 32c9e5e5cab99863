"""A page's anchors (<a name="…"></a>, a span or div with an id) get no typst label: pandoc's typst
writer wrote each as a bare "<name>", attached to nothing at the start of a bold run or paragraph,
and several in a row labelled one element many times; typst warned of both. Headings keep theirs
(a kept link points to one), and the PDF's named destinations are theirs alone."""

from __future__ import annotations

import io
import logging

import pytest

from reportfmt.batch.job import process_bytes
from reportfmt.options import Options
from reportfmt.write.render import render

pypdf = pytest.importorskip("pypdf")

# Anchors as pages print them (made-up words): one opening a bold lead-in, three in a row over a
# section, one inside a div with an id of its own; a link back to the section heading.
ANCHORS = ('<h2 id="part-one">一、基本情况</h2>'
           '<p><b><a name="summary"></a>摘要：</b>本文介绍社区花园的养护安排和人员分工。</p>'
           '<p><a name="1"></a> <a name="sub_1"></a> <a name="养护安排"></a></p>'
           '<h2 id="part-two">二、养护安排</h2>'
           '<div id="article-body"><p>各班组每周巡查两次<a name="weekly"></a>，发现枯枝及时清理，'
           '人员安排见<a href="#part-one">基本情况</a>一节。</p></div>'
           '<p><span id="summary">再次说明</span>养护由各班组负责。</p>')
# The same through the adapted copy (a paragraph in English sends a page there: typst_dump.py).
LATIN = "<p>The gardeners will prune every hedge along the east path before the spring visit begins.</p>"


@pytest.mark.parametrize("extra", ["", LATIN], ids=["dump", "copy"])
def test_anchors_leave_no_stray_labels_in_the_pdf(caplog, extra):
    page = f"<html><head><title>社区花园说明</title></head><body>{ANCHORS}{extra}</body></html>"
    doc = process_bytes(page.encode("utf-8"), "garden.html", Options()).doc
    with caplog.at_level(logging.WARNING, logger="reportfmt.write.pdf"):
        pdf = pypdf.PdfReader(io.BytesIO(render(doc, "pdf", Options())))
    typst_warnings = [r.getMessage() for r in caplog.records if r.name == "reportfmt.write.pdf"]
    assert not [w for w in typst_warnings if "label" in w], typst_warnings
    text = "".join("".join(p.extract_text() for p in pdf.pages).split())
    for words in ("摘要：本文介绍社区花园", "各班组每周巡查两次，发现枯枝及时清理，人员安排见基本情况一节。",
                  "再次说明养护由各班组负责。"):
        assert words in text
    # The headings (the outline's, and the kept link's target) are the destinations: no anchor
    # became one.
    assert set(pdf.named_destinations) == {"part-one", "part-two"}

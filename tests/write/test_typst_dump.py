"""The PDF's JSON written in one dump (write/typst_dump.py) is the text that adapting a loaded
copy for typst (conform.adapt_for) and dumping it gives; pages it cannot write go to the copy."""

from __future__ import annotations

import io
import json

import panflute as pf
import pytest

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.write import render as render_module
from reportfmt.write.conform import adapt_for
from reportfmt.write.json_dump import dumps
from reportfmt.write.tables import lay_out_tables
from reportfmt.write.typst_dump import dumps_for_typst

# Marks typst needs spelled out, in the places the dump reaches: a dead link holding bold text and
# followed by ".", a kept link and bold text followed by ".", minus signs in a list, a quote and a
# table cell, dead links in nested lists and a cell, an article label, a run-in head; anchors (a
# quote's, a cell's) whose typst labels go.
MARKED = """<h1>关于园区绿化的说明</h1><h2 id="part-a">一、总体情况</h2>
<p>详见<a href="/notes/7.html">往期<b>公告</b></a>.此后<a href="https://example.org/p">官网</a>.AB与<strong>加粗</strong>.y收尾。</p>
<ul><li>夜间气温(-4度)，<a href="/map.html">地图</a>在此。</li><li>跌幅 -1.5%，参见<a href="#part-a">总体情况</a>.</li>
<li>外层<ul><li>内层<a href="/deep">深处</a></li></ul></li></ul>
<ol start="2"><li><p>第二项说明。</p></li></ol>
<blockquote><p><a name="q1"></a>摘录里有<a href="/quote">旧链接</a>和 -6 的读数。</p></blockquote>
<table><tr><th>项目</th><th>变化</th></tr><tr><td><a name="r1"></a>苗木</td><td>-12%</td></tr>
<tr><td><a href="/t">明细</a></td><td>持平</td></tr></table>
<p>第三条　园区内禁止攀折花木。</p><p><b>一是明确责任。</b>各班组分片负责。</p>
<p>页内<span style="color:blue">蓝字</span><code>v-2</code>与<q>引文 -8</q>。</p>"""

# Masks (a name and a number the page printed masked) and two run-in heads.
MASKED_AND_RUN_IN = ("<p>联系人：赵**，电话：1390000****。</p><p>一、养护安排</p>"
                     "<p>（一）分片包干。每个班组负责一片区域，每周巡查两次，发现问题及时处理。</p>"
                     "<p>（二）定期通报。每月汇总各片区情况，在例会上通报，限期整改到位。</p>")

# Each sends the page to the copy: a paragraph in English, a definition list's line break.
TO_THE_COPY = {
    "latin": "<p>The gardeners will prune every hedge along the east path before the spring visit begins.</p>",
    "term-break": "<dl><dt>花 名<br>树 种</dt><dd>月季 香樟</dd></dl>",
}


def _doc(body: str, options=None):
    page = f"<html><head><title>园区说明</title></head><body>{body}</body></html>"
    return process_bytes(page.encode("utf-8"), "page.html", options or build_options({})).doc


def _copy_adapted(doc: pf.Doc, options) -> str:
    """What render did for every page typst changes: load a copy, lay out, adapt, dump."""
    copy = lay_out_tables(pf.load(io.StringIO(dumps(doc))), "pdf")
    return dumps(adapt_for(copy, "pdf", options))


@pytest.mark.parametrize("style", ["highlight", "box", "underline", "plain"])
def test_the_dump_writes_what_the_adapted_copy_gives(style):
    options = build_options({"masks.style": style})
    doc = _doc(MARKED + MASKED_AND_RUN_IN, options)
    text = dumps_for_typst(doc, style)
    assert text is not None
    assert text == _copy_adapted(doc, options)
    assert text != dumps(doc)  # there was something to change
    raw = [item["c"][1] for item in _inlines(json.loads(text)) if item["t"] == "RawInline"]
    assert ";" in raw and "\\-" in raw and "#articlelabel[" in raw and "#runin[" in raw
    assert ("#masked[" if style == "highlight" else f"#masked-{style}[") in raw or style == "plain"


def _inlines(node):
    if isinstance(node, dict):
        if node.get("t") == "RawInline":
            yield node
        yield from _inlines(node.get("c"))
        for key in ("blocks", "meta"):
            yield from _inlines(node.get(key))
    elif isinstance(node, list):
        for item in node:
            yield from _inlines(item)


def test_a_page_with_nothing_to_change_is_its_plain_dump():
    doc = _doc("<h1>通知</h1><p>明天上午九点集合，<a href='https://example.org'>报名</a>请提前。</p>")
    assert dumps_for_typst(doc, "highlight") == dumps(doc)


@pytest.mark.parametrize("name", sorted(TO_THE_COPY))
def test_what_only_the_copy_does_sends_the_page_there(name):
    doc = _doc(MARKED + TO_THE_COPY[name])
    assert dumps_for_typst(doc, "highlight") is None


def test_a_small_table_and_a_picture_go_to_the_copy():
    doc = _doc(MARKED)
    table = next(b for b in doc.content if isinstance(b, pf.Table))
    table.classes.append("table-small")
    assert dumps_for_typst(doc, "highlight") is None
    doc = _doc(MARKED)
    doc.content.append(pf.Para(pf.Image(pf.Str("示意图"), url="pic.png")))
    assert dumps_for_typst(doc, "highlight") is None


def test_a_few_english_words_in_a_chinese_paragraph_stay_in_the_dump():
    body = MARKED + "<p>本季度引进了Ginkgo和Magnolia等品种，另有Acer若干，长势良好，养护工作按计划推进中。</p>"
    doc = _doc(body)
    assert dumps_for_typst(doc, "highlight") == _copy_adapted(doc, build_options({}))


def test_render_hands_pandoc_the_dump(monkeypatch):
    handed = []
    monkeypatch.setattr(render_module, "run_pandoc", lambda args, data, timeout=None: handed.append(data) or b"")
    import reportfmt.write.pdf as pdf

    monkeypatch.setattr(pdf, "compile_pdf", lambda *args, **kwargs: b"%PDF")
    monkeypatch.setattr(render_module, "loads", lambda text: pytest.fail("a copy was read back"))
    options = build_options({})
    doc = _doc(MARKED)
    render_module.render(doc, "pdf", options)
    assert handed == [_copy_adapted(doc, options).encode("utf-8")]

"""DOCX's table layout written while dumping (json_dump.dumps_laid_out) is the text that laying
out a loaded copy (write/tables.lay_out_tables) and dumping it gives, and render uses it."""

from __future__ import annotations

import io
import json
import zipfile

import panflute as pf

from reportfmt.options import Options
from reportfmt.passes.tables import LANDSCAPE_CLASS, SMALL_CLASS
from reportfmt.write.json_dump import dumps, dumps_laid_out
from reportfmt.write.pandoc import read_with_pandoc, run_pandoc
from reportfmt.write.render import pandoc_writer_args, render
from reportfmt.write.tables import docx_table_styles, lay_out_tables

TABLE_HTML = """<table><caption>年度统计</caption>
<thead><tr><th>项目</th><th>情况</th></tr></thead>
<tbody><tr><td rowspan="2">甲</td><td>完成</td></tr><tr><td align="right">进行中</td></tr></tbody>
<tbody><tr><td colspan="2">合计</td></tr></tbody>
<tfoot><tr><td>注</td><td>截至年底</td></tr></tfoot></table>"""

# A cell holding a nested table, an empty cell, and a cell of two paragraphs.
NESTED_HTML = """<p>前言段落。</p><table><tr><th>名称</th><th>明细</th></tr>
<tr><td>甲</td><td><table><tr><td>内一</td><td>内二</td></tr></table></td></tr>
<tr><td></td><td><p>第一段。</p><p>第二段。</p></td></tr></table><p>结语。</p>"""


def _copy_laid_out(doc: pf.Doc) -> str:
    """What render did before: load a copy, lay it out, dump it."""
    return dumps(lay_out_tables(pf.load(io.StringIO(dumps(doc))), "docx"))


def _cells(table_json: dict) -> list:
    _attr, _caption, _colspec, head, bodies, foot = table_json["c"]
    rows = [*head[1], *(row for body in bodies for row in (*body[2], *body[3])), *foot[1]]
    return [cell for row in rows for cell in row[1]]


def test_head_body_and_foot_cells_take_the_table_styles_as_the_copy_did():
    doc = read_with_pandoc(TABLE_HTML, "html")
    text, tables = dumps_laid_out(doc, docx_table_styles)
    assert tables == 1
    assert text == _copy_laid_out(doc)
    table = next(b for b in json.loads(text)["blocks"] if b["t"] == "Table")
    styles = []
    for cell in _cells(table):
        (div,) = cell[4]
        assert div["t"] == "Div"
        styles.append(dict(div["c"][0][2])["custom-style"])
        assert [block["t"] for block in div["c"][1]] == ["Para"]  # a cell's Plain becomes Para
    # Heading row, three body rows (one cell spans two rows, one two columns), the foot row.
    assert styles == ["Table Heading"] * 2 + ["Table Text"] * 6


def test_a_small_table_nested_tables_and_empty_cells_match_the_copy():
    doc = read_with_pandoc(NESTED_HTML, "html")
    outer = next(b for b in doc.content if isinstance(b, pf.Table))
    outer.classes.append(SMALL_CLASS)
    text, tables = dumps_laid_out(doc, docx_table_styles)
    assert tables == 2  # the outer table and the one in its cell
    assert text == _copy_laid_out(doc)
    assert '"Table Text Small"' in text and '"Table Heading Small"' in text
    empty = [cell for cell in _cells(next(b for b in json.loads(text)["blocks"] if b["t"] == "Table"))
             if not cell[4]]
    assert len(empty) == 1  # the empty cell stays empty, as lay_out_tables leaves it


def test_a_cell_already_styled_keeps_its_div():
    doc = read_with_pandoc(TABLE_HTML, "html")
    table = next(b for b in doc.content if isinstance(b, pf.Table))
    first = table.head.content[0].content[0]
    first.content = [pf.Div(pf.Plain(pf.Str("项目")), attributes={"custom-style": "Own Style"})]
    text, _ = dumps_laid_out(doc, docx_table_styles)
    assert text == _copy_laid_out(doc)
    assert text.count('"Own Style"') == 1 and text.count('"Table Heading"') == 1


def test_a_table_inside_a_list_is_not_reached_so_render_lays_out_a_copy():
    doc = read_with_pandoc("- 条目\n\n    | 甲 | 乙 |\n    |----|----|\n    | 1  | 2  |\n", "markdown")
    _, tables = dumps_laid_out(doc, docx_table_styles)
    assert tables == 0  # panflute's own to_json wrote the list: the caller must not trust the text
    expected = run_pandoc(["-f", "json", *pandoc_writer_args("docx"), "-o", "-"],
                          _copy_laid_out(doc).encode("utf-8"))
    assert _document_xml(render(doc, "docx", Options())) == _document_xml(expected)
    assert 'w:pStyle w:val="TableText"' in _document_xml(expected)  # the copy laid the table out


def test_render_writes_the_same_docx_as_the_copy_and_leaves_landscape_to_the_copy():
    doc = read_with_pandoc(NESTED_HTML, "html")
    for classes in ([], [LANDSCAPE_CLASS]):
        table = next(b for b in doc.content if isinstance(b, pf.Table))
        table.classes[:] = classes
        expected = run_pandoc(["-f", "json", *pandoc_writer_args("docx"), "-o", "-"],
                              _copy_laid_out(doc).encode("utf-8"))
        xml = _document_xml(render(doc, "docx", Options()))
        assert xml == _document_xml(expected)
        assert xml.count('w:orient="landscape"') == (1 if classes else 0)
    assert dumps(doc) == dumps(pf.load(io.StringIO(dumps(doc))))  # render left `doc` unchanged


def _document_xml(docx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read("word/document.xml").decode("utf-8")

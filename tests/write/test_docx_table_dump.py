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
from reportfmt.write.tables import docx_sections, docx_table_styles, lay_out_tables

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


def test_the_table_takes_the_text_style_once_and_heading_cells_their_own():
    doc = read_with_pandoc(TABLE_HTML, "html")
    text, tables = dumps_laid_out(doc, docx_table_styles)
    assert tables == 1
    assert text == _copy_laid_out(doc)
    (div,) = [b for b in json.loads(text)["blocks"] if b["t"] == "Div"]
    assert dict(div["c"][0][2]) == {"custom-style": "Table Text"}
    (table,) = div["c"][1]
    assert table["t"] == "Table"
    heading, other = [], []
    for cell in _cells(table):
        blocks = cell[4]
        if blocks[0]["t"] == "Div":
            heading.append(dict(blocks[0]["c"][0][2])["custom-style"])
            blocks = blocks[0]["c"][1]
        else:
            other.append(cell)
        assert [block["t"] for block in blocks] == ["Para"]  # a cell's Plain becomes Para
    # Heading row in its own style; three body rows (one cell spans two rows, one two columns)
    # and the foot row take the table's: 6 cells with no Div of their own (one per cell before).
    assert heading == ["Table Heading"] * 2
    assert len(other) == 6
    assert text.count('"custom-style"') == 3


# Every place a cell's paragraph can sit: caption, heading and foot rows, a body's own heading
# rows and row-head column, spans, an alignment, an empty cell (heading and body), a list in a
# cell, a cell of two paragraphs, a cell with its own style, a nested table.
EVERY_PLACE_MD = """前言段落。

+--------+-------------------+
| 名称   | 明细              |
+========+===================+
| 甲     | - 条目一          |
|        | - 条目二          |
+--------+-------------------+
|        | 第一段。          |
|        |                   |
|        | 第二段。          |
+--------+-------------------+
| 合计   | 完成              |
+========+===================+
| 注     | 截至年底          |
+--------+-------------------+

: 统计表

结语。
"""

# Tables in a row, at the top, in a quotation and in a cell: pandoc's writer puts an empty
# paragraph between two (Word would join them), which it must still do once each has its Div.
TABLES_IN_A_ROW_MD = """| 甲 | 乙 |
|----|----|
| 1  | 2  |

| 丙 | 丁 |
|----|----|
| 3  | 4  |

> | 戊 | 己 |
> |----|----|
> | 5  | 6  |
>
> | 庚 | 辛 |
> |----|----|
> | 7  | 8  |
"""
TABLES_IN_A_CELL_HTML = """<table><tr><td><table><tr><td>内一</td></tr></table><table><tr><td>内二</td></tr>
</table></td><td>外</td></tr></table><table><tr><td>紧随其后</td></tr></table>"""


def _per_cell_layout(doc: pf.Doc) -> str:
    """The layout before the table's own Div: every non-empty cell's blocks in a Div of its
    style (heading cells the heading style, the others the text style)."""
    copy = pf.load(io.StringIO(dumps(doc)))
    for table in [e for e in _walk(copy) if isinstance(e, pf.Table)]:
        heading, text = docx_table_styles(table)
        sections = [(table.head, heading), *((b, text) for b in table.content), (table.foot, text)]
        for section, style in sections:
            rows = [*section.head, *section.content] if isinstance(section, pf.TableBody) else list(section.content)
            for cell in (cell for row in rows for cell in row.content):
                blocks = list(cell.content)
                if blocks and not (len(blocks) == 1 and isinstance(blocks[0], pf.Div)
                                   and "custom-style" in blocks[0].attributes):
                    blocks = [pf.Para(*b.content) if isinstance(b, pf.Plain) else b for b in blocks]
                    cell.content = [pf.Div(*blocks, attributes={"custom-style": style})]

    def landscape(elem, _doc):
        if isinstance(elem, pf.Table) and LANDSCAPE_CLASS in elem.classes:
            portrait, turned = docx_sections()
            return [pf.RawBlock(portrait, format="openxml"), elem, pf.RawBlock(turned, format="openxml")]
        return None

    return dumps(copy.walk(landscape))


def _walk(doc: pf.Doc) -> list:
    found = []
    doc.walk(lambda elem, _doc: found.append(elem))
    return found


def test_one_div_per_table_writes_the_document_a_div_per_cell_wrote():
    pages = [read_with_pandoc(TABLE_HTML, "html"), read_with_pandoc(NESTED_HTML, "html"),
             read_with_pandoc(EVERY_PLACE_MD, "markdown"), read_with_pandoc(TABLES_IN_A_ROW_MD, "markdown"),
             read_with_pandoc(TABLES_IN_A_CELL_HTML, "html"), read_with_pandoc(TABLES_IN_A_ROW_MD, "markdown")]
    pages[-1].content[1].classes.append(LANDSCAPE_CLASS)  # a landscape table meets no other
    own = pages[0].content[0].head.content[0].content[0]
    own.content = [pf.Div(pf.Plain(pf.Str("项目")), attributes={"custom-style": "Own Style"})]
    pages[0].content[0].head.content[0].content[1].content = []  # an empty heading cell
    body = pages[0].content[0].content[0]
    body.head = [pf.TableRow(pf.TableCell(pf.Plain(pf.Str("分组"))), pf.TableCell())]
    body.row_head_columns = 1
    next(b for b in pages[1].content if isinstance(b, pf.Table)).classes.append(SMALL_CLASS)
    writer = ["-f", "json", *pandoc_writer_args("docx"), "-o", "-"]
    separators = []
    for doc in pages:
        before = _document_xml(run_pandoc(writer, _per_cell_layout(doc).encode("utf-8")))
        laid_out, _ = dumps_laid_out(doc, docx_table_styles)
        assert laid_out.count('"custom-style"') < _per_cell_layout(doc).count('"custom-style"')
        if LANDSCAPE_CLASS not in laid_out:  # render lays out a copy for a landscape table
            assert _document_xml(run_pandoc(writer, laid_out.encode("utf-8"))) == before
        assert _document_xml(render(doc, "docx", Options())) == before
        assert _document_xml(run_pandoc(writer, _copy_laid_out(doc).encode("utf-8"))) == before
        separators.append(before.count("<w:p />"))
    # Two pairs in a row (top, quotation); the pair in the cell, the cell's end (a cell ends
    # in a paragraph) and the outer table with the next; one pair left once a landscape table
    # breaks the top pair.
    assert separators[3:] == [2, 3, 1]


def test_a_small_table_nested_tables_and_empty_cells_match_the_copy():
    doc = read_with_pandoc(NESTED_HTML, "html")
    outer = next(b for b in doc.content if isinstance(b, pf.Table))
    outer.classes.append(SMALL_CLASS)
    text, tables = dumps_laid_out(doc, docx_table_styles)
    assert tables == 2  # the outer table and the one in its cell
    assert text == _copy_laid_out(doc)
    assert '"Table Text Small"' in text and '"Table Heading Small"' in text
    (div,) = [b for b in json.loads(text)["blocks"] if b["t"] == "Div"]  # the outer table's
    empty = [cell for cell in _cells(div["c"][1][0]) if not cell[4]]
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

"""Figures, tables and lists passes, layout tables, masked cells, and the small fixes of issue 14
(author, sentence-final "。", markdown masks, convert_text types)."""

from __future__ import annotations

import panflute as pf
import pytest

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes import figures, lists, tables
from reportfmt.pipeline import run_passes
from reportfmt.read.reader import read_text
from reportfmt.write.render import doc_to_json

PROSE = ("<p>本段是正文内容，用来说明有关情况，篇幅足以让页面被识别为文章主体部分。</p>"
         "<p>第二段继续介绍工作进展，列举了若干具体做法和取得的成效。</p>"
         "<p>第三段总结经验，提出下一步改进的方向和措施。</p>")


def html_doc(body: str) -> pf.Doc:
    doc = read_text(f"<html><body>{PROSE}{body}{PROSE}</body></html>", source="p.html", fmt="html")
    run_passes(doc, build_options())
    return doc


def blocks_of(doc: pf.Doc, kind) -> list:
    found = []
    doc.walk(lambda e, _d: found.append(e) if isinstance(e, kind) else None)
    return found


def caption(elem) -> str:
    return pf.stringify(elem.caption).strip()


def test_caption_line_above_a_table_becomes_its_caption_once():
    doc = html_doc("<p>表1 2023年主要指标</p><table><tr><th>指标</th><th>数值</th></tr>"
                   "<tr><td>产值</td><td>12.5</td></tr></table>")
    (table,) = blocks_of(doc, pf.Table)
    assert caption(table) == "表1 2023年主要指标"
    assert "表1 2023年主要指标" not in [pf.stringify(b) for b in doc.content if isinstance(b, pf.Para)]


def test_unnumbered_captions_are_numbered_on_from_the_last_number():
    doc = html_doc("<table><caption>各镇产量</caption><tr><th>镇</th><th>产量</th></tr>"
                   "<tr><td>甲</td><td>1</td></tr></table>"
                   "<p>表3 各村产量</p><table><tr><th>村</th><th>产量</th></tr><tr><td>乙</td><td>2</td></tr></table>"
                   "<table><caption>各户产量</caption><tr><th>户</th><th>产量</th></tr><tr><td>丙</td><td>3</td></tr></table>")
    assert [caption(t) for t in blocks_of(doc, pf.Table)] == ["表1 各镇产量", "表3 各村产量", "表4 各户产量"]


def test_picture_caption_from_the_line_below_or_the_alt_text():
    doc = read_text(
        f"<html><body>{PROSE}<p><img src='a.png' alt='图片'></p><p>图1 各季度增速</p>"
        f"<p><img src='b.png' alt='全年走势'></p><p>结尾一段说明数据来源，并对后续工作作出安排。</p></body></html>",
        source="p.html", fmt="html", resources={"a.png": _png(), "b.png": _png(200)})
    run_passes(doc, build_options())
    assert [caption(f) for f in blocks_of(doc, pf.Figure)] == ["图1 各季度增速", "图2 全年走势"]
    assert not [b for b in doc.content if isinstance(b, pf.Para) and pf.stringify(b).startswith("图1")]


def test_figures_pass_twice_changes_nothing():
    doc = html_doc("<p>表1 指标</p><table><tr><th>a</th><th>b</th></tr><tr><td>x</td><td>1</td></tr></table>")
    once = doc_to_json(doc)
    figures.main(doc)
    tables.main(doc)
    lists.main(doc)
    assert doc_to_json(doc) == once


def test_numeric_columns_are_right_aligned_and_widths_fill_the_text():
    doc = html_doc("<table><tr><th>地区</th><th>产值（亿元）</th><th>备注</th></tr>"
                   "<tr><td>甲区</td><td>1,208.4</td><td>含开发区</td></tr>"
                   "<tr><td>乙区</td><td>***</td><td>暂未核定</td></tr></table>")
    (table,) = blocks_of(doc, pf.Table)
    assert [a for a, _w in table.colspec] == ["AlignDefault", "AlignRight", "AlignDefault"]
    assert sum(w for _a, w in table.colspec) == pytest.approx(1.0)
    assert not set(table.classes) & {"table-small", "table-landscape"}


@pytest.mark.parametrize(("columns", "expected"), [(8, "table-small"), (16, "table-landscape")])
def test_wide_tables_get_a_smaller_font_or_a_landscape_page(columns, expected):
    head = "".join(f"<th>指标{i}</th>" for i in range(columns))
    row = "".join(f"<td>{1000 + i}.25</td>" for i in range(columns))
    (table,) = blocks_of(html_doc(f"<table><tr>{head}</tr><tr>{row}</tr></table>"), pf.Table)
    assert expected in table.classes


def test_every_wholly_masked_cell_is_marked():
    doc = html_doc("<table><tr><th>项目</th><th>数值</th></tr><tr><td>甲</td><td>****</td></tr>"
                   "<tr><td>乙</td><td>***</td></tr><tr><td>丙</td><td>**.*</td></tr><tr><td>**镇</td><td>5</td></tr></table>")
    marked = [pf.stringify(s) for s in blocks_of(doc, pf.Span) if "masked" in s.classes]
    assert marked == ["****", "***", "**.*", "**"]
    # A paragraph of asterisks alone is still a separator line, not a mask.
    assert not [s for s in blocks_of(html_doc("<p>***</p>"), pf.Span) if "masked" in s.classes]


def test_merged_cells_are_kept():
    doc = html_doc("<table><tr><th rowspan='2'>镇</th><th colspan='2'>粮食</th></tr><tr><th>面积</th><th>产量</th></tr>"
                   "<tr><td>甲</td><td>12</td><td>5</td></tr></table>")
    (table,) = blocks_of(doc, pf.Table)
    spans = [(c.rowspan, c.colspan) for row in table.head.content for c in row.content]
    assert spans == [(2, 1), (1, 2), (1, 1), (1, 1)]


@pytest.mark.parametrize("table", [
    "<table><tr><td><h2>一、总体情况</h2><p>正文。</p></td></tr></table>",  # single cell
    "<table><tr><td><table><tr><td>甲</td><td>1</td></tr></table></td><td>乙</td></tr></table>",  # nested
    "<table><tr><td>" + "这是一段排版用的长文字，句子完整，内容连续。" * 6 + "</td><td>"
    + "侧栏也是一段完整的说明文字，交代了背景。" * 6 + "</td></tr></table>",  # a row of prose
])
def test_layout_tables_are_unwrapped_with_all_their_text(table):
    doc = html_doc(table)
    text = "".join(pf.stringify(b) for b in doc.content)
    outer = [t for t in blocks_of(doc, pf.Table) if len(t.colspec) == 2 and "侧栏" in pf.stringify(t)]
    assert not outer and "正文" not in [pf.stringify(t) for t in blocks_of(doc, pf.Table)]
    for kept in ("一、总体情况", "甲", "侧栏"):
        if kept in table:
            assert kept in text


def test_a_headline_over_its_date_line_and_pager_is_layout_not_data():
    # The page's head set in a grid: the headline in a spanning row, a rule row, then the date
    # and source beside a pager. No row of it is data; every character is kept as lines.
    head = ("<table><tr><td colspan='2'><b>山前村修通了入村公路</b></td></tr>"
            "<tr><td colspan='2'></td></tr>"
            "<tr><td>2011-06-02 08:15更新 来源：县报</td><td>第1页/共1页 上一页 | 下一页</td></tr></table>")
    doc = read_text(f"<html><body>{head}{PROSE}</body></html>", source="p.html", fmt="html")
    assert not blocks_of(doc, pf.Table)
    lines = [pf.stringify(b).strip() for b in doc.content]
    assert lines[0] == "山前村修通了入村公路"
    assert "2011-06-02 08:15更新 来源：县报" in lines


@pytest.mark.parametrize("table", [
    # a titled grid: two rows of values under the title row
    "<table><tr><td colspan='2'>值班安排</td></tr><tr><td>2024年5月1日</td><td>李明</td></tr>"
    "<tr><td>2024年5月2日</td><td>王芳</td></tr></table>",
    # one row of values under a title row: a date alone is a value, not a headline's date line
    "<table><tr><td colspan='2'>值班安排</td></tr><tr><td>2024年5月1日</td><td>李明</td></tr></table>",
    # a row of sentences under a short line is not a headline's meta
    "<table><tr><td colspan='2'>说明</td></tr><tr><td>2024年5月1日起施行。</td><td>原办法同时废止。</td></tr></table>",
])
def test_a_title_row_over_data_keeps_the_table(table):
    assert len(blocks_of(html_doc(table), pf.Table)) == 1


def test_ordered_lists_keep_written_numbers():
    doc = html_doc("<ol><li>第一项内容；<ol><li>细项甲；</li><li>细项乙。</li></ol></li><li>第二项内容。</li></ol>"
                   "<ul><li>1、已有编号的一项；</li><li>2、已有编号的二项。</li></ul><ul><li>普通条目</li></ul>")
    paras = [pf.stringify(p).strip() for d in blocks_of(doc, pf.Div) if "list" in d.classes for p in d.content]
    assert paras == ["1.第一项内容；", "（1）细项甲；", "（2）细项乙。", "2.第二项内容。",
                     "1、已有编号的一项；", "2、已有编号的二项。"]
    assert not blocks_of(doc, pf.OrderedList)
    assert [pf.stringify(b).strip() for b in blocks_of(doc, pf.BulletList)] == ["普通条目"]


def test_list_markers_follow_the_list_style():
    assert [lists.marker(n, 0) for n in (1, 2)] == ["1.", "2."]
    assert lists.marker(3, 1) == "（3）" and lists.marker(2, 2) == "②"
    assert lists.marker(2, 0, "LowerAlpha") == "b." and lists.marker(4, 0, "UpperRoman", "TwoParens") == "（IV）"


# --- author, typography, markdown, API ---------------------------------------------------------


@pytest.mark.parametrize(("line", "author", "site"), [
    ("发布时间：2024-01-15　作者：网友投稿　浏览次数：12", None, "网友投稿"),
    ("发布时间：2024-01-15　作者：张晓明", "张晓明", None),
    ("发布时间：2024-01-15　作者：范文写作网", None, "范文写作网"),
])
def test_author_is_a_person_or_organisation(line, author, site):
    page = (f"<html><head><title>工作总结_范文写作网</title></head><body><h1>工作总结</h1><p>{line}</p>"
            f"{PROSE}</body></html>")
    report = process_bytes(page.encode(), "p.html", build_options()).report
    assert (report.author, report.source) == (author, site)


@pytest.mark.parametrize(("text", "expected"), [
    ("现将有关情况报告如下.", "现将有关情况报告如下。"),
    ("效果很好. 下一步继续.", "效果很好。下一步继续。"),
    ("增长3.5%，见www.stats.gov.cn.", "增长3.5%，见www.stats.gov.cn."),
    ("三. 加强管理", "三. 加强管理"),
    ("参见报告.docx文件", "参见报告.docx文件"),
    ("He said it works.", "He said it works."),
])
def test_sentence_final_dot_after_chinese(text, expected):
    from reportfmt.passes.typography import typeset

    assert typeset(text) == expected


def test_hand_written_markdown_keeps_bullets_and_emphasis_while_masks_stay():
    from reportfmt.read.markdown import read_markdown

    doc = read_markdown("* 第一项\n* 第二项\n\n**年度目标**：完成任务。\n\n"
                        "**市铁一中学等资源集聚**，“*”，指的是“*”。\n")
    assert isinstance(doc.content[0], pf.BulletList)
    assert isinstance(doc.content[1].content[0], pf.Strong)
    assert pf.stringify(doc.content[2]).count("*") == 6


def test_convert_text_gives_str_for_text_formats_and_bytes_for_binary():
    from reportfmt import convert_text

    for fmt in ("md", "html", "plain"):
        assert isinstance(convert_text("工作总结\n\n正文一段。\n", to=fmt), str)
    assert convert_text("工作总结\n\n正文一段。\n", to="docx")[:2] == b"PK"


def _png(width: int = 120) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, 80), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def test_seed_saved_as_markdown_keeps_all_266_asterisks(tmp_path):
    """`reportfmt convert seed.md`: masks are protected before pandoc's markdown reader."""
    from reportfmt.cli import run
    from seed import SEED, SEED_MASK_CHARS

    (tmp_path / "seed.md").write_bytes(SEED.read_bytes())
    assert run(["convert", str(tmp_path / "seed.md"), "-o", str(tmp_path / "out"), "--to", "plain", "--quiet"]) == 0
    assert (tmp_path / "out" / "seed.txt").read_text(encoding="utf-8").count("*") == SEED_MASK_CHARS == 266


@pytest.mark.parametrize("name", ["report.html", "merged.html", "lists.html", "wide.html", "figures.html",
                                  "layout.html", "gbk_page.html", "data_uri.html", "remote.html"])
def test_pipeline_twice_equals_once_on_the_team_pages(name):
    import io
    from pathlib import Path

    from reportfmt.batch.pictures import FolderPictures

    path = Path(__file__).resolve().parents[1] / "data" / "pages" / name
    options = build_options()
    resources = FolderPictures(path.parent, options).for_page(path.read_bytes(), name)
    once = doc_to_json(process_bytes(path.read_bytes(), str(path), options, resources=resources).doc)
    again = pf.load(io.StringIO(once))
    run_passes(again, options)
    assert doc_to_json(again) == once

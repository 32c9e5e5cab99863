"""A statistics page is mostly one data table: the table is a block of the article, so its
heading, the sentence introducing it, its header row and the note under it stay with it
(before, the deepest element holding 70 % of the text was the table's <tbody>, and everything
else went as extract.outside). Pages written for these tests; the words are ours."""

from __future__ import annotations

from reportfmt.read.extract import extract_main
from reportfmt.read.html import clean_tree


def _page(rows: int, nav: str = "") -> str:
    body = "".join(f"<tr><td>{i}</td><td>第{i}片区绿化养护</td><td>达标</td></tr>" for i in range(1, rows + 1))
    return ("<html><head><meta charset='utf-8'><title>季度养护考核表</title></head><body>" + nav
            + "<h1>第三季度绿化养护考核结果</h1><p>现将本季度各片区绿化养护考核情况公布如下。</p>"
            "<table><thead><tr><th>序号</th><th>片区</th><th>结果</th></tr></thead>"
            f"<tbody>{body}</tbody></table><p>如有异议请于五个工作日内向办公室反映。</p></body></html>")


def _flat(text: str) -> str:
    return "".join(text.split())


def test_a_statistics_page_keeps_its_heading_lead_header_row_and_note():
    found = extract_main(clean_tree(_page(200)))
    text = _flat(found.text)
    for kept in ("第三季度绿化养护考核结果", "现将本季度各片区绿化养护考核情况公布如下。", "序号片区结果",
                 "第200片区绿化养护", "如有异议请于五个工作日内向办公室反映。"):
        assert kept in text
    assert not [r for r in found.removed if r.rule == "extract.outside"]


def test_a_table_part_is_never_the_article_alone():
    found = extract_main(clean_tree(_page(200)))
    assert found.article.tag not in ("tbody", "tr", "thead")
    assert "序号" in found.text  # the header row lives in <thead>


def test_a_layout_table_of_long_cells_does_not_pull_in_the_page_around_it():
    # An old site's layout: the article is one long cell of a one-row table, the links beside it
    # are the site's menu. The deepest candidate stays the article's own cell.
    prose = "各社区按照年度计划推进垃圾分类宣传，组织志愿者入户讲解分类方法，居民参与率明显提高。" * 6
    page = ("<html><body><div><a href='/'>首页</a> <a href='/a'>通知</a> <a href='/b'>下载</a></div>"
            f"<table><tr><td>{prose}</td></tr></table></body></html>")
    found = extract_main(clean_tree(page))
    assert "首页" not in found.text
    assert _flat(prose) in _flat(found.text)

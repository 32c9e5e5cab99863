"""A 文库 page's text extracted from a PDF keeps the PDF's printed page numbers on lines of their
own ("— 1 —", "- 2 -", "－12－", "第 3 页 共 8 页", "2 / 9"), and a paragraph that ran over a page
break stands in two halves around one. The number goes, recorded (injected.folio-line,
injected.page-of-pages), and the halves are one paragraph again when the first stops inside its
sentence and the second goes on with it: not at a sentence's end, not before a heading, a list's
item, a point or a field of its own, and never without a page number between them."""

from __future__ import annotations

import pytest

from helpers import clean, outline, removed_by, texts
from reportfmt.options import build_options
from reportfmt.pipeline import run_passes
from reportfmt.read.html import read_html

TITLE = "街道便民服务中心年度工作总结"
OPENING = "今年以来，中心围绕群众办事难的问题，持续改进窗口服务，现将全年工作总结如下。"
FOLIOS = ["— 1 —", "- 2 -", "－12－", "第 3 页 共 8 页", "2 / 9", "—4—"]


def _clean(lines: list[str]) -> tuple[list[str], object]:
    doc, report = clean("\n".join([TITLE, OPENING, *lines]))
    return texts(doc)[1:], report


@pytest.mark.parametrize("folio", FOLIOS)
def test_a_sentence_split_by_a_page_number_is_one_paragraph(folio):
    body, report = _clean(["一、窗口服务", "中心全年受理各类事项三万四千余件，按时办结率保持在百分之九十九以上，群众",
                           folio, "评价满意率较去年提高了两个百分点，窗口排队时间明显缩短。", "二、队伍建设",
                           "全体窗口人员参加业务培训六次，考核合格率达到百分之百。"])
    assert body == ["一、窗口服务",
                    "中心全年受理各类事项三万四千余件，按时办结率保持在百分之九十九以上，群众"
                    "评价满意率较去年提高了两个百分点，窗口排队时间明显缩短。",
                    "二、队伍建设", "全体窗口人员参加业务培训六次，考核合格率达到百分之百。"]
    assert [r["text"] for r in report.removed if r["rule"].startswith("injected.")] == [folio]


def test_a_split_after_a_comma_or_inside_a_title_mark_is_joined():
    body, _ = _clean(["中心按照上级部署，认真学习贯彻《", "－3－", "优化营商环境条例》，梳理出可以即办的事项八十六项，",
                      "— 4 —", "并在大厅设置了综合受理窗口。"])
    assert body == ["中心按照上级部署，认真学习贯彻《优化营商环境条例》，梳理出可以即办的事项八十六项，"
                    "并在大厅设置了综合受理窗口。"]


def test_latin_words_meet_with_a_blank():
    body, _ = _clean(["中心引进了一套自助终端，界面提供中英两种语言，英文提示为 Please take your",
                      "— 5 —", "number and wait for your turn，群众反映操作方便。"])
    assert body == ["中心引进了一套自助终端，界面提供中英两种语言，英文提示为 Please take your "
                    "number and wait for your turn，群众反映操作方便。"]


def test_a_page_break_at_a_sentence_end_stays_a_paragraph_break():
    lines = ["中心全年受理各类事项三万四千余件，按时办结率保持在百分之九十九以上。", "— 2 —",
             "群众评价满意率较去年提高了两个百分点，窗口排队时间明显缩短。"]
    body, _ = _clean(lines)
    assert body == [lines[0], lines[2]]


@pytest.mark.parametrize("tail", ["二、存在的问题", "（二）下一步打算", "1.继续压缩办理时限，力争再提速三成。",
                                  "● 推行延时服务，方便上班族办事。", "一是推行延时服务，方便上班族办事。",
                                  "联系人：王某某，电话：12345678", "表1 各窗口受理事项统计"])
def test_a_heading_an_item_a_point_or_a_field_under_the_page_number_stays_apart(tail):
    head = "中心全年受理各类事项三万四千余件，按时办结率保持在百分之九十九以上，群众"
    body, _ = _clean([head, "- 6 -", tail, "全体窗口人员参加业务培训六次，考核合格率达到百分之百。"])
    assert body[:2] == [head, tail]


def test_a_heading_above_the_page_number_is_not_swallowed():
    heading = "一、坚持服务为先，构建便捷高效的办事体系"
    first = "中心全年受理各类事项三万四千余件，按时办结率保持在百分之九十九以上。"
    doc, _ = clean("\n".join([TITLE, OPENING, heading, "— 1 —", first, "二、加强队伍建设，提升窗口人员业务素质",
                              "全体窗口人员参加业务培训六次，考核合格率达到百分之百。"]))
    assert texts(doc)[1:3] == [heading, first]
    assert heading in [text for _, text in outline(doc)]


@pytest.mark.parametrize("head", ["地点：街道办事处三楼会议室", "负责同志讲话要点"])
def test_a_field_or_a_short_line_above_the_page_number_stays(head):
    lines = [head, "- 7 -", "参会人员按要求提前十分钟到场签到，会议期间请将手机调至静音。"]
    body, _ = _clean(lines)
    assert body == [head, lines[2]]


def test_without_a_page_number_between_them_nothing_is_joined_here():
    lines = ["中心全年受理各类事项三万四千余件，按时办结率保持在百分之九十九以上，群众",
             "评价满意率较去年提高了两个百分点，窗口排队时间明显缩短，办事体验持续改善。"]
    body, report = _clean(lines)
    assert body == lines
    assert not removed_by(report, "injected.folio-line")


def test_a_table_under_the_page_number_stays_a_table():
    cells = [("事项", "件数"), ("社保", "1200"), ("户籍", "860")]
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in cells)
    html = (f"<html><body><h1>{TITLE}</h1><p>{OPENING}</p>"
            "<p>中心全年受理各类事项三万四千余件，各窗口受理的主要事项及件数</p><p>— 3 —</p>"
            f"<table>{rows}</table><p>全体窗口人员参加业务培训六次，考核合格率达到百分之百。</p></body></html>")
    doc = read_html(html, extract=False)
    report = run_passes(doc, build_options({}))
    assert removed_by(report, "injected.folio-line") == ["— 3 —"]
    assert [type(b).__name__ for b in doc.content].count("Table") == 1
    assert "中心全年受理各类事项三万四千余件，各窗口受理的主要事项及件数" in texts(doc)


@pytest.mark.parametrize("folio", ["1/8", "2 / 9", "第2页 / 共9页", "－3－"])
def test_a_document_sites_page_counter_between_the_halves_is_a_page_break(folio):
    facts = ["上传人:某某 文档编号:1234567 上传时间:2022-05-10 格式:DOC 页数:8 大小:41KB", "下载 相关 举报"]
    head = "中心全年受理各类事项三万四千余件，按时办结率保持在百分之九十九以上，群众"
    tail = "评价满意率较去年提高了两个百分点，窗口排队时间明显缩短。"
    doc, report = clean("\n".join([TITLE, *facts, OPENING, head, folio, tail]))
    assert texts(doc)[-1] == head + tail
    assert folio in [r["text"] for r in report.removed]

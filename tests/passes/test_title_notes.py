"""A law's promulgation note under its title goes to the title block as its subtitle, one line
per event, and is recorded; a dated line that is no note stays. Made-up law names and dates."""

from __future__ import annotations

import panflute as pf

from helpers import clean, outline, texts
from helpers import removed_by as removed

TITLE = "青峦市古树名木保护条例"
ARTICLES = ["第一章 总则", "第一条 为了加强古树名木保护，根据有关法律，结合本市实际，制定本条例。",
            "第二条 本市行政区域内古树名木的保护管理，适用本条例。"]


def subtitle(doc: pf.Doc) -> str:
    return pf.stringify(doc.metadata["subtitle"]) if "subtitle" in doc.metadata else ""


def test_a_note_in_parentheses_becomes_the_subtitle():
    note = "（2023年9月26日青峦市第十六届人民代表大会常务委员会第十二次会议通过）"
    doc, report = clean("\n\n".join([TITLE, note, *ARTICLES]))
    assert report.title == TITLE
    assert subtitle(doc) == note
    assert removed(report, "metadata.subtitle") == [note]
    assert texts(doc)[0] == "第一章 总则"
    assert outline(doc)[0] == (1, "第一章 总则")


def test_a_note_in_chinese_numerals_and_one_over_two_lines():
    note = "（二〇二五年三月十二日院务会议通过）"
    doc, _ = clean("\n\n".join([TITLE, note, *ARTICLES]))
    assert subtitle(doc) == note
    lines = ["（2019年4月2日青峦市第十五届人民代表大会常务委员会第二十次会议通过",
             "根据2024年6月28日青峦市第十六届人民代表大会常务委员会第十五次会议《关于修改部分地方性法规的决定》修正）"]
    doc, report = clean("\n\n".join([TITLE, *lines, *ARTICLES]))
    assert removed(report, "metadata.subtitle") == lines
    assert [pf.stringify(i) for i in doc.metadata["subtitle"].content if isinstance(i, pf.Str)] == lines
    assert any(isinstance(i, pf.LineBreak) for i in doc.metadata["subtitle"].content)


def test_bare_event_lines_each_open_on_a_date():
    lines = ["2001年3月1日 青峦市第十二届人民代表大会第四次会议通过",
             "2001年3月8日 青峦市人民代表大会常务委员会公告公布施行"]
    doc, report = clean("\n\n".join([TITLE, *lines, *ARTICLES]))
    assert removed(report, "metadata.subtitle") == lines
    assert texts(doc)[0] == "第一章 总则"


def test_a_dated_sentence_that_adopts_nothing_stays():
    # A report's opening line names a date but no act of adoption; a parenthesised date alone
    # is a speech's date, not a note (other passes read it).
    line = "2024年3月5日，市林业局组织开展古树名木普查工作。"
    doc, _ = clean("\n\n".join(["青峦市古树名木普查情况报告", line, "一、普查范围", "全市各区县。"]))
    assert subtitle(doc) == ""
    assert line in texts(doc)

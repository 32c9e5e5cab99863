"""An English-interface document mirror's lines around a Chinese document: its counters, its
category and upload facts, its buttons, the transcript's heading and page labels (issue 18,
round 18). Fixtures are written for the project: a made-up plan, the interface's forms only."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

PLAN = ["青禾小学三年级语文教学计划",
        "一、指导思想",
        "以课程标准为依据，结合本班学生实际，制定本学期教学计划。",
        "二、教学目标",
        "学会生字二百五十个，能正确读写词语，养成每天阅读的习惯。"]


def test_the_mirrors_counters_labels_and_buttons_go():
    chrome = ["Post on 05-Sep-2022", "Category:", "37 views", "Download", "Report", "TRANSCRIPT", "Page 1:"]
    doc, report = clean("\n".join(["青禾小学三年级语文教学计划 - 某某文档", "9 pages", *chrome, *PLAN]))
    assert texts(doc)[-4:] == PLAN[1:]
    assert removed(report, "document-site.viewer-counts-english") == ["9 pages", "37 views"]
    assert removed(report, "document-site.viewer-labels-english") == [
        "Post on 05-Sep-2022", "Category:", "Download", "Report", "Page 1:"]
    assert removed(report, "document-site.viewer-controls") == ["TRANSCRIPT"]


def test_counters_and_size_on_one_line_go():
    _doc, report = clean("\n".join(["8 downloads 2 Views 512KB Size", *PLAN]))
    assert removed(report, "document-site.viewer-counts-english") == ["8 downloads 2 Views 512KB Size"]


def test_an_english_word_alone_on_a_plain_page_stays():
    # Without a document site's other signs, "Share" or "Page 2" may be a slide's own words.
    page = ["班会课件", "Share", "分享一件让你感动的小事，说说你从中学到了什么。", "Page 2",
            "小组讨论，每组推选一名同学发言。"]
    doc, report = clean("\n".join(page))
    assert not removed(report, "document-site.viewer-labels-english")
    assert "Share" in texts(doc)
    assert "Page 2" in texts(doc)

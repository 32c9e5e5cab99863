"""A row of an uploaded file's bare facts goes on any page (round 48, ds48: document-site.file-facts-row).

A search portal's tag list, a document-search result and a know-how shop's listing print, under a
file's title or excerpt, a row of its facts and nothing else, in any order and with any separator:
its pages and format ("12页 · docx"), the preview's label and its pages, its size, pages and view
count ("26.94KB 3 页 483"). One of them is the file's own (its size, its format, the preview), so
the row is the site's on any page and a sign of a document site. A document's own line naming a
format or a size has words around them and stays. Fixtures are in our own words, names made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "石桥镇农家书屋管理办法汇编"
BODY = ["第一条 为规范农家书屋的日常管理，提高图书借阅率，结合本镇实际，制定本办法。",
        "第二条 各村书屋由村委会指定专人管理，每周开放时间不少于二十小时。"]

ROWS = ["9页 · docx", "xlsx · 4页", "文档预览 · 共6页", "18.20KB 2 页 307", "DOC · 11页 · 免费",
        "pdf | 3页 | 1.4MB"]


@pytest.mark.parametrize("row", ROWS)
def test_a_row_of_bare_file_facts_goes(row):
    doc, report = clean("\n".join([TITLE, BODY[0], row, BODY[1]]))
    assert texts(doc) == BODY
    assert removed(report, "document-site.file-facts-row") == [row]


KEPT = ["格式：pdf", "文件大小不超过5MB", "申请表 pdf 2页", "报名表（pdf版）", "共3页", "2024-05-06 120"]


@pytest.mark.parametrize("line", KEPT)
def test_a_document_line_naming_a_format_or_a_size_is_no_facts_row(line):
    _doc, report = clean("\n".join([TITLE, BODY[0], line, BODY[1]]))
    assert removed(report, "document-site.file-facts-row") == []


def test_the_row_is_a_marker_of_the_document_site_profile():
    # With the row and one more marker the profile is on: the bare "举报" under them goes too.
    lines = [TITLE, "7页 · doc", "本文档由用户上传", "举报", *BODY]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == BODY
    assert removed(report, "document-site.file-fact-bare") == ["举报"]

"""A telnet BBS's system lines in an article (issue 18, round 38, fo38).

PTT and the sites mirroring it print their own ※ lines in an article: where it was sent from
(發信站), who edited it from where (編輯: ID (IP…)), a reply's quote header (引述《ID》之銘言).
They go (traditional script folded); a document's own ※ note stays. Made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "年終總結的幾點心得"
BODY = ["年終總結要寫出實績，不能只羅列事務，這是我在辦公室工作多年的一點感受。",
        "一是要用數據說話，把完成的事項量化，讓讀的人一眼看得出分量。",
        "二是要寫出問題，問題找得準，明年的計畫才有依據。"]


@pytest.mark.parametrize("line", [
    "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 10.1.2.3 (臺灣)",
    "※ 編輯: lanmei (10.1.2.3 臺灣), 01/08/2024 20:12:00",
    "※ 引述《xiaoming (小明)》之銘言:",
])
def test_a_bbs_system_line_goes(line):
    doc, report = clean("\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    assert texts(doc) == BODY
    assert removed(report, "forum.bbs-system-line") == [line]


def test_a_documents_own_reference_mark_note_stays():
    note = "※ 本表數據截至十二月底，次年一月再行更新。"
    doc, _ = clean("\n".join([TITLE, *BODY, note]))
    assert note in texts(doc)

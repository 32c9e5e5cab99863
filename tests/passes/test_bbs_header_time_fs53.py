"""A telnet BBS article header's time field (round 53, fs53).

PTT prints 作者 / 看板 / 標題 / 時間 over an article, the time in the BBS's English form; the time
line under the title goes, the article stays. A document's own dated line stays. Fixtures are
made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

BODY = ["整理了一下這學期社團的活動紀錄，給下一屆幹部參考。",
        "每次活動前一週要把場地借好，器材清單也要先對過一遍。"]


@pytest.mark.parametrize("line", ["時間 Sat Aug  3 01:56:16 2013", "时间 Tue Mar 12 21:04:09 2019",
                                  "時間: Fri Nov  1 08:00:00 2024"])
def test_the_time_field_goes(line):
    page = ["作者 xiaolin (小林)", "看板 Club", "標題 [心得] 社團幹部交接", "", line, "", *BODY]
    doc, report = clean("\n".join(page))
    assert texts(doc) == BODY
    assert removed(report, "forum.bbs-header-time") == [" ".join(line.split())]


def test_a_dated_line_of_a_document_stays():
    line = "時間：2024年11月1日上午八點"
    doc, _ = clean("\n".join(["社團幹部交接會議", "", line, *BODY]))
    assert line in texts(doc)

"""A blog or article theme's reprint line under the text, and its credit over it (round 53, cs53).

The condition and the request ("如若转载，请注明出处"), perhaps with the source after a colon (a
name, a link, a name with its link in brackets), perhaps after the item's credit in a clause or a
sentence ("原创文章，作者：某某，…"). A document's own line on reprinting, inside its text, stays.
Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区读书角一年小结"
BODY = ["读书角去年三月开放，一年里借出图书一千二百多册，办了十一场读书分享会。",
        "下一步，我们打算把开放时间延到晚上八点，再添两个书架给低年级的孩子。"]


@pytest.mark.parametrize("line", [
    "原创文章，作者：青木，如若转载，请注明出处：https://www.example.com/123.html",
    "如若转载，请注明出处：https://www.example.org/archives/53/",
    "感谢您的阅读，本文由 小林 原创提供。如若转载，请注明出处：某某实验室（https://example.io/notes/1/）",
    "原创文章,作者:柳岸,如若转载,请注明出处:https://www.example.net/p/88.html",
    "非特殊说明，本文均为博主原创，如若转载，请注明出处。",
])
def test_the_reprint_line_under_the_text_goes(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == BODY
    assert removed(report, "footer.reprint-if-asked") == [line]


@pytest.mark.parametrize("credit", ["本文由某某学苑原创发布", "非特殊说明，本博所有文章均为博主原创。"])
def test_the_original_credit_over_the_reprint_line_goes_with_it(credit):
    line = "如若转载，请注明出处： https://www.example.com/post/id/123"
    doc, report = clean("\n".join([TITLE, *BODY, credit, line, "上一篇 某某安装配置笔记"]))
    assert texts(doc) == BODY
    assert removed(report, "footer.original-credit-over-reprint") == [credit]
    assert len(removed(report, "footer.reprint-if-asked")) == 1


def test_the_original_credit_over_anything_else_stays():
    credit = "本文由某某学苑原创发布"
    doc, _ = clean("\n".join([TITLE, *BODY, credit]))
    assert texts(doc) == [*BODY, credit]


@pytest.mark.parametrize("clause", [
    "第九条 各单位如需转载，请注明出处，不得删改原文。",
    "如需转载本办法，请注明出处。",
])
def test_a_documents_own_line_on_reprinting_stays(clause):
    notice = ["某某区图书馆资料使用办法", "第八条 馆藏资料仅供读者在馆内阅览和复印。", clause,
              "第十条 本办法自发布之日起施行，由区图书馆负责解释。"]
    doc, _ = clean("\n".join(notice))
    assert texts(doc) == notice[1:]

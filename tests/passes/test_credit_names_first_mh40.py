"""A news item's credit with the names first and the role after a slash (issue 18, round 40,
mh40): "某某/摄" under the title, "（某某/文 某某、某某/摄 某某/审）" after the text, in simplified or
traditional script. The line goes (meta-lines.credit-names-first); a line of the document with a
slash between two words that are no credit's role stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "学院第六届职业技能节落下帷幕"
BODY = ["本报讯 11月21日，学院第六届职业技能节在实训中心落下帷幕，十二个赛项共有四百余名学生参赛。",
        "机电工程系学生在数控车削赛项中以满分完成加工任务，评委对作品的精度给予了肯定。",
        "学院表示，将把技能节的优秀作品送到企业展示，并邀请企业技师参与明年的评审。"]


@pytest.mark.parametrize("credit", ["唐 川/摄", "唐川/攝", "通讯员 唐川/摄", "林某（学生）/文、图"])
def test_a_credit_under_the_title_goes(credit):
    doc, report = clean("\n".join([TITLE, credit, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.credit-names-first") == [credit]


def test_a_bracketed_row_of_credits_after_the_text_goes():
    credit = "（林某/文 唐川、孟可/摄 韦立/审）"
    doc, report = clean("\n".join([TITLE, *BODY, credit]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.credit-names-first") == [credit]


@pytest.mark.parametrize("line", ["甲方/乙方", "第三章/文"])
def test_a_slash_between_words_that_name_no_credit_stays(line):
    doc, report = clean("\n".join([TITLE, *BODY[:2], line, BODY[2]]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.credit-names-first")


@pytest.mark.parametrize("credit", ["唐川/摄", "文/唐川"])
def test_a_credit_between_the_headline_and_the_dateline_is_no_line_of_the_headline(credit):
    # A news report's headline may run over two lines above its "本报讯" dateline; a credit
    # between them is the page's line, which the rules take, never the headline's second line.
    lead = "本报讯 " + BODY[0].removeprefix("本报讯 ")
    doc, report = clean("\n".join([TITLE, credit, lead, *BODY[1:]]))
    assert report.title == TITLE
    assert texts(doc) == [lead, *BODY[1:]]

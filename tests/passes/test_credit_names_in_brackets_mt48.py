"""The writers of a news item credited in brackets on its last line, no colon (issue 18, round
48): their names, each opening with a surname, perhaps the writing unit before them, perhaps a
table's stray bar after ("（某某公司办公室 柳某）", "（韦某 梁某 黄某） |"), on a line of their own.
The item's own closing brackets stay: a unit alone (an issuer's line), a note, an end mark, and
names glued after the last sentence. Fixtures are the project's
own: made-up names and units."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.credit-names-in-brackets"
TITLE = "青禾集团召开安全生产推进会"
BODY = ["3月9日上午，青禾集团召开安全生产推进会，集团领导出席会议并讲话。",
        "会议强调，各单位要压实安全责任，确保全年安全生产形势稳定。",
        "集团各部门及所属单位负责人参加会议。"]


@pytest.mark.parametrize("line", [
    "（集团公司办公室 柳青禾）",
    "（集团公司办公室 桑若青）",
    "(柳青禾)",
    "（韦志明 梁晓岚 黄启华）",
    "（韋志明 梁曉嵐 黃啟華） |",
])
def test_writers_named_in_brackets_closing_the_item_go(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert removed(report, RULE) == [line]
    assert texts(doc) == BODY


@pytest.mark.parametrize("line", ["（集团办公室）", "（此件公开发布）", "（完）", "(青禾融媒)"])
def test_the_items_own_closing_brackets_stay(line):
    doc, _report = clean("\n".join([TITLE, *BODY, line]))
    assert "".join(texts(doc)[-1].split()).strip("()（）") == "".join(line.split()).strip("()（）")


def test_names_glued_after_the_last_sentence_stay():
    # The item's own close as the scrape kept it, on the last paragraph's line.
    last = BODY[-1] + "（柳青禾 韦志明）"
    doc, report = clean("\n".join([TITLE, *BODY[:-1], last]))
    assert removed(report, RULE) == []
    assert "".join(texts(doc)[-1].split()) == "".join(last.split())


def test_names_in_brackets_at_the_top_are_no_closing_credit():
    # In the head a bracketed line of names is the text's own (a list of members under the
    # title); the rule reads the item's last lines only.
    line = "（柳青禾 韦志明）"
    body = [f"第{n}项：青禾集团所属第{n}分公司要逐条对照清单开展自查，发现隐患立即整改。" for n in range(1, 13)]
    doc, _report = clean("\n".join([TITLE, line, *body]))
    assert "".join(line.split()) in ["".join(t.split()) for t in texts(doc)]

"""A news item's credits after its text in forms no rule took before (round 53, mt53):

- two or more bracketed credits side by side on a line of their own ("（文/某某）（图/某某）",
  "（学生处 供稿）（审核：某某）", "（撰稿：某某）（审核：某某）"): meta-lines.credit-bracket-row,
  no longer breadcrumb (whose slashes read "文/" as a crumb's separator); glued after the last
  sentence, cut (meta-lines.credit-bracket-row-glued). Reporters' brackets with no colon alone
  ("（通讯员 某某）（记者 某某）") are the item's own (tests/eval/sites/README.md, round 18) and stay;
- the reporter's role after the paper's or the media centre's name ("某县融媒体中心记者：某某"):
  meta-lines.media-credits-tail;
- a credit with a blank where its colon goes, among the desk's other credits ("编辑 某某"):
  meta-lines.credit-blank-beside-chrome.

A line whose brackets are not all credits, a sentence naming a paper's reporter and an editor's
name under a text with no chrome beside it stay.
Fixtures are the project's own: made-up names and units.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾学院召开新学期教学工作会议"
BODY = ["3月2日下午，青禾学院在行政楼第一会议室召开新学期教学工作会议，各二级学院负责人参加。",
        "会议通报了上学期期末考试和教学检查情况，部署了本学期教学督导和课程建设工作。",
        "会议要求，各学院要把课堂教学质量放在首位，确保新学期教学工作平稳有序开展。"]


@pytest.mark.parametrize("row", [
    "（文/吕小禾）（图/邵小川）",
    "(学生处 供稿)(审核：戚小阳)",
    "（撰稿：葛小宁）（审核：邬小涛）",
    "（教务处 供稿）（摄影：柯小山）（审核：谭小新）",
])
def test_bracketed_credits_side_by_side_after_the_text_go_as_a_credit_row(row):
    doc, report = clean("\n".join([TITLE, *BODY, row]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.credit-bracket-row") == [row]
    assert not removed(report, "meta-lines.breadcrumb")


def test_a_short_page_s_picture_credits_are_no_breadcrumb():
    row = "（文/吕小禾）（图/邵小川）"
    doc, report = clean("\n".join([TITLE, BODY[0], row]))
    assert texts(doc) == [BODY[0]]
    assert removed(report, "meta-lines.credit-bracket-row") == [row]


@pytest.mark.parametrize("line", [
    "（通讯员 葛小宁）（记者 邬小涛）",
    "（一）（二）两项由教务处负责",
    "（本办法自发布之日起施行）（2024年修订）",
    "（审核：戚小阳）同意",
])
def test_brackets_that_are_not_all_credits_stay(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc)[-1] == line.replace(" ", "")
    assert not removed(report, "meta-lines.credit-bracket-row")


@pytest.mark.parametrize("credit", ["青川县融媒体中心记者：邵小彬", "青川日报记者:柯小慧"])
def test_a_reporter_credited_after_the_paper_s_or_media_centre_s_name_goes(credit):
    doc, report = clean("\n".join([TITLE, *BODY, credit, "编辑：谭小帆"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.media-credits-tail") == [credit]


def test_a_sentence_about_a_paper_s_reporter_stays():
    line = "青川日报记者：邵小彬在现场进行了采访，并于当晚发回报道。"
    doc, _ = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc) == [*BODY, line]


def test_a_credit_with_a_blank_for_its_colon_among_the_desk_s_credits_goes():
    doc, report = clean("\n".join([TITLE, *BODY, "编辑 孔小杰", "编审 邱小娜", "监制 魏小河"]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.credit-blank-beside-chrome") == ["编辑 孔小杰"]


def test_an_editor_and_a_name_alone_under_the_text_with_no_chrome_beside_stay():
    # A signer-like line under a text, nothing of the desk around it: no credit is read into it.
    doc, report = clean("\n".join([TITLE, *BODY, "编辑 孔小杰"]))
    assert texts(doc)[-1].replace(" ", "") == "编辑孔小杰"
    assert not removed(report, "meta-lines.credit-blank-beside-chrome")


LAST = "会议在热烈的掌声中结束。"


@pytest.mark.parametrize("row", ["(学生处 供稿)(审核：戚小阳)", "（文/吕小禾）（图/邵小川）"])
def test_a_credit_row_glued_after_the_last_sentence_is_cut_and_the_sentence_kept(row):
    doc, report = clean("\n".join([TITLE, *BODY, LAST + row]))
    assert texts(doc) == [*BODY, LAST]
    assert removed(report, "meta-lines.credit-bracket-row-glued") == [row]


@pytest.mark.parametrize("row", ["（通讯员 葛小宁）（记者 邬小涛）", "（县教育局 负责）（县财政局 配合）"])
def test_reporters_sign_offs_and_a_plan_s_duties_glued_after_the_text_stay(row):
    # A news item's reporters glued to its text sign it (its own); a plan's task names its units.
    doc, report = clean("\n".join([TITLE, *BODY, LAST + row]))
    assert texts(doc)[-1] == (LAST + row).replace(" ", "")
    assert not removed(report, "meta-lines.credit-bracket-row-glued")
    assert not removed(report, "meta-lines.credit-bracket-row")

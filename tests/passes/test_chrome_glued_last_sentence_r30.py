"""A site's sentence glued after a paragraph's last stop with no blank between (round 30): the
note that a rule drops as a line of its own ("本文来源于…，转载请注明出处。", a photo credit) is cut,
the paragraph's own sentences stay. A lost character written "?" is no stop, and the document's
own closing sentences stay. Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean, texts

TITLE = "公司财务内部控制制度"
FIRST = "第一条 为加强公司财务管理和内部控制，规范财务行为，提高经营管理水平，特制定本制度。"
OWN = "第二条 各部门应当建立健全内部控制制度，明确岗位职责，做到账物分管、钱账分管。"


def test_a_reprint_note_glued_after_the_last_sentence_is_cut():
    note = "本文来源于某某范文网，转载请注明出处。"
    doc, report = clean("\n".join([TITLE, FIRST, OWN + note]))
    assert texts(doc) == [FIRST, OWN]
    assert [r["text"] for r in report.removed if r["rule"].startswith("footer.")] == [note]


def test_the_documents_own_closing_sentences_stay():
    lines = ["公司定于12月28日召开年度总结会议，请各部门负责人准时参加。特此通知。",
             "请各部门提前准备汇报材料，控制在十分钟以内。谢谢大家！",
             "各部门要高度重视，认真组织。更多内容请关注后续通知。"]
    doc, _report = clean("\n".join(["关于召开年度总结会议的通知", "各部门：", *lines, "办公室", "2024年12月20日"]))
    assert texts(doc) == ["各部门：", *lines, "办公室", "2024年12月20日"]


def test_question_marks_of_lost_characters_are_no_seam():
    line = "甲方联系电话：????，乙方联系电话：????，双方确认无误后签字。????"
    doc, _report = clean("\n".join(["房屋装修合同", FIRST, line]))
    assert texts(doc)[-1] == line

"""Lines that say nothing in the page's language (issue 18, round 24): a lone Latin word left from
an image or a script, a bare count with its unit, a line of marks, at the document's edges or
among short page facts, go one by one (`meta-lines.stray-word`, `-count`, `-marks`); the
document's own look-alikes stay (masks, fill-in blanks, a wrapped line's closing bracket, a list of
program names, a divider inside the text, a headcount in the minutes).
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.stray_marks import stray_form

WORD, COUNT, MARKS = "meta-lines.stray-word", "meta-lines.stray-count", "meta-lines.stray-marks"
TITLE = "社区垃圾分类工作小结"
BODY = ["今年以来，我们社区把垃圾分类作为改善人居环境的一件实事来抓，居民参与率明显提高。",
        "一、主要做法",
        "社区在每个小区设置了四分类投放点，安排志愿者在早晚高峰轮流值守，现场指导居民分类投放。",
        "二、下一步打算",
        "我们将继续完善积分奖励办法，让更多居民养成分类投放的习惯。"]


def test_shapes_named_and_not():
    assert [stray_form(line) for line in ("logo", "verified_icon", "fbq", "nav-bar")] == [WORD] * 4
    assert [stray_form(line) for line in ("35人看过", "已影响 2.4W人", "1.2万次播放")] == [COUNT] * 3
    assert [stray_form(line) for line in ("|", "↧", "-----------", "???")] == [MARKS] * 4
    # A mask, a blank to fill in, a wrapped line's end, a headcount, an ellipsis, a short word:
    # none of these shapes.
    for line in ("xxx", "XXXX", "****", "××", "______", ")", "）", "。", "…", "实到12人",
                 "人数：12人", "共3人", "PPT模板", "Hello world", "ok", "?", "Baidu", "Excel"):
        assert stray_form(line) is None, line


def test_words_and_counts_above_the_document_go():
    # (A lone "12人看过" is a reader counter that meta-lines.view-count names since round 54; a
    # play count is a stray count no rule names.)
    page = [TITLE, "logo", "1.2万次播放", "本社区编辑组", "icon", *BODY]
    doc, report = clean("\n".join(page))
    assert removed(report, WORD) == ["logo", "icon"]
    assert removed(report, COUNT) == ["1.2万次播放"]
    assert texts(doc)[-len(BODY):] == BODY


def test_marks_and_words_after_the_last_sentence_go():
    page = [TITLE, *BODY, "share_btn", "↧"]
    doc, report = clean("\n".join(page))
    assert removed(report, MARKS) == ["↧"]
    assert removed(report, WORD) == ["share_btn"]
    assert texts(doc)[-1] == BODY[-1]


def test_a_word_among_page_facts_inside_the_page_goes():
    # An icon's name between a reviewer's name and a badge, under the first paragraph.
    page = [TITLE, BODY[0], "陈某某 律师", "verified_icon", "律师审阅", *BODY[1:]]
    doc, report = clean("\n".join(page))
    assert removed(report, WORD) == ["verified_icon"]
    assert "陈某某律师" in texts(doc)  # (the blank between two characters goes: typography)


def test_a_word_between_two_paragraphs_stays():
    # A command alone between two sentences of a tech article is the text's own.
    page = [TITLE, BODY[0], "ipconfig", "输入上面的命令后按回车，就能看到本机的网络地址和网关信息。", *BODY[1:]]
    doc, report = clean("\n".join(page))
    assert not removed(report, WORD)
    assert "ipconfig" in texts(doc)


def test_a_list_of_program_names_stays():
    # Latin words one a line inside the text: each beside another of its form.
    page = [TITLE, BODY[0], "常用的办公软件有：", "Word", "Excel", "PowerPoint",
            "这几款软件社区工作人员都要熟练掌握，方便制作台账和汇报材料。", *BODY[1:]]
    doc, report = clean("\n".join(page))
    assert not removed(report, WORD)
    assert all(name in texts(doc) for name in ("Word", "Excel", "PowerPoint"))


def test_a_divider_inside_the_document_stays():
    page = [TITLE, BODY[0], "一、主要做法", "—————", BODY[2], *BODY[3:]]
    doc, report = clean("\n".join(page))
    assert not removed(report, MARKS)
    assert "—————" in texts(doc)


def test_masks_blanks_and_a_wrapped_bracket_stay():
    page = [TITLE, "xxx", "****", *BODY, "______", ")"]
    doc, report = clean("\n".join(page))
    assert not removed(report, WORD) and not removed(report, MARKS)
    kept = texts(doc)
    assert all(line in kept for line in ("xxx", "______", ")"))


def test_a_page_of_short_lines_is_left_alone():
    # No sentence: no document to stand beside (a poem, a form), so nothing is judged.
    page = ["春晓", "logo", "春眠不觉晓", "处处闻啼鸟", "|"]
    doc, report = clean("\n".join(page))
    assert not removed(report, WORD) and not removed(report, MARKS)
    assert "logo" in texts(doc)


NUMBER = "meta-lines.stray-number"


def test_a_lone_number_above_the_document_goes():
    # A counter whose icon was its label, alone above the text's first heading.
    doc, report = clean("\n".join([TITLE, "0", *BODY[1:], BODY[0]]))
    assert removed(report, NUMBER) == ["0"]
    assert "0" not in texts(doc)


def test_part_numbers_on_lines_of_their_own_stay():
    # "1" right above the first sentence is the first part's number: the page has "2" and "3" too.
    parts = ["1", BODY[0], "2", BODY[2], "3", BODY[4]]
    doc, report = clean("\n".join([TITLE, *parts]))
    assert not removed(report, NUMBER)
    assert [text for text in texts(doc) if text.isdigit()] == ["1", "2", "3"]


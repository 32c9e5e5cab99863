"""The page's title printed again glued to the body's first words with no blank between (issue
18, round 37): the title goes when the rest opens anew, with a number (a year, a date) or a mark
a site sets before an author's name; an essay whose first sentence opens with its short title's
words keeps it. Fixtures are written for the project with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.titles import glued_title_end

TITLE = "某镇河道保洁上半年工作总结和下半年打算"
FIRST = "2025年上半年，镇里把河道保洁作为人居环境整治的重点，全年清理河道十二公里，整治排污口六处。"
LAST = "下半年，镇里将继续落实河长巡河制度，确保河道常年保持干净整洁。"


def test_a_title_glued_to_a_year_goes():
    assert glued_title_end(TITLE + FIRST, TITLE) == len(TITLE)
    doc, report = clean("\n".join([TITLE, TITLE + FIRST, LAST]))
    assert removed(report, "title.repeated-title") == [TITLE]
    assert texts(doc) == [FIRST, LAST]


def test_a_title_glued_to_an_authors_mark_goes():
    title = "乡村教师培训要重实效不要走形式"
    line = title + "◎林某某 前不久，笔者到几所乡村学校走访，发现不少培训只是听一场报告、签一次到。"
    assert glued_title_end(line, title) == len(title)


def test_a_short_title_opening_the_first_sentence_stays():
    # An essay opens its first sentence with its title's words: no repeat to cut.
    assert glued_title_end("我的好朋友小林2019年就和我同班，我们一起上学一起回家，形影不离。", "我的好朋友小林") == 0


def test_a_title_going_on_into_the_sentence_stays():
    # The title's words carry on into the sentence (no number, no mark after them).
    assert glued_title_end(TITLE + "已经印发各村，请各村对照抓好落实，按时报送进展情况。", TITLE) == 0


def test_a_title_ending_in_a_number_is_not_cut_inside_it():
    title = "某镇河道保洁工作简报第12"
    assert glued_title_end(title + "3期，本期介绍各村河道保洁的做法和成效，供大家交流学习。", title) == 0

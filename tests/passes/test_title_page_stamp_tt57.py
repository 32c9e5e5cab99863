"""A 文库 site's page stamp run into the document's first words ("精选优质文档-倾情为你奉上",
"下载后可任意编辑") is cut before the title is looked for (round 57): the title is the document's
name without the stamp, and the name glued after the stamp stays in the page. Fixtures are
written for the project with made-up names and words."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.title_stamps import _OPENING_STAMP

FIRST = "一、工作时间公司实行每周五天工作制，每日上午八时半上班。二、打卡规定员工上下班均须本人打卡。"


def test_the_download_stamp_glued_before_the_name_leaves_the_title():
    doc, report = clean("下载后可任意编辑青禾公司员工作息与考勤办法" + FIRST)
    assert report.title == "青禾公司员工作息与考勤办法"
    assert texts(doc)[0] == FIRST
    assert any(r["rule"] == "document-site.page-stamp" for r in report.removed)


def test_the_quality_stamp_goes_and_the_name_after_it_stays():
    # The stamp's line once went whole as the site's slogan, the name and the first words with it.
    line = "精选优质文档-倾情为你奉上柳岸镇安全生产责任制细则1 目的为明确各岗位的安全职责，制定本细则。"
    doc, _report = clean(line)
    assert texts(doc) == ["柳岸镇安全生产责任制细则1 目的为明确各岗位的安全职责，制定本细则。"]


def test_a_stamp_after_a_chunk_number_goes_and_the_number_stays_for_its_rule():
    doc, _report = clean("\n".join([
        "1、精选优质文档-----倾情为你奉上一、总体要求为做好冬季防火工作，结合本校实际，制定本方案。",
        "2、二、工作措施各班主任每周开展一次防火教育，并做好记录。"]))
    # (the whole first chunk went as the slogan's line before)
    assert texts(doc) == ["1、一、总体要求为做好冬季防火工作，结合本校实际，制定本方案。",
                          "2、二、工作措施各班主任每周开展一次防火教育，并做好记录。"]


def test_the_stamp_is_read_only_where_words_are_glued_after_it():
    assert _OPENING_STAMP.match("精选优质文档-倾情为你奉上某某制度第一条")
    assert _OPENING_STAMP.match("2、下载后可任意编辑某某方案")
    assert not _OPENING_STAMP.match("精选优质文档-倾情为你奉上")  # alone: the slogan rule's line
    assert not _OPENING_STAMP.match("请在下载后可任意编辑的文件里填写")  # a sentence naming it

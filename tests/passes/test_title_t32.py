"""Title lines of web pages by form (round 32): a dashed subtitle over the page's facts is the
title's second line, never the title. Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts

ARTICLE = ["某某学院学报 2019年第3期", "关键词：应用型；校企合作",
           "随着产业结构的调整，地方高校培养应用型人才的任务越来越重。",
           "本文从办学体制入手，讨论校企合作的几种做法。"]


def test_a_dashed_subtitle_over_the_facts_goes_with_the_title_above_it():
    lines = ["以校企合作破解应用型转型的难题", "——以两所独立学院为例", "2019-03-12 10:25 周某某", *ARTICLE]
    doc, report = clean("\n".join(lines))
    assert report.title == "以校企合作破解应用型转型的难题"
    assert doc.get_metadata("subtitle") == "——以两所独立学院为例"
    assert texts(doc)[-2:] == ARTICLE[-2:]
    removed = {r["text"]: r["rule"] for r in report.removed}
    assert removed["以校企合作破解应用型转型的难题"] == "metadata.title"
    assert removed["——以两所独立学院为例"] == "metadata.subtitle"


def test_a_dashed_line_over_the_facts_with_no_title_above_it_is_not_moved_up():
    # The page opens on the dashed line: nothing above it to take, the line itself is read as before.
    lines = ["——以两所独立学院为例", "2019-03-12 10:25 周某某", *ARTICLE]
    doc, report = clean("\n".join(lines))
    assert report.title != "2019-03-12 10:25 周某某"
    assert texts(doc)[-2:] == ARTICLE[-2:]


# Converted pages (round 32 survey: 15 of 74 pages in traditional script or with a pinyin reading
# after some characters): the title's forms read the line as the rules do, simplified and without
# the readings; the title is given as written.

def test_a_site_banner_with_readings_is_looked_past_for_the_title_under_it():
    lines = ["青禾文學(xué)網(wǎng)", "單位例會會議紀(jì)要範文(通用4篇)",
             "會議紀(jì)要是記錄會議要點的文件。下面是小編整理的範文，供大家參考。",
             "單位例會會議紀(jì)要範文 篇1", "本周例會由辦公室主任主持，各科室負責人參加。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "單位例會會議紀(jì)要範文(通用4篇)"
    assert "青禾文學(xué)網(wǎng)" not in texts(doc)
    assert texts(doc)[-1] == "本周例會由辦公室主任主持，各科室負責人參加。"


def test_a_first_section_with_readings_is_no_title():
    lines = ["一(yī)、年度工作概況(kuàng)", "今年以來，我局圍繞中心工作，紮實推進各項任務，取得了明顯成效。",
             "二(èr)、存在的問題"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert texts(doc)[1] == "今年以來，我局圍繞中心工作，紮實推進各項任務，取得了明顯成效。"
    assert len(texts(doc)) == 3


def test_a_parts_name_with_its_reading_opens_the_text_and_is_no_title():
    lines = ["引言(yán)", "說課稿是教師在備課之後、上課之前，向同行說明自己怎樣教、為什麼這樣教的文字。",
             "一、說教材"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert texts(doc)[1] == lines[1]


def test_a_converted_page_opening_on_its_first_sections_name_has_no_title():
    lines = ["調研背(bèi)景", "近年來，我縣鄉鎮文化站的使用率逐年下降，群眾反映強烈。",
             "調研方(fāng)法", "調研組採取問卷和座談相結合的方式，走訪了十二個鄉鎮。",
             "對策建(jiàn)議", "建議把文化站的開放時間調整到群眾下班以後。"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert texts(doc)[1] == lines[1]


def test_a_converted_pages_name_glued_before_its_first_article_is_its_title_as_written():
    lines = ["員工考勤管理辦(bàn)法第一條 為(wèi)規範考勤，制定本辦法。", "第二條 本辦法適用於全體員工。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "員工考勤管理辦(bàn)法"
    assert texts(doc)[-1] == "第二條 本辦法適用於全體員工。"
    assert texts(doc)[0].startswith("第一條")

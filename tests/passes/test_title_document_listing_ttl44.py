"""A page of whole documents with no title of its own (round 44): each document's name, ending in
its genre, over its own text, another document's name a few paragraphs down over its text (a blog's
listing printing each post in full, a keyword page quoting documents under their names). The first
name opens the first document and is no page title; each name heads its document. A document whose
own section or plan is named below it, and a genre title over the page's dated facts, keep their
title. A 范文 page's sample
marker is no line of a 公文 title under it. Fixtures written for the project (made-up names and
content)."""

from __future__ import annotations

from helpers import clean, outline, texts

FIRST = "兴趣小组换届工作小结"
FIRST_TEXT = "这次换届从报名到投票一共用了两周，整体比较顺利，下面记下几点，留给下一届参考。"
FIRST_ITEMS = ["1. 报名时间延长了两天，新成员对各小组不熟，临时加了一次开放日。",
               "2. 竞选发言每人限时三分钟，现场秩序比上次好。"]
SECOND = "读书会第八次例会记录"
SECOND_FIELD = "时间:周四晚上七点"
SECOND_ITEMS = ["1. 小周介绍了本月共读的进度，第三章讨论留到下次。", "2. 下月的共读书目由大家投票决定。"]


def test_the_first_of_a_pages_documents_is_no_title():
    lines = [FIRST, FIRST_TEXT, *FIRST_ITEMS, SECOND, SECOND_FIELD, *SECOND_ITEMS]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert outline(doc) == [(1, FIRST), (1, SECOND)]  # each document's name heads it
    assert FIRST_TEXT in texts(doc) and "时间：周四晚上七点" in texts(doc)


def test_a_compilations_own_title_over_its_documents_stays():
    # The page's own title over the documents' names: the title stays (the names head its parts).
    lines = ["兴趣小组和读书会活动材料", FIRST, FIRST_TEXT, SECOND,
             "读书会每月聚一次，大家轮流介绍自己读过的书，讨论下一期共读的书目。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "兴趣小组和读书会活动材料"
    assert outline(doc) == [(1, FIRST), (1, SECOND)]


def test_a_keyword_pages_phrase_goes_and_its_documents_stay():
    phrase = "主要做法有以下几点"
    lines = [phrase,
             "社区图书室年度工作总结",
             "今年以来，图书室在延长开放时间上下了功夫，主要做法有以下几点：周末全天开放，寒暑假增设少儿专场……",
             "街道文化站年度述职报告",
             "本人任站长两年来，工作中的主要做法有以下几点：一是下沉到小区办活动，二是请居民自己点单……",
             "中学劳动教育实践活动总结",
             "劳动课能落到实处，主要做法有以下几点：划出校内种植园，每班认领一块地……"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert phrase not in texts(doc)
    assert [text for _, text in outline(doc)] == [
        "社区图书室年度工作总结", "街道文化站年度述职报告", "中学劳动教育实践活动总结"]


def test_a_summarys_plan_below_it_keeps_the_title():
    # The plan shares the summary's words: the same document's part, not another document.
    lines = ["2024年社区图书室工作总结", "今年以来，图书室在延长开放时间上下了不少功夫，借阅人次明显增加。",
             "2025年社区图书室工作计划", "明年图书室将继续延长开放时间，并增设少儿阅读角。"]
    _doc, report = clean("\n".join(lines))
    assert report.title == "2024年社区图书室工作总结"


def test_a_genre_title_over_the_pages_facts_stays_the_title():
    lines = ["社会实践报告", "2025-05-08 09:44:12 来源:某某资讯网 用户:林小舟",
             "关于老旧小区加装电梯意愿的调查报告",
             "近年来，老旧小区加装电梯成为不少城市的民生实事，但低层与高层住户的想法并不一致。",
             "我们挨家挨户走访，一共收回两百多份有效问卷，又和三十多户居民当面聊了聊。"]
    _doc, report = clean("\n".join(lines))
    assert report.title == "社会实践报告"


def test_a_sample_marker_is_no_line_of_the_gongwen_title_under_it():
    marker = "安全检查报告样本范文 第1篇"
    lines = [marker, "关于节前仓库用电安全检查的报告", "检查人:", "时 间:2025年1月20日",
             "为做好节日期间仓库安全管理，运营部对各库区用电情况进行了检查。",
             "一、检查发现的问题", "1.二号库门内堆放空托盘，占压疏散通道。",
             "二、整改意见", "空托盘当日清走，通道画线标明。", "运营部", "2025年1月20日"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert "关于节前仓库用电安全检查的报告" in "".join(texts(doc))
    assert outline(doc)[0] == (1, "安全检查报告样本范文第1篇")

"""Title lines by form (round 25): a 发文字号 printed before or after the document's name on the
title's line is no part of the title; a name and a colon before a document's whole name go; a
site's Latin alt text, its greeting, a 问答 site's sharing line and an answer's label are no
title; a news service's dateline word is no title; a question title printed twice is the title;
a forum's print view gives its title in a field with its controls after it. Fixtures written for
the project (made-up names and content)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_forms import clean_title, never_title, without_doc_number

NOTICE = ["各镇人民政府，市直各部门:",
          "现将《北岭市社区食堂管理办法》印发给你们，请认真贯彻执行。",
          "北岭市人民政府办公室"]
NAME = "北岭市人民政府办公室关于印发社区食堂管理办法的通知"


@pytest.mark.parametrize("line", [
    f"北政办发[2023]7号{NAME}",  # glued before the name
    f"北政办发〔2023〕7号 {NAME}",  # a blank between
    f"{NAME}(北政办发〔2023〕7号)",  # in brackets after it
    f"{NAME}（北政办发〔2023〕7号）",
])
def test_a_document_number_on_the_titles_line_is_no_part_of_the_title(line):
    assert clean_title(line) == NAME
    _, report = clean("\n".join([line, *NOTICE]))
    assert report.title == NAME


def test_a_number_before_no_documents_name_stays():
    # (What follows the number names no document: the line is left as it is.)
    assert without_doc_number("北政办发〔2023〕7号 北岭市春季植树") == "北政办发〔2023〕7号 北岭市春季植树"
    assert without_doc_number("北政办发〔2023〕7号") == "北政办发〔2023〕7号"


@pytest.mark.parametrize(("line", "title"), [
    ("林晓东:学习《村务监督条例》心得体会", "学习《村务监督条例》心得体会"),
    ("词条解释:述职报告", "述职报告"),
    # The colon parts the title's own halves: it stays whole.
    ("专题:南湾区校园安全月活动", "专题:南湾区校园安全月活动"),
    ("说说支部组织生活:开好组织生活会的几个要点", "说说支部组织生活:开好组织生活会的几个要点"),
    ("提醒:报告", "提醒:报告"),  # a word, not a document's name, after the colon
])
def test_a_name_before_a_colon_and_a_documents_whole_name(line, title):
    assert clean_title(line) == title


@pytest.mark.parametrize(("line", "never"), [
    ("Board logo", True),
    ("SEARCH", True),
    ("fbpx", True),
    ("歡(huān)迎使用手機(jī)瀏覽", True),  # read with the pinyin glosses dropped
    ("欢迎访问:某某公文网", True),
    ("王老师为您分享以下实用知识", True),
    ("【参考答案】", True),
    ("正确答案:", True),
    # Titles that share a word with them.
    ("欢迎新同学入学仪式主持词", False),
    ("参考答案的写作要求与格式", False),
    ("PPT制作培训心得", False),
])
def test_what_a_site_says_to_its_reader_is_never_a_title(line, never):
    assert never_title(line) is never


def test_latin_words_over_the_title_are_looked_past():
    doc, report = clean("Site logo\n社区志愿服务队工作制度\n第一条 为规范志愿服务，制定本制度。")
    assert report.title == "社区志愿服务队工作制度"
    assert texts(doc) == ["第一条 为规范志愿服务，制定本制度。"]


def test_a_news_services_dateline_word_is_no_title():
    line = "南岭教育在线讯 5月9日，南岭市实验小学开展“书香校园”读书月活动，全校师生参加。"
    doc, report = clean("\n".join([line, "活动分为好书推荐、亲子共读和读书分享三个环节。"]))
    assert report.title is None
    assert texts(doc)[0] == line


def test_a_question_title_printed_twice_is_the_title():
    question = "班级公约应包括哪些内容?"
    answer = "班级公约大体由学习、纪律、卫生和安全几块组成，由全班同学讨论制定。"
    _, report = clean("\n".join([question, answer, question, answer, "一是学习方面，按时完成作业。"]))
    assert report.title == question


def test_a_forum_print_views_title_field_gives_the_title():
    doc, report = clean("\n".join(["标题: 面试前一晚要准备什么 [打印本页]",
                                   "作者: 小河    时间: 2010-4-2 08:15     标题: 面试前一晚要准备什么",
                                   "最近好几位同学问我面试前一晚该做些什么，我把自己的做法写在这里。"]))
    assert report.title == "面试前一晚要准备什么"
    assert texts(doc)[-1].startswith("最近好几位同学")

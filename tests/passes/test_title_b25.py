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


def test_a_news_services_dateline_ending_in_its_message_word_is_no_title():
    # (round 48: "某某客户端消息", "某某网报道" before the dated lead, as "…讯" is)
    for credit in ("南岭融媒客户端消息", "南岭日报全媒体报道"):
        line = f"{credit} 5月9日上午，南岭市实验小学开展“书香校园”读书月活动，全校师生参加。"
        doc, report = clean("\n".join([line, "活动分为好书推荐、亲子共读和读书分享三个环节。"]))
        assert report.title is None, credit
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


@pytest.mark.parametrize(("line", "title"), [
    ("Page 12 - 社区网格员工作手册", "社区网格员工作手册"),  # a viewer's page number before the name
    ("精华推荐 三年级语文期中复习计划", "三年级语文期中复习计划"),  # a selling word and a blank
    ("优作#15-竞选学习委员演讲稿", "竞选学习委员演讲稿"),  # a column's name and the piece's number
    ("09快乐识字课本 09 -...", "09快乐识字课本 09"),  # a cut-off site's name after a separator
    ("各单位公务用车管理规定 列印", "各单位公务用车管理规定"),  # the page's print control
    ("初二读后感作文《《远方的灯塔》读后感》", "《远方的灯塔》读后感"),  # nested 《》 after a category
    # Titles that only look so.
    ("推荐信的写法", "推荐信的写法"),
    ("读《远方的灯塔》有感", "读《远方的灯塔》有感"),
    ("学习 分享", "学习 分享"),  # too short once the word went: left whole
])
def test_what_a_site_prints_on_the_titles_line_goes(line, title):
    assert clean_title(line) == title


@pytest.mark.parametrize(("line", "never"), [
    ("第B07版:民生 PDF版", True),  # an e-paper's page
    ("第05版:", True),
    ("存档", True),  # a blog's archive
    ("‘杂记’ 分类的存档", True),
    ("法规内容", True),  # a CMS's label for the page
    ("新闻详情", True),
    ("公司新闻 > 党建动态 > |", True),  # steps to the page, no home before them
    ("本站长期收购原创范文,联系QQ:12345678", True),  # an advertisement's contact
    ("'; document.close(); }", True),  # a script's debris
    ("下载法规原始档", True),
    ("法规功能按钮区", True),
    ("手机选单", True),
    ("二〇一九年三月九日 (星期六)", True),  # a day and its weekday
    ("2019年3月9日 周六", True),
    # Titles.
    ("第三版教学大纲修订说明", False),
    ("文章内容摘要的写法", False),
    ("下载中心管理办法", False),
    ("按钮设计规范", False),
    ("会议纪要的几种常见写法", False),
])
def test_what_labels_the_pages_place_is_never_a_title(line, never):
    assert never_title(line) is never


def test_a_channel_over_the_title_and_its_dated_field_is_the_channels():
    doc, report = clean("\n".join(["综合事务", "各单位公务用车管理规定 列印", "资料更新时间:112-03-01 10:20",
                                   "一、为规范公务用车管理，节约经费，特订定本规定。",
                                   "二、公务用车由总务科统一调度。"]))
    assert report.title == "各单位公务用车管理规定"
    assert "综合事务" not in texts(doc)


def test_a_law_sites_name_field_gives_the_title():
    _, report = clean("\n".join(["法规内容", "法规名称: 某某县社区图书室管理要点",
                                 "一、为推动社区阅读，特订定本要点。", "二、图书室由社区居委会管理。"]))
    assert report.title == "某某县社区图书室管理要点"


def test_a_numeral_in_brackets_opens_the_text_no_title_above_it():
    _, report = clean("\n".join(["『壹』 活动方案怎么写,有没有格式", "一、活动主题:写明活动名称。",
                                 "二、活动目的:说明为什么办这次活动。"]))
    assert report.title is None

"""Round 33's open cases of body, title and chrome, each by its form (issue 18): a file-format
note in brackets, a glued meta line whose source runs long, e-paper navigation, a bracketed column
label over a headline, a 读书笔记 over its book's fields, a dated note. Fixtures are written for
the project, words and names made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

BODY = ["本学期我担任三年级两个班的语文教学工作，认真备课，按时批改作业。",
        "在识字教学中，我把生字编进儿歌里，学生记得又快又牢。",
        "下学期我准备每周安排一次片段练习，并及时讲评。"]


@pytest.mark.parametrize("line", ["（本文档为Word格式，可编辑，共1页）", "【本资料为DOC格式，下载后可自由修改】",
                                  "本范文为word版，可编辑。"])
def test_a_file_format_note_goes_in_brackets_or_not(line):
    doc, report = clean("\n".join(["三年级语文教学反思", line, *BODY]))
    assert removed(report, "document-site.file-format-note") == [line]
    assert texts(doc) == BODY


def test_a_sentence_naming_a_word_file_stays():
    line = "（本文件为会议材料，请勿外传。）"
    doc, _report = clean("\n".join(["三年级语文教学反思", *BODY, line]))
    assert texts(doc)[-1] == line


def test_a_glued_meta_line_goes_whatever_the_length_of_its_source():
    line = "时间：2026-11-21 09:30:00 来源：长宁街道办事处宣传科综合信息服务平台编辑部 作者：宋小雨 点击数：328"
    doc, report = clean("\n".join(["社区开展冬季消防安全宣传活动", line, *BODY]))
    assert removed(report, "meta-lines.glued-meta-line") == [line]
    assert texts(doc) == BODY


def test_a_meeting_line_with_time_and_a_reader_stays():
    # A document's own line naming a time and, far after it, an 作者-like word in a sentence.
    line = "会议时间：11月21日上午，地点在三楼会议室，请各班主任提前阅读本周的教学简报并做好发言准备。"
    doc, _report = clean("\n".join(["关于召开班主任例会的通知", line, *BODY]))
    assert line in texts(doc)


NEWS = ["近日，南溪镇首座智慧农业示范园正式投入使用，园区占地三百亩。",
        "园区配有自动灌溉和温湿度监测系统，可以远程控制大棚环境。",
        "镇农业办负责人介绍，示范园将带动周边二百多户农户增收。"]
HEADLINE = "南溪镇建成首座智慧农业示范园"


def test_an_epapers_controls_and_page_label_go_and_the_headline_is_the_title():
    head = ["版面导航", "B2 要闻", "放大 缩小 默认"]
    doc, report = clean("\n".join([*head, HEADLINE, *NEWS, "上一版", "下一版"]))
    assert doc.get_metadata("title") == HEADLINE
    assert texts(doc) == NEWS
    assert removed(report, "meta-lines.epaper-control") == ["版面导航", "上一版", "下一版"]
    assert removed(report, "meta-lines.epaper-page-label") == ["B2 要闻"]
    assert removed(report, "meta-lines.furniture-row") == ["放大 缩小 默认"]


def test_a_lettered_heading_of_a_plan_stays():
    lines = ["校园绿化改造方案", "A.1 改造范围", "教学楼前后草坪及操场四周的绿化带。", "B、资金来源",
             "学校年度维修经费列支。"]
    doc, _report = clean("\n".join(lines))
    assert texts(doc) == lines[1:]


SCHOOL = ["11月8日上午，青禾中学第十届科技节在学校操场开幕，全校两千余名师生参加。",
          "本届科技节为期两周，设有航模比赛、创意编程、科学小论文等八个项目。"]
SCHOOL_HEADLINE = "青禾中学举行第十届科技节开幕式"


@pytest.mark.parametrize("head", [["【校园快讯】", SCHOOL_HEADLINE], [f"【校园快讯】{SCHOOL_HEADLINE}"],
                                  ["【要闻速讯】", SCHOOL_HEADLINE]])
def test_a_news_columns_label_is_no_title_the_headline_is(head):
    doc, _report = clean("\n".join([*head, *SCHOOL]))
    assert doc.get_metadata("title") == SCHOOL_HEADLINE
    assert texts(doc) == SCHOOL


def test_a_bracketed_dateline_opening_the_text_stays_and_is_no_title():
    first = "【本报讯】11月8日上午，青禾中学第十届科技节在学校操场开幕，全校师生参加。"
    doc, _report = clean("\n".join([first, *SCHOOL[1:]]))
    assert doc.get_metadata("title") is None
    assert texts(doc)[0] == first


NOTE = ["这本书写的是一个少年在江边小镇度过的六年时光，每个人物都写得很鲜活。",
        "我从这本书里懂得了，成长就是学会面对离别，也学会珍惜眼前的人。"]


@pytest.mark.parametrize(("head", "title", "fields"), [
    (["《江边的灯》读书笔记"], "《江边的灯》读书笔记", ["书名：江边的灯", "作者：林一禾", "出版社：青禾少年出版社"]),
    (["《江边的灯》读书笔记"], "《江边的灯》读书笔记", ["书名：江边的灯"]),
    (["读书笔记"], "读书笔记", ["书名：《江边的灯》", "作者：林一禾", "出版社：青禾少年出版社"]),
])
def test_a_reading_note_over_its_books_fields_is_titled_and_keeps_them(head, title, fields):
    doc, _report = clean("\n".join([*head, *fields, *NOTE]))
    assert doc.get_metadata("title") == title
    assert texts(doc) == [*fields, *NOTE]


def test_a_colon_title_over_its_page_facts_is_still_the_title():
    doc, _report = clean("\n".join(["专题：校园安全月", "作者：管理员 阅读：126", *NOTE]))
    assert doc.get_metadata("title") == "专题：校园安全月"
    assert texts(doc) == NOTE


def test_a_head_mark_over_the_pages_facts_is_no_title_and_stays():
    mark = "青山县人民政府办公室文件"
    lines = ["首页 > 政务公开 > 通知公告", mark, "发布时间：2026-11-21 来源：县政府办",
             "关于做好今冬明春森林防火工作的通知", "各乡镇人民政府，县直各有关单位：",
             "为切实做好今冬明春森林防火工作，保护森林资源安全，现将有关事项通知如下。",
             "青山县人民政府办公室", "2026年11月20日"]
    doc, report = clean("\n".join(lines))
    assert doc.get_metadata("title") == "关于做好今冬明春森林防火工作的通知"
    assert texts(doc) == [mark, *lines[4:]]
    assert removed(report, "metadata.title") == ["关于做好今冬明春森林防火工作的通知"]


DAY = ["这个星期我们班举行了拔河比赛，大家一起商量战术，让力气大的同学站在后面。",
       "虽然最后只得了第二名，但我们都觉得很开心。"]


@pytest.mark.parametrize("title", ["周记", "我的寒假日记", "观察日记（三）"])
def test_a_diarys_date_under_its_title_stays(title):
    doc, _report = clean("\n".join([title, "2026年11月3日", *DAY]))
    assert doc.get_metadata("title") == title
    assert texts(doc) == ["2026年11月3日", *DAY]


def test_a_news_pages_date_under_its_headline_goes():
    doc, report = clean("\n".join(["我校学子在市拔河比赛中获第二名", "2026年11月3日", *DAY]))
    assert removed(report, "meta-lines.date-line-written") == ["2026年11月3日"]
    assert texts(doc) == DAY


def test_a_weekly_notes_name_over_its_week_is_the_title():
    doc, _report = clean("\n".join(["周记", "第十四周", *DAY]))
    assert doc.get_metadata("title") == "周记"
    assert texts(doc) == ["第十四周", *DAY]


@pytest.mark.parametrize(("title", "book"), [("《江边的灯》读书笔记", "书名：江边的灯"),
                                            ("读书笔记", "书名：《江边的灯》")])
def test_the_books_author_under_its_name_stays(title, book):
    doc, _report = clean("\n".join([title, book, "作者：林一禾", *NOTE]))
    assert doc.get_metadata("title") == title
    assert texts(doc) == [book, "作者：林一禾", *NOTE]


def test_a_pages_author_under_its_title_still_goes():
    doc, report = clean("\n".join(["江边小镇的冬天", "作者：林一禾", *NOTE]))
    assert removed(report, "meta-lines.source-author-line") == ["作者：林一禾"]
    assert texts(doc) == NOTE


def test_a_papers_name_over_its_e_page_is_no_title():
    head = ["青山日报", "2026年11月21日", "上一版 下一版", "A03：要闻"]
    doc, _report = clean("\n".join([*head, HEADLINE, *NEWS]))
    assert doc.get_metadata("title") == HEADLINE
    assert texts(doc) == NEWS

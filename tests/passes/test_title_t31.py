"""Title lines of plain documents by form (round 31): a note's addressee or unit field is never its
title, a speech's exclaimed title over its salutation is, and a sentence naming the title's words
is never taken for the title repeated. Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

NOTE = ["本人于2025年3月12日上午外出拜访客户，未能按时打卡，特此说明。", "说明人：孙小明", "2025年3月13日"]


@pytest.mark.parametrize("first", ["致：人力资源部", "主送：各乡镇人民政府", "抄送：县财政局",
                                   "报告单位：某某镇卫生院", "申报部门：后勤保障科"])
def test_an_addressee_or_unit_field_opening_a_note_is_no_title_and_stays(first):
    doc, report = clean("\n".join([first, *NOTE]))
    assert not report.title
    assert texts(doc) == [first, *NOTE]


def test_a_note_titled_over_its_addressee_keeps_the_addressee():
    doc, report = clean("\n".join(["情况说明", "致：人力资源部", *NOTE]))
    assert report.title == "情况说明"
    assert texts(doc) == ["致：人力资源部", *NOTE]


SPEECH = ["亲爱的同学们：", "大家好！今天我演讲的题目是青春与梦想。", "青春是一首歌，唱出我们的梦想。", "谢谢大家！"]


def test_an_exclaimed_title_over_a_salutation_is_the_speechs_title():
    doc, report = clean("\n".join(["青春，向未来出发！", *SPEECH]))
    assert report.title == "青春，向未来出发！"
    assert texts(doc) == SPEECH


def test_an_exclaimed_sentence_over_a_paragraph_is_not_taken():
    lines = ["今天真是开心的一天！", "早上妈妈带我去公园放风筝，风筝飞得好高好高。", "我们玩到中午才回家。"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert texts(doc) == lines


def test_a_sentence_holding_the_titles_words_is_no_repeat_of_it():
    # "我爱秋天的校园。" under "秋天的校园": the essay's last sentence, never the title again.
    body = ["秋天来了，校园里的桂花开了，香气扑鼻。", "操场边的银杏树叶变黄了，像一把把小扇子。", "我爱秋天的校园。"]
    doc, report = clean("\n".join(["秋天的校园", *body]))
    assert report.title == "秋天的校园"
    assert texts(doc) == body


def test_the_title_printed_again_under_it_still_goes():
    body = ["为切实做好春季防火工作，决定开展一次消防安全检查。", "一、检查时间", "3月10日至3月20日。"]
    doc, report = clean("\n".join(["关于开展春季消防安全检查的通知", "关于开展春季消防安全检查的通知", *body]))
    assert report.title == "关于开展春季消防安全检查的通知"
    assert texts(doc) == body


PLAN = ["为激发学生的创新热情，学校决定举办本届科技创新大赛。", "一、参赛对象", "全校学生。"]


def test_a_titles_genre_word_on_a_line_of_its_own_is_joined_to_it():
    doc, report = clean("\n".join(["第三届校园科技创新大赛", "实施方案", *PLAN]))
    assert report.title == "第三届校园科技创新大赛实施方案"
    assert texts(doc) == PLAN


@pytest.mark.parametrize("head", [["校园科技创新大赛实施方案", "工作方案"],  # the title names its genre
                                  ["大赛名录", "报名办法"],  # a short name: a list's item over the next
                                  ["述职报告：在平凡岗位上成长", "工作总结"]])  # a colon title naming it
def test_a_genre_line_under_a_title_naming_one_or_a_short_name_stays(head):
    doc, report = clean("\n".join([*head, *PLAN]))
    assert report.title != "".join(head)
    assert head[1] in texts(doc)


def test_an_addressee_in_latin_letters_is_no_title():
    lines = ["To：全体员工", "公司定于本周六组织员工体检，请大家空腹前往。", "行政部"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert texts(doc) == lines


LESSON = ["活动目标：", "1.知道影子是光被挡住后形成的。", "活动准备：手电筒、小玩偶若干。", "活动过程：",
          "一、谈话导入，引起兴趣。"]


@pytest.mark.parametrize("title", ["中班科学活动：有趣的影子", "主题班会：珍爱生命 预防溺水"])
def test_a_colon_title_naming_a_lesson_over_its_fields_is_the_title(title):
    doc, report = clean("\n".join([title, *LESSON]))
    assert report.title == title
    assert texts(doc)[:2] == LESSON[:2]


def test_minutes_fields_with_a_long_label_stay_fields():
    lines = ["参加会议人员：全体中层干部", "会议时间：2025年4月3日下午", "会议地点：三楼会议室",
             "一、传达上级会议精神。"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert texts(doc) == lines

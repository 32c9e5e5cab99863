"""Meta lines by form (issue 18, round 27): the forms a page's date, page label and facts take on
sites no rule was written for, and the near misses that stay.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

import pytest

from helpers import clean, texts

TITLE = "河湾区水务局召开防汛工作专题会议"
BODY = ["为做好今年的防汛工作，区水务局于六月三日召开专题会议，逐一检查各街道的防汛准备情况。",
        "会议要求，各街道要在六月十日前完成排水管网清淤，备齐沙袋、水泵等物资。",
        "会议强调，要压实责任、细化措施，确保汛期安全度过。"]


@pytest.mark.parametrize("line", [
    "2023年6月5日（星期一）",       # the weekday in brackets, as a school's or a paper's page prints it
    "2023年6月5日 (星期一)",
    "2023-06-05（星期一）",
    "2023-06-05 (Monday)",
    "二〇二三年六月五日（星期一）",   # in numerals with the weekday: no 公文 dates itself so
    "2023年6月5日 週一",
])
def test_a_date_line_with_its_weekday_under_the_title_goes(line):
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert texts(doc) == BODY
    assert report.title == TITLE


@pytest.mark.parametrize("line", [
    "2023年6月5日 星期一 晴",    # a diary's date with the weather: the entry's own line
    "二〇二三年六月五日",          # a date in numerals alone: how a notice dates itself
])
def test_a_dated_line_of_the_text_stays(line):
    doc, _ = clean("\n".join([TITLE, line, *BODY]))
    # (the blanks between its words are the typography pass's to drop)
    assert texts(doc) == ["".join(line.split()), *BODY]


NEWS = ["6月3日，河湾区水务局召开防汛工作专题会议，逐一检查各街道的防汛准备情况。",
        "会议要求，各街道要在6月10日前完成排水管网清淤，备齐沙袋、水泵等物资。"]


@pytest.mark.parametrize("header", ["河湾区城关镇", "南山第三中学", "槿城"])
@pytest.mark.parametrize("facts", [[], ["发布时间：2023-06-05 10:21"]])
def test_a_sites_name_over_its_breadcrumb_is_no_title(header, facts):
    # The page's header prints the site's (or a channel's) name, then the breadcrumb, then the
    # title (and its facts, or none): the title is the line under the breadcrumb.
    page = [header, "当前位置：网站首页 > 政务动态 > 正文", TITLE, *facts, *NEWS]
    doc, report = clean("\n".join(page))
    assert report.title == TITLE
    assert texts(doc) == NEWS


def test_a_page_named_by_its_breadcrumbs_last_step_keeps_its_title():
    page = ["学校简介", "当前位置：首页 > 学校概况 > 学校简介",
            "南山第三中学创办于1958年，现有教学班36个，在校学生1600余人。", "学校占地八十亩，绿树成荫。"]
    doc, report = clean("\n".join(page))
    assert report.title == "学校简介"
    assert texts(doc) == page[2:]


@pytest.mark.parametrize("crumb", ["青禾范文 > 防汛专题", "某某学习网 \u203a 工作动态", "某某文库 > 总结报告"])
def test_a_crumb_of_two_steps_opened_by_the_sites_name_goes(crumb):
    doc, report = clean("\n".join([TITLE, crumb, *BODY]))
    assert report.title == TITLE
    assert texts(doc) == BODY


def test_two_words_set_apart_by_an_arrow_in_the_text_stay():
    # No site's name opens the line: a comparison the text draws, not a crumb.
    line = "上半年收入 > 上年同期"
    doc, _ = clean("\n".join([TITLE, *BODY[:1], line, *BODY[1:]]))
    assert line.replace(" ", "") in [t.replace(" ", "") for t in texts(doc)]


@pytest.mark.parametrize("greeting", ["青禾文库，欢迎您！", "某某范文，汇集各类范文，写作好帮手!"])
def test_a_sites_greeting_opening_the_page_does_not_hide_the_title_over_its_facts(greeting):
    page = [greeting, TITLE, "浏览量：57", "发布时间：2024-02-11", *BODY]
    doc, report = clean("\n".join(page))
    assert report.title == TITLE
    assert texts(doc) == BODY


def test_a_greeting_with_a_salutations_colon_is_the_texts_first_line():
    # "大家好！" after a salutation opens a speech: no site's greeting, and no title above it.
    page = ["老师们、同学们：大家好！", "今天我演讲的题目是《书香伴我成长》", "时间：2024-02-11", *BODY]
    doc, report = clean("\n".join(page))
    assert report.title != "今天我演讲的题目是《书香伴我成长》"
    assert texts(doc)[0] == "老师们、同学们：大家好！"


@pytest.mark.parametrize("column", ["【图片新闻】", "检务公开", "最新消息"])
def test_a_sites_column_over_an_untitled_item_is_no_title(column):
    doc, report = clean("\n".join([column, *NEWS]))
    assert report.title != column.strip("【】")
    assert texts(doc) == NEWS


def test_an_announcements_name_is_still_its_title():
    page = ["招聘公告", "因工作需要，河湾区水务局面向社会公开招聘编外工作人员3名，现将有关事项公告如下。",
            "报名时间为6月5日至6月9日。"]
    doc, report = clean("\n".join(page))
    assert report.title == "招聘公告"
    assert texts(doc) == page[1:]


@pytest.mark.parametrize("line", [
    "2023-06-05 10:21:43 信息来源：《河湾法学》2015年第4期 作者：钟小言",
    "WWW.EXAMPLE-LAW.NET 2015-09-08 10:21:43 信息来源：《河湾法学》2015年第4期",
    "2023年06月05日 10:20 文章来源：河湾区水务局 浏览次数：128",
])
def test_a_stamp_then_any_site_label_under_the_title_goes(line):
    doc, _ = clean("\n".join([TITLE, line, *BODY]))
    assert texts(doc) == BODY


def test_a_contact_box_above_the_page_goes():
    box = ["3. 联系我们", "河湾生态农业开发有限公司", "地址：河湾市东湖区湖滨路8号", "电话：028-38000000"]
    doc, _ = clean("\n".join([*box, "您现在的位置：首页 > 新闻中心 > 行业新闻", TITLE, *BODY]))
    assert not set(box) & set(texts(doc))
    assert texts(doc)[-len(BODY):] == BODY
    # (the title search still takes the company's name under the box's head for the title: left)


def test_a_notices_own_contacts_stay():
    # A document names its contacts 联系方式 or 联系人: the text's own lines, whatever their shape.
    contacts = ["联系方式", "联系人：王小明", "电话：028-38000000", "地址：河湾市东湖区湖滨路8号"]
    doc, _ = clean("\n".join([TITLE, *BODY, *contacts]))
    assert texts(doc)[-3:] == contacts[1:]

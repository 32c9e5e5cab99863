"""Page titles, round 36 (issue 18): affixes a site prints on the title's line that are no words of the
title (its keywords in brackets repeating the title, the day the page went up)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_core import title_core
from reportfmt.passes.title_credits import photo_caption
from reportfmt.passes.title_forms import clean_title, never_title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # The title again in brackets, lengthened by a search's words: the site's keywords.
        ("请假条怎么写(请假条怎么写给班主任)", "请假条怎么写"),
        ("社区消防演练总结（社区消防演练总结1000字）", "社区消防演练总结"),
        # The day the page went up, in figures after a blank.
        ("青石镇2024年工作总结和2025年工作打算 2025-01-20", "青石镇2024年工作总结和2025年工作打算"),
        ("学校春季运动会方案 2023/3/8", "学校春季运动会方案"),
        # A bracket that is no copy of the title, or a copy no longer than it, stays; so does a date
        # glued to the title's words or in words.
        ("年度工作总结(2024年1月至6月)", "年度工作总结(2024年1月至6月)"),
        ("安全生产责任书(安全生产)", "安全生产责任书(安全生产)"),
        ("值班安排表2024-05-01", "值班安排表2024-05-01"),
    ],
)
def test_a_titles_affixes_that_are_no_words_of_it_go(line, title):
    assert clean_title(line) == title


def test_a_line_repeating_the_title_with_its_keywords_has_the_titles_core():
    assert title_core("请假条怎么写(请假条怎么写给班主任)") == title_core("请假条怎么写")


def test_the_title_with_its_keywords_repeated_is_taken_and_its_copy_below_goes():
    doc, report = clean("请假条怎么写(请假条怎么写给班主任)\n2024-03-11 08:20:15 来源:\n"
                        "请假条怎么写(请假条怎么写给班主任)\n"
                        "请假条是向老师或单位说明不能按时到校、到岗的原因并请求准假的便条，写清事由和时间最要紧。\n"
                        "一、请假条的格式\n标题居中写“请假条”三个字。")
    assert report.title == "请假条怎么写"
    assert not any("请假条怎么写(" in line for line in texts(doc))
    assert texts(doc)[0].startswith("请假条是向老师")


@pytest.mark.parametrize(
    "line",
    [
        # A service desk's hotline with its area code; the site's own account; the loading note with
        # what loads; a document site's contents label; the site's address in styled letters.
        "客服热线:0755-26581234",
        "官方微信公众号",
        "官方(fāng)微信公眾(zhòng)號",
        "页面正在加载，请稍候...",
        "- 目录",
        # (mathematical bold letters, U+1D41A on)
        "".join(chr(0x1D41A + ord(c) - ord("a")) if c.isalpha() else c for c in "www.example.com"),
        "www.example.com.cn",
        # An e-paper's list of the day's pages; a welcome line naming the site, its address, its slogan.
        "01版:要 闻",
        "欢迎访问某某文书网【www.example.cn】,您身边的写作好帮手!",
        # A reporter under a paper's qualifier.
        "特邀记者 林晓",
        "首席记者 周立新",
    ],
)
def test_lines_no_page_is_titled_with(line):
    assert never_title(line)


@pytest.mark.parametrize(
    "line",
    [
        # A letter's or a 公文's own contact line, a title naming an account or a contents, a press
        # conference: the document's words.
        "电话:0571-86001234",
        "微信公众号运营方案",
        "目录管理办法",
        "记者招待会",
        "Python入门",
    ],
)
def test_lines_a_page_may_be_titled_with_stay_candidates(line):
    assert not never_title(line)


def test_a_photographers_credit_with_a_spaced_name_is_no_title():
    assert photo_caption("林 川/摄")
    assert photo_caption("林 川/攝")
    assert not photo_caption("摄影技巧")


def test_a_scripts_opening_words_label_opens_its_text_and_no_title_is_taken():
    doc, report = clean("开头语\n甲：同学们，大家好！又到了一年一度的读书月，书香飘进了每一间教室。\n"
                        "乙：今天我们就来聊聊读书这件事。")
    assert report.title is None
    assert texts(doc)[0] == "开头语"


def test_the_title_under_the_sites_account_line_is_taken():
    doc, report = clean("官方微信公众号\n医院动态\n我院发热门诊改造完成投入使用\n"
                        "3月8日，我院发热门诊改造工程完工，新增诊室四间、留观床位十张，当天即接诊患者三十余人。")
    assert report.title == "我院发热门诊改造完成投入使用"
    assert texts(doc)[-1].startswith("3月8日")


def test_a_headline_printed_whole_then_phrase_by_phrase_is_the_title_whole():
    doc, report = clean("01版:要 闻\n02版:综 合\n全市春耕备耕现场会召开 要求抓早抓实确保不误农时\n"
                        "全市春耕备耕现场会召开\n要求抓早抓实确保不误农时\n( 2025-03-02 ) 稿件来源:某某日报\n"
                        "3月1日,全市春耕备耕现场会在城北镇召开,与会人员实地察看了育秧工厂和农机合作社。")
    assert report.title == "全市春耕备耕现场会召开 要求抓早抓实确保不误农时"
    assert texts(doc)[-1].startswith("3月1日")
    assert not any(line.startswith(("01版", "全市春耕", "要求抓早")) for line in texts(doc))


def test_a_headline_over_its_shorter_repeat_gives_the_repeat():
    # (the case the phrase-by-phrase copy is told from: a name glued before the title, the title below)
    _, report = clean("某某彩票 垃圾不落地活动方案\n垃圾不落地活动方案\n一、活动目的\n"
                      "让每一名学生养成随手捡拾垃圾的习惯。")
    assert report.title == "垃圾不落地活动方案"


@pytest.mark.parametrize(
    "line",
    [
        # A post's time in figures with its views counted after it; a portal's hot searches.
        "2021 5 9 10:42 AM 356次查看",
        "2023-06-01 1280人浏览",
        "热门: 台风动态 油价 升学考试",
    ],
)
def test_facts_and_hot_searches_are_no_title(line):
    assert never_title(line)


@pytest.mark.parametrize("line", ["某某工作总结 356次查看", "热门专业报考指南"])
def test_a_title_with_a_count_or_a_hot_word_stays_a_candidate(line):
    assert not never_title(line)


def test_the_title_over_the_posts_time_and_views_is_taken():
    doc, report = clean("值班表自动生成的一次尝试\n2021 5 9 10:42 AM 356次查看\n分类:工具 标签:表格\n"
                        "科室每月排一次值班表，过去都是手工排，常常有人一个月连值三个周末。")
    assert report.title == "值班表自动生成的一次尝试"
    assert texts(doc)[-1].startswith("科室每月排一次值班表")


def test_a_headline_with_its_kicker_printed_again_in_lines_under_its_facts_is_the_title_whole():
    doc, report = clean("以读促写 以写促思 城西小学阅读教学改进方案\n【发布时间:2023-09-01】【作者:管理员】\n"
                        "以读促写  以写促思\n城西小学阅读教学改进方案\n一、现状分析\n"
                        "近两年，学校中高年级学生的课外阅读量明显下降，习作内容空泛的问题比较突出。")
    assert report.title == "以读促写 以写促思 城西小学阅读教学改进方案"
    assert "一、现状分析" in texts(doc)

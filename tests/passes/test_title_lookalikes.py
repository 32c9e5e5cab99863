"""Lines a titleless page may open on that look like a short title and are none (title_forms.py):
a counter ("共有5条评论", "赞(12)"), a link to elsewhere ("点击查看全文", "我要投稿"), a wiki's
skip links and tagline, and a table's column names ("序号", "姓名 性别 年龄"). The first three are
the page's and go; a table's cells are the text's and stay. A real title under them is still
taken. A site's name before a document's name on one line ("某某网 学校安全管理制度") leaves the
title; before a slogan or a menu it is a banner, no title. Fixtures written for the project."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_forms import counts_or_links, names_columns
from reportfmt.passes.title_shape import title_shaped

BODY = ["为进一步加强学校安全管理，保障师生生命财产安全，结合我校实际，制定本制度。",
        "一、学校成立安全工作领导小组，校长任组长。",
        "二、每月开展一次安全隐患排查，发现问题及时整改。"]

COUNTERS_AND_LINKS = ["共有5条评论", "12条评论", "3 条回复", "1.2万阅读", "赞(12)", "评论：0", "人气 356", "阅读 1234",
                      "点击查看全文", "点击查看全文>>", "跳转到正文", "返回顶部", "我要投稿", "相关文章", "猜你喜欢",
                      "跳转到导航 跳转到搜索", "跳到内容", "维基百科，自由的百科全书", "出自某某百科，自由的百科全书",
                      "From Wikipedia, the free encyclopedia"]


@pytest.mark.parametrize("line", COUNTERS_AND_LINKS)
def test_a_counter_a_link_or_a_wikis_tagline_on_a_titleless_page_is_no_title_and_goes(line):
    assert counts_or_links(line)
    doc, report = clean("\n".join([line, *BODY]))
    assert report.title is None
    assert texts(doc) == BODY
    assert [r["text"] for r in report.removed] == [line]


@pytest.mark.parametrize("line", ["共有5条评论", "点击查看全文>>", "维基百科，自由的百科全书"])
def test_the_title_under_such_a_line_is_taken(line):
    doc, report = clean("\n".join([line, "学校安全管理制度", *BODY]))
    assert report.title == "学校安全管理制度"
    assert texts(doc) == BODY


@pytest.mark.parametrize("line", ["序号", "姓名 性别 年龄", "项目名称", "工作任务 责任单位 完成时限"])
def test_a_tables_column_names_are_no_title_and_stay(line):
    assert names_columns(line) and not title_shaped(line)
    doc, report = clean("\n".join([line, *BODY]))
    assert report.title is None
    assert "".join(texts(doc)[0].split()) == "".join(line.split())  # (typography joins CJK words)
    # Parted by bars, the row is no title either (what else it is is the boilerplate pass's).
    assert names_columns("工作任务 | 责任单位 | 完成时限") and not title_shaped("工作任务 | 责任单位 | 完成时限")


@pytest.mark.parametrize("line", ["学校安全管理制度", "评论员文章选编", "阅读推广活动方案", "项目建设工作总结",
                                  "我要当一名好老师", "返回家乡创业的调研报告", "自由的百科全书", "点赞新时代"])
def test_titles_with_such_words_in_them_stay_titles(line):
    assert not counts_or_links(line) and not names_columns(line)
    _, report = clean("\n".join([line, *BODY]))
    assert report.title == line


@pytest.mark.parametrize(("line", "title"), [("某某网 学校安全管理制度", "学校安全管理制度"),
                                             ("某某范文网-2023年度个人工作总结", "2023年度个人工作总结")])
def test_a_sites_name_before_the_title_on_its_line_goes_and_the_title_is_taken(line, title):
    doc, report = clean("\n".join([line, *BODY]))
    assert report.title == title
    assert texts(doc) == BODY


@pytest.mark.parametrize("line", ["某某读书网-读万卷书行万里路", "某某网 首页 工作总结 工作计划 演讲稿"])
def test_a_sites_banner_with_its_slogan_or_menu_is_no_title(line):
    doc, report = clean("\n".join([line, *BODY]))
    assert report.title is None
    assert texts(doc) == BODY

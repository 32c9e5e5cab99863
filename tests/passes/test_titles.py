"""The page repeating its title (boilerplate/titles.py): with count and selling affixes, glued
before the first sentence, under a sample's marker; the title found by its repeat. Fixtures are
written for the project in the forms template sites print."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.titles import title_core

BODY = [f"第{n}条：各班组要落实安全生产责任，定期开展隐患排查，发现问题及时整改到位，做到闭环管理。"
        for n in range(1, 9)]



@pytest.mark.parametrize("line", [
    "车间安全生产管理制度(精选8篇)", "车间安全生产管理制度（通用12篇）", "【车间安全生产管理制度】",
    "2024年最新车间安全生产管理制度范文", "车间安全生产管理制度3", "《车間安全生產管理制度》(共4篇)",
    "车间安全生产管理制度模板大全_某某范文网", "车间安全生产管理制度范例6篇",
])
def test_a_title_with_affixes_has_the_titles_core(line):
    assert title_core(line) == "车间安全生产管理制度"


@pytest.mark.parametrize("line", ["车间安全生产管理制度(精选8篇)", "《车间安全生产管理制度》", "车间安全生产管理制度5"])
def test_the_title_repeated_with_affixes_goes(line):
    doc, report = clean("\n".join(["车间安全生产管理制度", line, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "title.repeated-title") == [line]


def test_deep_in_the_page_only_a_repeat_counting_its_samples_goes():
    page = ["车间安全生产管理制度", *BODY, "车间安全生产管理制度范文", "车间安全生产管理制度(精选8篇)", *BODY]
    doc, report = clean("\n".join(page))
    assert removed(report, "title.repeated-title") == ["车间安全生产管理制度(精选8篇)"]
    assert "车间安全生产管理制度范文" in texts(doc)  # a sample may carry the title's words


def test_a_title_glued_before_the_first_sentence_is_cut_and_the_sentence_stays():
    first = "关于开展冬季消防检查的通知 各车间、各部门：为切实做好冬季防火工作，现将有关事项通知如下。"
    doc, report = clean("\n".join(["关于开展冬季消防检查的通知", first, *BODY]))
    assert texts(doc)[0] == "各车间、各部门：为切实做好冬季防火工作，现将有关事项通知如下。"
    assert removed(report, "title.repeated-title") == ["关于开展冬季消防检查的通知"]


def test_a_samples_name_printed_again_under_its_marker_goes():
    page = ["班组长述职报告(精选3篇)", "第一篇:班组长年度述职报告", "班组长年度述职报告", *BODY]
    doc, report = clean("\n".join(page))
    assert removed(report, "title.repeated-title") == ["班组长年度述职报告"]
    assert texts(doc)[0] == "第一篇：班组长年度述职报告"


def test_the_line_the_page_repeats_is_its_title_and_the_menu_above_it_goes():
    page = ["后勤 导航", "食堂卫生管理规定", "编辑:后勤处2023-05-06", "食堂卫生管理规定(通用5篇)", *BODY]
    doc, report = clean("\n".join(page))
    assert report.title == "食堂卫生管理规定"
    assert removed(report, "meta-lines.above-title") == ["后勤 导航"]
    assert texts(doc) == BODY


def test_a_repeat_below_the_start_of_the_text_makes_no_title():
    page = ["一、总体要求", *BODY[:2], "小编推荐", "小编推荐"]
    doc, report = clean("\n".join(page))
    assert "一、总体要求" in texts(doc)
    assert not removed(report, "meta-lines.above-title")


def test_the_title_is_the_line_above_the_pages_meta_line():
    page = ["欢迎访问某某学院新闻网", "News", "校园新闻", "学生党员思想汇报(三)", "时间:2019-11-06 阅读:",
            *BODY]
    doc, report = clean("\n".join(page))
    assert report.title == "学生党员思想汇报(三)"
    # ("News" is looked past as Latin words, "校园新闻" as a line over the title: both go, in either order.)
    assert sorted(removed(report, "meta-lines.above-title")) == sorted(["News", "校园新闻"])
    assert texts(doc) == BODY


def test_a_samples_own_title_under_its_marker_stays_with_its_mask():
    # Under the first sample's marker the page prints its title again (that goes), then the
    # sample's own title: worded like the page title, but not it. It stays, and its mask.
    title = "街道上半年社会治安综合治理工作总结及下半年工作思路(精选多篇)"
    own = "街道xx年上半年社会治安综合治理工作总结和下半年工作思路"
    page = [title, "第一篇:街道上半年社会治安综合治理工作总结及下半年工作思路", title, own, *BODY]
    doc, report = clean("\n".join(page))
    assert removed(report, "title.repeated-title") == [title]
    assert own in texts(doc)
    assert [m["text"] for m in report.masks] == ["xx"]


def test_above_the_first_marker_a_title_worded_alike_still_goes():
    title = "街道上半年综治工作总结及下半年打算"
    alike = "街道2024年上半年综治工作总结及下半年打算"
    doc, report = clean("\n".join([title, alike, "第一篇:社区综治工作总结", *BODY]))
    assert removed(report, "title.repeated-title") == [alike]
    assert alike not in texts(doc)


def test_a_line_leaving_out_the_titles_words_is_no_repeat_of_it():
    # Under a guide's title its first section's name, worded alike but without "及范文".
    page = ["报告标准格式及范文", "报告的标准格式", *BODY]
    doc, report = clean("\n".join(page))
    assert "报告的标准格式" in texts(doc)
    assert not removed(report, "title.repeated-title")


def test_a_fuller_form_of_the_title_under_it_is_the_title_again():
    page = ["“五四”青年节座谈会讲话", "在纪念“五四”青年节座谈会上的讲话", *BODY]
    _doc, report = clean("\n".join(page))
    assert removed(report, "title.repeated-title") == ["在纪念“五四”青年节座谈会上的讲话"]


def test_the_bracketed_title_a_site_stamps_before_a_numbered_part_is_cut_off_it():
    # The bracket closes the title whatever follows, a numbered part of the text included.
    page = ["会议记录的写法", "会议记录是会议的原始材料。", "1、记录头 。写明会议名称、时间、地点和出席人 。",
            "【会议记录的写法】2、记录主体 。主体部分写会议的议程、发言和决定事项，要求真实、准确、完整 。",
            "3、结尾 。写明散会时间并由记录人签名 。"]
    doc, report = clean("\n".join(page))
    assert report.title == "会议记录的写法"
    assert texts(doc)[2] == "2、记录主体。主体部分写会议的议程、发言和决定事项，要求真实、准确、完整。"
    assert {"text": "【会议记录的写法】", "rule": "title.repeated-title"} in report.removed


def test_a_title_counting_its_examples_is_the_title_over_its_bare_repeat():
    # "范例" sells samples as "范文" does: the counted title is the page's, its bare repeat goes.
    page = ["车间安全生产管理制度范例6篇", "车间安全生产管理制度", "车间安全生产管理制度范例1", *BODY]
    doc, report = clean("\n".join(page))
    assert report.title == "车间安全生产管理制度范例6篇"
    assert removed(report, "title.repeated-title") == ["车间安全生产管理制度"]
    assert texts(doc)[-len(BODY):] == BODY


@pytest.mark.parametrize("field", [
    "事由：关于调整暑期作息时间的通知", "主旨：關於調整暑期作息時間的通知", "案由:关于调整暑期作息时间的通知"])
def test_a_notices_subject_field_worded_as_its_title_stays(field):
    # The 公文's first part names its subject in the title's words: the document's line, no repeat.
    page = ["关于调整暑期作息时间的通知", "发布时间：2024-06-05", field, "各部门：", *BODY]
    doc, report = clean("\n".join(page))
    assert report.title == "关于调整暑期作息时间的通知"
    assert field.replace(":", "：") in texts(doc)
    assert not removed(report, "title.repeated-title")


def test_an_index_tables_title_field_repeating_the_title_still_goes():
    page = ["关于调整暑期作息时间的通知", "标题：关于调整暑期作息时间的通知", *BODY]
    doc, _ = clean("\n".join(page))
    assert "标题：关于调整暑期作息时间的通知" not in texts(doc)

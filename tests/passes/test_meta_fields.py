"""Meta lines recognised by their structure (meta-lines.yaml `field-*` rules): a line made only
of site fields goes whatever its wording; a line of the document with fields of its own stays.
Fixtures are written for the project in the forms template sites print."""

from __future__ import annotations

import pytest

from helpers import clean, texts

BODY = [f"第{n}项：我们按计划推进各项工作，各项指标稳中有升，群众反映良好，"
        "下一步还要在制度建设和队伍建设上持续用力、巩固提高。" for n in range(1, 9)]


def page(*, head=(), tail=(), title="2024年后勤保障工作总结"):
    return "\n".join([title, *head, *BODY, *tail])


def rules_of(report):
    return {r["text"]: r["rule"] for r in report.removed}


@pytest.mark.parametrize("line", [
    "时间:2024-05-12 08:31:07 | 来源:某某范文网",
    "字数:3210字浏览:518次下载:6次",
    "格式:DOC , 页数:12 ,大小:96KB ,",
    "上传人:w****2 文档编号:7731205 上传时间:2023-11-02 格式:DOCX 页数:8 大小:28.4KB",
    "作者：佚名 · 栏目：工作总结 · 阅读：2.3万",
    "发布者：站务 丨 更新时间：2022/9/7",
    "• 上传人(卖家):春风化雨 • 页数:6",
])
def test_a_line_of_site_fields_goes_whatever_the_wording(line):
    doc, report = clean(page(head=[line]))
    assert texts(doc) == BODY
    # A date line may give the page's date, and a 文库 upload line has its own rule.
    assert rules_of(report)[line].split(".")[0] in ("meta-lines", "metadata", "document-site")


def test_the_structure_rule_names_what_no_wording_rule_knows():
    line = "栏目：工作总结 · 阅读：2.3万 · 评论：12"
    _, report = clean(page(tail=[line]))
    assert rules_of(report)[line] == "meta-lines.field-line"


@pytest.mark.parametrize("line", [
    "会议时间：2024年6月3日上午9:00 会议地点：三楼会议室",  # the minutes' own fields
    "时间：2024年6月3日 地点：三楼会议室",  # 地点 is no site label
    "作者：李明 单位：市档案馆",
    "分享：我的第一次志愿服务经历",  # one field of words: a heading, not a fact
])
def test_a_document_line_with_fields_of_its_own_stays(line):
    # Inside the text (a date or author line at the very top is the page's metadata).
    doc, _ = clean("\n".join(["2024年后勤保障工作总结", *BODY[:7], line, *BODY[7:]]))
    # Kept (typography may drop the blank between Chinese words).
    assert "".join(line.split()) in ["".join(t.split()) for t in texts(doc)]


def test_a_label_left_without_its_value_goes_anywhere_and_a_bare_count_only_at_the_top():
    doc, report = clean(page(head=["2137", "栏目:"], tail=["分享到:"]))
    assert texts(doc) == BODY
    assert rules_of(report)["2137"] == "meta-lines.count-alone"
    assert rules_of(report)["栏目:"] == "meta-lines.field-label-alone"
    doc, _ = clean("\n".join(["2024年后勤保障工作总结", *BODY[:7], "2137", *BODY[7:]]))
    assert "2137" in texts(doc)


def test_a_date_with_a_view_count_and_a_byline_go_from_the_top():
    doc, report = clean(page(head=["2023-08-19 10:02:45 37次", "文/柳青"]))
    assert texts(doc) == BODY
    assert rules_of(report)["文/柳青"] == "meta-lines.byline"
    assert rules_of(report)["2023-08-19 10:02:45 37次"] == "meta-lines.date-and-count"


def test_a_closing_credit_is_cut_from_the_last_sentence_which_stays():
    last = "会后各组分头落实整改任务。（办公室供稿）"
    doc, report = clean(page(tail=[last]))
    assert texts(doc)[-1] == "会后各组分头落实整改任务。"
    assert rules_of(report)["（办公室供稿）"] == "meta-lines.closing-credit"


def test_the_field_rules_never_take_a_sentence():
    sentence = "时间：紧迫，任务：繁重，我们必须在月底前完成全部台账的整理。"
    doc, _ = clean(page(head=[sentence]))
    assert sentence in texts(doc)

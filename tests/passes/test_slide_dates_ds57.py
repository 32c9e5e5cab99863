"""A 文库 page that shows a slide deck's text keeps the footer every slide prints: the same date with
the slide's number, alone on its line between two slides, or at the seam of the comma-joined slide
texts ("…,2024/3/18,5,3.1 …"), or glued after its weekday ("2019年3月4日星期一2【…】"). Three copies
at such places on a 文库 page: the date and the slide's number go, the slides' words stay (round
57). A date in a sentence, the same date on two slides only, and the same lines on a page that is
no 文库 page stay. Fixtures are written for the project with made-up words and names."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

FACTS = ["上传人:林** 文档编号:5566 上传时间:2024-03-20 格式:PPT 页数:40 大小:2.1MB", "下载 相关 举报"]


def test_the_footer_date_alone_between_slides_goes():
    # (a date alone on its line goes as a meta line already; the slides' text stays around it)
    lines = ["园林植物栽培第3章.ppt", *FACTS,
             "3.1 移植的意义", "移植能促进根系发育，扩大营养面积。", "2024/3/18",
             "3.2 移植的时间", "春季移植在土壤解冻后至萌芽前进行。", "2024/3/18",
             "3.3 移植的方法", "裸根移植适用于落叶树种的小苗。", "2024/3/18"]
    doc, _report = clean("\n".join(lines))
    body = texts(doc)
    assert "2024/3/18" not in "".join(body)
    assert "春季移植在土壤解冻后至萌芽前进行。" in body
    assert "裸根移植适用于落叶树种的小苗。" in body


def test_the_footer_date_and_slide_number_at_the_seams_go():
    slides = ("2024/3/18,1,园林植物栽培技术,第三章 苗木移植,主要内容3.1 移植的意义,2024/3/18,5,"
              "3.1 移植的意义,移植能促进根系发育,返回,2024/3/18,6,3.2 移植的时间,春季移植在土壤解冻后进行。")
    doc, report = clean("\n".join(["园林植物栽培第3章.ppt", *FACTS, slides]))
    assert removed(report, "injected.slide-date") == ["2024/3/18,1, 2024/3/18,5, 2024/3/18,6,"]
    body = "".join(texts(doc))
    assert "2024/3/18" not in body
    assert "移植能促进根系发育，返回，3.2 移植的时间，春季移植在土壤解冻后进行。" in body


def test_the_footer_date_glued_after_its_weekday_goes_with_the_number():
    slides = ("细胞是植物体结构和功能的基本单位。2019年3月4日星期一1【本章要点】本章介绍细胞的形态。"
              "2019年3月4日星期一2【学习目标】掌握细胞核的结构。2019年3月4日星期一3【重点难点】有丝分裂。")
    doc, report = clean("\n".join(["植物学课件第二章.ppt", *FACTS, slides]))
    assert removed(report, "injected.slide-date") == [
        "2019年3月4日星期一1 2019年3月4日星期一2 2019年3月4日星期一3"]
    body = "".join(texts(doc))
    assert "【本章要点】本章介绍细胞的形态。【学习目标】掌握细胞核的结构。【重点难点】有丝分裂。" in body


def test_a_date_in_the_sentences_stays():
    lines = ["社区议事会会议纪要.docx", *FACTS,
             "会议于2024/3/18,在社区活动室召开。", "会议决定2024/3/18,起试行新的停车办法。",
             "各楼栋长于2024/3/18,前报送名单。"]
    doc, report = clean("\n".join(lines))
    assert removed(report, "injected.slide-date") == []
    assert "会议于2024/3/18,在社区活动室召开。" in "".join(texts(doc))


def test_two_copies_or_no_wenku_page_keep_the_dates():
    two = ["园林植物栽培第3章.ppt", *FACTS, "移植能促进根系发育。", "2024/3/18", "春季移植在解冻后进行。", "2024/3/18"]
    _doc, report = clean("\n".join(two))
    assert removed(report, "injected.slide-date") == []
    plain = ["值班安排", "周一由张敏值班。", "2024/3/18", "周二由李强值班。", "2024/3/18",
             "周三由王芳值班。", "2024/3/18"]
    _doc, report = clean("\n".join(plain))
    assert removed(report, "injected.slide-date") == []
    seams = "周一由张敏值班,2024/3/18,1,周二由李强值班,2024/3/18,2,周三由王芳值班,2024/3/18,3,周四休息。"
    doc, report = clean("\n".join(["值班安排", seams]))
    assert removed(report, "injected.slide-date") == []
    assert "2024/3/18" in "".join(texts(doc))

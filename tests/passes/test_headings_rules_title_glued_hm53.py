"""A 制度's own title glued to its first chapter, "某某管理制度第一章总则第一条为…" (issue 18, round 53:
文库 and document pages that lost the line break after the document's title, read on several
hosts' pages, where 第一章 stayed text while 第二章 … were headings). Fixtures written for the
project, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_rules_title_glued_to_its_first_chapter_and_article_is_cut_off():
    doc, _ = clean("\n".join([
        "日常卫生管理制度",
        "清洁卫生标准管理制度",
        "清洁卫生标准管理制度第一章总则第一条为了规范办公区域的卫生管理，保障员工的健康，特制定本制度。",
        "第二条本制度按照清洁卫生标准制定，包括整理、清扫、清洁三个方面。",
        "第三条本制度适用于公司所有办公区域，全体员工必须遵守。",
        "第二章清洁卫生管理原则第四条整理是指对工作场所的物品进行分类和标识。",
        "第五条清扫是指对工作场所定期清除垃圾、清洁地面。",
    ]))
    headings = outline(doc)
    assert (1, "第一章总则") in headings
    assert (1, "第二章清洁卫生管理原则") in headings
    body = "\n".join(paras(doc))
    assert "为了规范办公区域的卫生管理，保障员工的健康，特制定本制度。" in body


def test_a_site_suffix_after_the_rule_word_stays_with_the_title():
    doc, _ = clean("\n".join([
        "驿站网点管理制度范文",
        "格式：docx 大小：37.55 KB 文档页数：5",
        "青松驿站网点规章制度范本第一章总则第一条为了规范驿站网点的运营管理，提高服务质量，制定本规章制度。",
        "第二条驿站网点应遵守国家法律法规，严格执行公司总部制定的各项规章制度。",
        "第二章组织架构与职责第三条驿站网点设站长一名，负责网点的整体运营管理。",
        "第四条站长负责组织网点的日常工作。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert "第一章总则" in headings
    assert not any(text.startswith("青松驿站网点规章制度范本第一章") for text in headings)


def test_a_sentence_citing_a_chapter_of_the_rules_stays_whole():
    doc, _ = clean("\n".join([
        "关于做好值班工作的通知",
        "各部门：",
        "根据公司考勤管理制度第一章的规定，节假日期间各部门须安排人员值班，值班表于节前报行政部。",
        "值班人员须保持通讯畅通，遇有紧急情况及时报告。",
    ]))
    body = "\n".join(paras(doc))
    assert "根据公司考勤管理制度第一章的规定，节假日期间各部门须安排人员值班，值班表于节前报行政部。" in body
    assert not any("第一章" in text for _, text in outline(doc))

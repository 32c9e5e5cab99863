"""A site's labels printed in brackets (round 34): "【上一篇】…", "[下一篇]…", "[相关文章]",
"【推荐度】", "[导读]…", "〔核心提示〕…", "[写作说明]" go as their bare forms do (the rules read
the label with or without its brackets). A paper's own bracketed abstract over its keywords
stays, and so does a book's part named "下篇" over its text.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

import pytest

from helpers import clean, removed_by, texts

TITLE = "柳溪社区2024年消防安全工作总结"
BODY = ["今年以来，柳溪社区坚持预防为主、防消结合，扎实推进消防安全各项工作，辖区内未发生火灾事故。",
        "一、健全组织，落实责任",
        "社区成立消防安全工作领导小组，各网格员为成员，逐户签订消防安全承诺书。",
        "二、下一步打算",
        "明年社区将继续加强宣传教育，提升居民的防火意识和自救能力。"]


@pytest.mark.parametrize("tail", [["【上一篇】柳溪社区2024年禁毒宣传工作总结", "【下一篇】桂园街道安全生产工作总结"],
                                  ["[上一篇]柳溪社区2024年禁毒宣传工作总结"],
                                  ["[相关文章]", "柳溪社区2024年综治维稳工作总结", "柳溪社区2024年妇联工作总结"]])
def test_bracketed_box_labels_after_the_text_go(tail):
    doc, _report = clean("\n".join([TITLE, *BODY, *tail]))
    assert texts(doc) == BODY


@pytest.mark.parametrize("head", [["[导读]柳溪社区全年未发生火灾事故，消防工作扎实推进。"],
                                  ["〔核心提示〕柳溪社区全年未发生火灾事故，消防工作扎实推进。"],
                                  ["[写作说明]"], ["- 柳溪社区消防工作计划 【推荐度】"]])
def test_bracketed_labels_above_the_text_go(head):
    doc, _report = clean("\n".join([TITLE, *head, *BODY]))
    assert texts(doc) == BODY


def test_a_papers_bracketed_abstract_over_its_keywords_stays():
    front = ["〔摘要〕本文以柳溪社区为例，分析老旧小区消防治理的难点，提出网格化管理与居民自治相结合的路径。",
             "〔关键词〕社区治理；消防安全；网格化"]
    doc, report = clean("\n".join(["老旧小区消防安全治理路径研究", *front, *BODY]))
    assert texts(doc)[:2] == front
    assert not removed_by(report, "lead-in.guide")


def test_a_books_part_named_below_stays():
    parts = ["上篇：理论基础", "主要介绍基本理论观点，帮助读者打牢理论功底。",
             "下篇：实践案例", "选取基层一线的典型案例，帮助读者把理论运用到工作实际中。"]
    intro = "本读本面向基层党员，力求通俗易懂，便于集中学习。"
    doc, _report = clean("\n".join(["基层理论学习读本编写说明", intro, *parts]))
    assert texts(doc)[-4:] == parts

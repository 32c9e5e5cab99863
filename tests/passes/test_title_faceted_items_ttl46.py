"""A tag page's listing whose items each end on a facts line (round 46): the listing's heading, then
each piece's name, a line of its excerpt and its facts ("2024-03-02", "2024-03-02 阅读:45",
"8页 · docx"). No title among them: neither the heading nor the first item's name. An article whose
title stands over its text, with one dated note under it, keeps its title.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.title_item_facts import faceted_items_start


def _items(facts: list[str]) -> list[str]:
    names = ["社区图书角志愿者怎么报名", "图书角借阅登记表遗失怎么办", "周末亲子共读活动安排"]
    excerpts = ["图书角每学期招募志愿者两次,报名的居民须能每周服务半天以上,并参加一次上岗培训……",
                "登记表遗失的,可到社区服务站说明情况,由管理员根据借阅系统补打一份……",
                "每周六上午九点到十一点,图书角为三到八岁的孩子和家长安排共读,每次一本绘本……"]
    return [line for name, excerpt, fact in zip(names, excerpts, facts, strict=True) for line in (name, excerpt, fact)]


def test_a_tag_heading_over_dated_items_gives_no_title():
    doc, report = clean("\n".join(["社区图书角志愿者", *_items(["2024-03-02", "2023-11-20", "2023-09-08"])]))
    assert not report.title
    assert "社区图书角志愿者" not in texts(doc)  # the tag's words: the site's
    assert "社区图书角志愿者怎么报名" in texts(doc)


def test_items_with_views_or_file_facts_give_no_title():
    _doc, report = clean("\n".join(_items(["2024-03-02 阅读:45", "2023-11-20 阅读:112", "2023-09-08 阅读:9"])))
    assert not report.title
    _doc, report = clean("\n".join(["图书角 借阅 志愿者", *_items(["8页 · docx", "3页 · pdf", "12页 · docx"])]))
    assert not report.title


def test_a_title_over_its_text_and_one_dated_line_keeps_it():
    _doc, report = clean("\n".join(["社区图书角管理办法", "为规范社区图书角的借阅和管理,制定本办法。",
                                    "2024-03-02", "第一条 图书角面向辖区居民免费开放。",
                                    "第二条 借阅实行登记制度,每人每次限借两册。"]))
    assert report.title == "社区图书角管理办法"


def test_facts_lines_of_two_forms_are_no_listing():
    lines = _items(["2024-03-02", "8页 · docx", "2023-09-08"])
    assert faceted_items_start(lines[0], []) is None

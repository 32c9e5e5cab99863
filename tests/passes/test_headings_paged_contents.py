"""A contents list whose dot leaders were lost, the page numbers left at the lines' ends
(lookalikes.paged_contents), and a viewer's page label ("Page 1", labels.unnumbered_shape): none
of their lines is a heading. Fixtures written for the project in the forms such pages take (an
e-book's contents under its editors' note, a 文库 document's numbered contents with the page after
a blank), with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.labels import unnumbered_shape
from reportfmt.passes.headings.lookalikes import paged_contents

# An e-book page: a page label, the contents (unit, spaced name, author, "." and the page), then
# the first unit's opening sections, each short line over its paragraph.
BOOK = [
    "Page 1",
    "目 次 第一讲 便 条 周明远.1",
    "第二讲 启 事 陈素云.14",
    "第三讲 会议记录 周明远.30",
    "第四讲 述职报告 梁小禾.47",
    "便条的用途",
    "便条是临时告知对方一件小事的短信，写在纸上留给不在场的人，几句话说清即可。",
    "便条的写法",
    "便条要写明给谁、什么事、谁留的和什么时候留的，不必有标题，语气应当客气。",
]


def test_contents_with_page_numbers_and_no_leaders_gives_no_heading():
    doc, _ = clean("\n".join(BOOK))
    assert outline(doc) == [(1, "便条的用途"), (1, "便条的写法")]
    # (the blanks inside the spaced names are closed up by the text pass; the entry stays body)
    assert "第二讲启事陈素云.14" in paras(doc)


def test_the_run_of_rising_page_numbers_is_the_contents():
    assert paged_contents(BOOK) == {1, 2, 3, 4}


def test_a_numbered_contents_with_the_page_after_a_blank_and_its_title_line():
    texts = ["门店管理手册", "目录", "1.开店准备 1", "2.收银管理 2", "3.库存盘点 2", "4.交接班 5",
             "1.开店准备", "店员应在营业前半小时到岗，检查货架、灯光和收银设备。"]
    assert paged_contents(texts) == {1, 2, 3, 4, 5}


def test_numbers_that_go_down_or_repeat_one_label_are_no_contents():
    # Scores listed by name go up and down; "步骤 1" / "步骤 2" / "步骤 3" is one label counted.
    assert paged_contents(["甲组 85", "乙组 92", "丙组 78"]) == set()
    assert paged_contents(["步骤 1", "步骤 2", "步骤 3"]) == set()
    # Two entries are not enough to tell pages from a pair of figures.
    assert paged_contents(["男生 16", "女生 24"]) == set()


def test_headings_ending_in_words_are_untouched():
    plan = ["一、活动背景", "本学期学校开展读书月活动。", "二、活动安排", "每周三下午在图书馆集中阅读。",
            "三、活动要求", "各班按时参加，不得缺席。"]
    assert paged_contents(plan) == set()
    doc, _ = clean("\n".join(plan))
    assert [text for _, text in outline(doc)] == ["一、活动背景", "二、活动安排", "三、活动要求"]


def test_a_page_label_has_no_heading_shape():
    for label in ("Page 1", "page 12", "P. 36", "第2页 / 共9页", "第 3 页"):
        assert not unnumbered_shape(label), label
    assert unnumbered_shape("编写说明")

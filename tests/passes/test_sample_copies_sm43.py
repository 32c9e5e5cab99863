"""Pages holding several samples (issue 18, helper sm43): a sample's copy of the title that adds or
drops a word, and a later sample headed by the bare title under a first sample opened by its own
name. Fixtures written for the project (made-up essays and plans)."""

from __future__ import annotations

from helpers import clean, outline, texts
from reportfmt.passes.headings.samples import numbered_title, title_sample_lines

BOOK_TITLE = "2024年小学生关于《山里的灯》读后感300字【6篇】"
ESSAY_ONE = ["暑假里我读了《山里的灯》，书里的小姑娘每天晚上给进山的人留一盏灯，我读了很久都放不下。",
             "她说灯亮着，走夜路的人就知道前面有人家。我想起外婆家门口那盏总是亮着的小灯。"]


def test_a_samples_copy_of_the_title_with_a_word_added_and_its_number_opens_the_sample():
    assert numbered_title("小学生关于《山里的灯》的读后感300字1", BOOK_TITLE, near=True) == 1
    # (only where the page announces several samples: else the exact words alone)
    assert numbered_title("小学生关于《山里的灯》的读后感300字1", BOOK_TITLE) is None
    assert numbered_title("小学生关于《山里的灯》读后感300字2", BOOK_TITLE) == 2
    # (the page's first sample cut short by the page: its only copy on the page shown)
    doc, report = clean("\n".join([BOOK_TITLE, "时间：2024-05-18 20:31:47 来源：网友投稿", BOOK_TITLE,
                                   "小学生关于《山里的灯》的读后感300字1", *ESSAY_ONE]))
    assert report.title == BOOK_TITLE
    # the page's plain copy of its title goes; the sample's numbered copy, a word added, opens it
    assert [r["rule"] for r in report.removed] == ["metadata.title", "metadata.date", "title.repeated-title"]
    assert outline(doc) == [(1, "小学生关于《山里的灯》的读后感300字1")]
    body = texts(doc)
    for line in ESSAY_ONE:
        assert line in body


def test_a_changed_word_or_a_picture_number_is_no_samples_copy():
    # another kind of document ("计划" for "总结"), and a picture numbered under the title's words
    assert numbered_title("学校卫生工作计划2", "学校卫生工作总结(精选5篇)", near=True) is None
    assert numbered_title("小区停车管理办法问答解读图1", "小区停车管理办法问答解读", near=True) is None
    # short titles: a word changed there may be other words altogether
    assert numbered_title("读书笔记的写法1", "读书笔记写法", near=True) is None


PLAN_TITLE = "社区暑期防火宣传活动计划方案(模板8篇)"
PLAN_ONE = ["为提高居民暑期防火意识，减少火灾隐患，结合社区实际，特制定本计划。",
            "一是在楼道张贴防火提示，二是组织一次灭火器使用演示，三是走访独居老人检查用电。"]
PLAN_TWO = ["暑假期间孩子在家时间长，用电用气增多，社区联合物业拟定以下宣传安排。",
            "每周六上午在小广场设宣传点，发放防火手册，回答居民提问。"]


def test_a_bare_title_below_a_first_sample_opened_by_its_own_name_heads_the_next_sample():
    lines = ["开展社区暑期防火宣传活动计划", *PLAN_ONE, "社区暑期防火宣传活动计划", *PLAN_TWO]
    key = PLAN_TITLE
    assert title_sample_lines(lines, key, announced=True, opened=0) == {len(PLAN_ONE) + 1}
    # alone, with no first sample above it, one bare title is the page repeating its title
    assert title_sample_lines(lines[len(PLAN_ONE) + 1:], key, announced=True) == frozenset()
    doc, report = clean("\n".join([f"首页>方案>{PLAN_TITLE}", PLAN_TITLE, "作者：青禾笔友", *lines]))
    assert report.title == PLAN_TITLE
    assert outline(doc) == [(1, "开展社区暑期防火宣传活动计划"), (1, "社区暑期防火宣传活动计划")]
    body = texts(doc)
    for line in (*PLAN_ONE, *PLAN_TWO):
        assert line in body

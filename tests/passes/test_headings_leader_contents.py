"""A contents list printed with dot leaders and page numbers (lookalikes.leader_contents): its
entries, and the bare part labels standing over their named entries, are no headings, wherever
the list stands and whether or not its entries come back below. Fixtures written for the project
in the forms such pages take (a manual's contents inside a collected sample, a tender document's
dash-led contents cut before its parts), with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.lookalikes import leader_contents

# A collection page: the sample's marker, its cover lines, then the manual's contents with the
# part labels on lines of their own and page numbers in brackets; the page ends there.
MANUAL = [
    "篇一：社区议事会工作手册",
    "社区议事会工作 实 用 手 册",
    "青禾街道办事处",
    "目",
    "录",
    "第一部分",
    "议事会的组成和职责 ............................ (1)",
    "一、议事会成员的产生 .......................... (1)",
    "二、议事会成员的条件 ........................ (2)",
    "第二部分",
    "议事的内容和程序 .............................. (4)",
    "一、公共事务的议定 ............................ (4)",
    "二、议定事项的公示 .......................... (6)",
]


def test_a_manuals_contents_with_part_labels_gives_no_heading():
    doc, _ = clean("\n".join(MANUAL))
    assert outline(doc) == [(1, "篇一：社区议事会工作手册")]
    assert "第一部分" in paras(doc) and "第二部分" in paras(doc)
    assert "一、议事会成员的产生 .......................... (1)" in paras(doc)


def test_the_part_labels_between_leader_entries_are_entries_and_the_cover_lines_are_not():
    texts = [None, *MANUAL[1:]]
    assert leader_contents(texts) == set(range(5, 13))


TENDER = [
    "河湾小学校舍维修工程招标文件",
    "目录",
    "投标须知前附表------------------------------2",
    "第一部分 招标公告------------------------------3",
    "第二部分 投标须知------------------------------6",
    "1. 现场踏勘------------------------------6",
    "2. 投标人资格------------------------------7",
]


def test_dash_led_contents_cut_before_the_parts_gives_no_heading():
    doc, _ = clean("\n".join(TENDER))
    assert outline(doc) == []
    assert "第一部分 招标公告------------------------------3" in paras(doc)


def test_the_parts_below_a_leader_contents_are_still_headings():
    plan = ["应急预案", "目 次",
            "1. 总则 ........................................ 3",
            "2. 处置原则 .................................... 4",
            "1. 总则", "本预案适用于本厂区内发生的各类生产安全事故。",
            "2. 处置原则", "先救人后救物，先控制后处置，就近调集力量。"]
    doc, _ = clean("\n".join(plan))
    assert outline(doc) == [(1, "1. 总则"), (1, "2. 处置原则")]


def test_one_line_ending_in_an_ellipsis_and_a_number_is_no_contents_list():
    # A sentence trailing off before a figure, alone: one leader-like ending proves nothing.
    texts = ["一、基本情况", "今年全镇共排查隐患……32", "二、存在问题", "部分村组整改不及时。"]
    assert leader_contents(texts) == set()
    doc, _ = clean("\n".join(texts))
    assert (1, "一、基本情况") in outline(doc) and (1, "二、存在问题") in outline(doc)


# A collection (汇编) page: its contents name its parts ("一、…") over the numbered titles of the
# documents each holds, with leaders and page numbers; the first document follows.
COLLECTION = [
    "年度工作材料汇编",
    "一、调研报告",
    "1.关于社区养老的调查 ……………… 1",
    "2.菜篮子工程调研 ……………… 6",
    "二、经验材料",
    "3.网格化管理的做法 ……………… 11",
    "关于社区养老的调查",
    "近年来，我区老年人口逐年增加，社区养老需求日益突出。",
]


def test_a_collections_named_parts_over_leader_entries_are_no_headings():
    assert leader_contents(COLLECTION) == set(range(1, 6))
    doc, _ = clean("\n".join(COLLECTION))
    assert not [text for _level, text in outline(doc) if text.startswith(("一、", "二、"))]
    assert "二、经验材料" in paras(doc)


def test_a_part_over_one_sentence_ending_in_a_number_stays_a_heading():
    # One leader-like ending under a part proves no contents list: the part keeps its heading.
    texts = ["一、基本情况", "今年全镇共排查隐患……32", "二、存在问题", "部分村组整改不及时。",
             "三、下步打算", "继续加大排查力度。"]
    assert leader_contents(texts) == set()


def test_a_part_over_amounts_led_by_dots_stays_a_heading():
    # Amounts rise and fall where a contents list's page numbers only grow: the lines are the
    # part's figures, and the part above them keeps its heading.
    texts = ["年度经费预算", "一、支出明细", "办公费……………200", "差旅费……………150", "培训费……………180",
             "二、说明", "以上费用均按实际发生额据实列支，年终统一结算。"]
    assert leader_contents(texts) == {2, 3, 4}
    doc, _ = clean("\n".join(texts))
    assert (1, "一、支出明细") in outline(doc)

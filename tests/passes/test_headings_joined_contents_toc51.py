"""A report's contents list as a PDF's text gives it (round 51): the entries with their dot
leaders run together into one block ("1.1 编制目的……3 1.2 编制依据……3 2 组织体系"), the part
named over them on its own line; and a list whose entries are set apart from their page numbers
(on one line, "一、概况 1 二、…", or each number on a line of its own), followed at once by the
document's first part. The list's lines are no headings; the parts below, said again, are.
Fixtures written for the project in the form report and plan pages print, with made-up names."""

from __future__ import annotations

from helpers import clean, outline
from reportfmt.passes.headings.lookalikes import leader_contents, toc_entries
from reportfmt.passes.headings.numbering import parse_marker

DOTS = "." * 40

JOINED = [
    "青禾县防汛抢险应急预案",
    "目录",
    "1 总则",
    f"1.1 编制目的{DOTS}3 1.2 编制依据{DOTS}3 1.3 适用范围{DOTS}4 2 组织指挥体系",
    f"2.1 县防汛指挥部{DOTS}6",
    f"2.2 乡镇防汛工作组{DOTS}8",
    "3 监测预警",
    f"3.1 雨情水情监测{DOTS}10 3.2 预警分级{DOTS}11",
]

# The report's first three parts, as the text gives them under its contents list.
PARTS = [
    "一、项目概况",
    "文体中心位于城区东侧，占地约六十亩，拟建体育馆、图书馆和青少年活动中心各一座。",
    "二、建设必要性",
    "城区仅有一座老旧体育场，图书馆藏书不足十万册，群众文体需求难以满足。",
    "三、建设方案",
    "项目分两期建设，一期建设体育馆和图书馆，二期建设青少年活动中心。",
]

RUN_TOGETHER = [
    "青禾市文体中心建设项目可行性研究报告",
    "目录",
    "一、项目概况 1 二、建设必要性 4 三、建设方案 7 四、投资估算 12",
    *PARTS,
]

NUMBERS_APART = [
    "青禾市文体中心建设项目可行性研究报告",
    "目录",
    "一、项目概况",
    "1",
    "二、建设必要性",
    "4",
    "三、建设方案",
    "7",
    *PARTS,
]


def numbered(text):
    return parse_marker(text) is not None


def test_a_block_of_joined_leader_entries_is_the_lists():
    found = leader_contents(JOINED)
    assert {1, 2, 3, 4, 5, 6, 7} <= found  # the "目录" line and every entry, the parts' names too


def test_a_joined_contents_list_cut_before_its_parts_gives_no_heading():
    doc, _ = clean("\n".join(JOINED))
    assert outline(doc) == []


def test_the_first_part_right_under_a_run_together_list_is_a_heading():
    assert 3 not in toc_entries(RUN_TOGETHER, numbered)  # the entry said again: the text begins
    doc, _ = clean("\n".join(RUN_TOGETHER))
    assert [text for _, text in outline(doc)] == ["一、项目概况", "二、建设必要性", "三、建设方案"]


def test_the_first_part_under_a_list_with_its_numbers_apart_is_a_heading():
    doc, _ = clean("\n".join(NUMBERS_APART))
    assert [text for _, text in outline(doc)] == ["一、项目概况", "二、建设必要性", "三、建设方案"]


def test_a_paragraph_opening_with_dots_and_a_number_is_no_entry():
    texts = ["一、工作回顾", "全年走访……3 个乡镇，发现问题十二处，已全部整改到位。", "二、下步打算"]
    assert leader_contents(texts) == set()


def test_a_long_line_without_leaders_is_read_once():
    assert leader_contents(["一、概况", "字" * 3_000_000, "二、安排"]) == set()

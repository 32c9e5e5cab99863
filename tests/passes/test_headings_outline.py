"""Outline numbers that name their place: "1.3" after "1.2" past a list, "2.1" under "二、"."""

from __future__ import annotations

from helpers import clean, outline

BODY = "这一部分说明做法的来由和要求，结合两个例子讲清楚每一步怎么做，最后给出检查的办法。"


def test_a_decimal_line_ending_a_cut_page_follows_its_sibling_past_a_numbered_list():
    doc, _ = clean(f"读书笔记的写法\n第一部分：读之前\n1.1 定好目标\n{BODY}\n1.2 列出问题\n{BODY}\n"
                   "1. 书里的主人公为什么这样选择\n2. 作者想借故事说明什么\n3. 这个道理今天还管用吗\n"
                   "1.3 先粗读一遍，搭起框架")
    assert outline(doc) == [(1, "第一部分：读之前"), (2, "1.1 定好目标"), (2, "1.2 列出问题"),
                            (2, "1.3 先粗读一遍，搭起框架")]


def test_a_first_decimal_child_under_the_part_its_number_names_on_a_cut_page():
    doc, _ = clean(f"考核办法探讨\n一、指标设计\n1.1 基本原则\n{BODY}\n1.2 权重调整\n{BODY}\n"
                   "二、数据采集\n2.1 多个来源互相印证\n过去靠人工填报，容易")
    assert outline(doc) == [(1, "一、指标设计"), (2, "1.1 基本原则"), (2, "1.2 权重调整"),
                            (1, "二、数据采集"), (2, "2.1 多个来源互相印证")]


def test_a_decimal_line_whose_number_names_no_accepted_relative_stays_text():
    # "1.3" past a higher heading ("二、" closes part 1), "2.3" with no "2.2" before it.
    for last in ("1.3 分开统计", "2.3 分开统计"):
        doc, _ = clean(f"考核办法探讨\n一、指标设计\n1.1 基本原则\n{BODY}\n1.2 权重调整\n{BODY}\n"
                       f"二、数据采集\n{BODY}\n{last}")
        assert outline(doc) == [(1, "一、指标设计"), (2, "1.1 基本原则"), (2, "1.2 权重调整"),
                                (1, "二、数据采集")]

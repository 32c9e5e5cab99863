"""eval_sites.is_numbered: which heading texts issue 18's "numbered only" figure counts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import is_numbered


@pytest.mark.parametrize("text", [
    "一、工作目标", "十二．后勤保障", "（三）资金来源", "(二)经费", "1. 首页", "2、称谓", "\uff13．落款",
    "1.2建设条件", "3.1. 管理部", "（1）事由", "⑵要求", "②会议地点", "第一章 总则", "第三节 报销",
    "第十二条 本办法", "第二部分 做法", "第一，要读懂", "第二步：推敲", "壹、前言", "贰 现行职掌",
    "一 主要职掌", "1 总则", "甲、收入", "Ⅱ. 方法", "IV. 结论", "A、为什么", "#### 一、思路",
    "—、总体要求", "181.发展对象要听取哪些意见",
])
def test_texts_opening_with_a_numbering_are_numbered(text):
    assert is_numbered(text)


@pytest.mark.parametrize("text", [
    "教学目标", "落款", "2024年工作总结", "12月份安排", "1.5亿元投入", "一间教室，坚守了三十年",
    "示例一", "活动一、做贺卡", "十分重要的事", "1", "调研背景：", "第一书记的一天",
])
def test_section_names_and_other_openings_are_not(text):
    assert not is_numbered(text)

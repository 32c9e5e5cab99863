"""A part's name glued to the first item of its own list (issue 18): a 文库 text keeps its line
breaks only after sentence ends, so "二、食堂" (no sentence end) runs into "1. 负责…。". Fixtures
written for the project: made-up text in the forms such pages take."""

from __future__ import annotations

from helpers import clean, outline, paras, runins
from reportfmt.passes.headings.midline import glued_first_item_cuts


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_parts_glued_to_their_first_items_are_headings_over_their_lists():
    doc, _ = clean(lines(
        "社区服务考核方案",
        "近年来社区居民对公共服务的要求不断提高，原有的考核办法已经难以适应新的形势。",
        "一、考核对象1. 全体社区专职工作人员。",
        "2. 各网格的专职网格员。",
        "二、考核内容1. 服务态度，占百分之三十。",
        "2. 办事效率，占百分之四十。",
        "三、结果运用1. 考核优秀的，年终给予表彰。",
        "2. 考核不合格的，进行诫勉谈话。",
    ))
    assert outline(doc) == [(1, "一、考核对象"), (1, "二、考核内容"), (1, "三、结果运用")]
    kept = paras(doc)
    assert kept[1:3] == ["1. 全体社区专职工作人员。", "2. 各网格的专职网格员。"]
    assert kept[-2:] == ["1. 考核优秀的，年终给予表彰。", "2. 考核不合格的，进行诫勉谈话。"]


def test_items_glued_after_their_sentences_run_in_under_the_part():
    doc, _ = clean(lines(
        "请示的写法",
        "请示是下级机关向上级机关请求指示、批准的公文，应当一文一事。",
        "一、请示的特点",
        "请示必须一文一事，不能在一份请示里同时请求几件事。",
        "二、请示的写作格式1.标题：写在首行正中，由发文机关、事由和文种组成。2.主送机关：在标题下一行顶格"
        "写明上级机关。3.正文：先写缘由，再写事项，最后写结语。",
    ))
    assert outline(doc) == [(1, "一、请示的特点"), (1, "二、请示的写作格式")]
    assert runins(doc) == ["1.标题：", "2.主送机关：", "3.正文："]


def test_no_cut_without_a_list_or_where_the_number_is_an_amount():
    after = ["2. 规范各网格的服务行为。"]
    assert glued_first_item_cuts("二、方案目标1. 提高服务的响应速度。", after) == [6]
    # No item numbered 2 below it: one sentence that holds a number.
    assert glued_first_item_cuts("二、方案目标1. 提高服务的响应速度。", ["三、方案内容"]) == []
    assert glued_first_item_cuts("二、方案目标1. 提高服务的响应速度。", []) == []
    # An amount, a count of the same family's items, a bare number: no first item.
    assert glued_first_item_cuts("三、全年投入1.5亿元用于改造。", after) == []
    assert glued_first_item_cuts("三、全年完成1、2两个阶段。", after) == []
    assert glued_first_item_cuts("三、考核内容二、考核方式", after) == []
    # The first item must open with words, and the name may not be a sentence.
    assert glued_first_item_cuts("二、方案目标1. 2024年完成。", after) == []
    assert glued_first_item_cuts("二、今年，我们1. 提高效率。", after) == []

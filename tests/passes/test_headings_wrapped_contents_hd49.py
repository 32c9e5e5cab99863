"""A contents list whose long entry wrapped onto a second line (a PDF's or a narrow page's list:
"二、…基金预算支" / "出表" / "第三部分 …"): the wrapped end is the entry's, so the list goes on
past it, and its later entries are no headings either. Fixtures written for the project in the
form budget and final-accounts pages print, with made-up names and content."""

from __future__ import annotations

from helpers import clean, outline
from reportfmt.passes.headings.lookalikes import toc_entries
from reportfmt.passes.headings.numbering import parse_marker

BUDGET = [
    "青川县林业局2025年部门预算",
    "目 录",
    "第一部分 单位基本情况",
    "一、单位职能与内设机构",
    "二、预算单位构成",
    "第二部分 2025年部门预算报表",
    "一、部门收支预算总表",
    "二、政府性基金和国有资本经营预算支",
    "出表",
    "第三部分 2025年部门预算编制说明",
    "一、收支预算安排情况说明",
    "第四部分 名词解释",
    "第一部分 单位基本情况",
    "一、单位职能与内设机构",
    "（一）单位职能",
    "青川县林业局是县政府工作部门，负责全县森林资源保护和林业发展，具体职责如下：",
    "1.拟订全县林业发展规划并组织实施，指导各乡镇开展植树造林。",
    "2.负责森林防火的组织协调，督促各单位落实防火责任。",
    "（二）内设机构",
    "本局内设办公室、资源管理股、生态修复股3个股室，下设县林业站1个事业单位。",
]


def numbered(text):
    return parse_marker(text) is not None


def test_the_entries_after_a_wrapped_entry_are_the_lists_too():
    assert toc_entries(BUDGET, numbered) == set(range(2, 12))


def test_a_wrapped_contents_list_gives_only_the_parts_below_it():
    doc, _ = clean("\n".join(BUDGET))
    assert [text for _, text in outline(doc)] == [
        "第一部分 单位基本情况", "一、单位职能与内设机构", "（一）单位职能", "（二）内设机构"]


def test_a_short_line_under_a_short_heading_does_not_carry_a_list():
    # "二、目标" / "总体" / "三、…": too short an entry to wrap; the run breaks there as before.
    texts = ["目录", "一、背景", "二、目标", "总体", "三、措施", "四、保障", "一、背景", "正文一句。"]
    assert 3 not in toc_entries(texts, numbered)


def test_a_sentence_under_a_long_entry_is_no_wrapped_end():
    texts = ["一、全面加强基层党组织建设工作", "要抓紧。", "二、深入推进作风建设", "一、全面加强基层党组织建设工作"]
    assert 1 not in toc_entries(texts, numbered)

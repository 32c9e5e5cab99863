"""A contents list under "目录" that names the document's unnumbered parts among its numbered
entries ("目录" / "前言" / "一、…" / "二、…" / "结束语"), as blogs, 文库 reports and plans print
it (lookalikes.named_entries): the bare names are entries of the list, no sections; the real
"前言" over its paragraph, under the list or further down, stays a heading. Fixtures written for
the project in that form, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.lookalikes import named_entries

# The list, then the document starting over at its first entry, cut short after its preface.
CUT_PLAN = [
    "某某县智慧农业发展规划",
    "目录",
    "前言",
    "一、发展基础",
    "二、总体思路",
    "三、重点任务",
    "结束语",
    "前言",
    "为推动全县农业数字化转型，结合本县实际，编制本规划，规划期为五年，范围为全县十二个乡镇。",
]

# The list names a 序言 and an 附录 around its chapters; the chapters come back below.
CHAPTERED = [
    "某某区全民健身实施计划",
    "目錄",
    "序言",
    "第一章 发展基础",
    "第二章 总体要求",
    "附录",
    "序言",
    "全民健身是实现全民健康的重要途径和手段，是全体人民增强体魄、幸福生活的基础保障。",
    "第一章 发展基础",
    "五年来全区体育场地面积大幅增加，人均体育场地面积达到二点二平方米，健身步道贯通。",
    "第二章 总体要求",
    "坚持以人民为中心，推动全民健身和全民健康深度融合，构建更高水平的公共服务体系。",
]

# The list's last entry is its last numbered part; the preface follows it with its paragraph.
PREFACE_UNDER = [
    "某某镇乡村振兴实施方案",
    "目录",
    "一、总体要求",
    "二、重点任务",
    "三、保障措施",
    "前言",
    "为全面推进乡村振兴，加快农业农村现代化步伐，结合本镇实际，制定本方案，请各村认真执行。",
]


def test_the_parts_a_contents_list_names_are_no_headings():
    doc, _ = clean("\n".join(CUT_PLAN))
    assert outline(doc) == [(1, "前言")]
    assert "结束语" in paras(doc)


def test_a_listed_preface_and_appendix_stay_entries_and_the_chapters_below_are_headings():
    doc, _ = clean("\n".join(CHAPTERED))
    assert [text for _, text in outline(doc)] == ["序言", "第一章 发展基础", "第二章 总体要求"]
    assert "附录" in paras(doc)


def test_a_preface_over_its_paragraph_under_the_list_is_the_preface():
    doc, _ = clean("\n".join(PREFACE_UNDER))
    assert [text for _, text in outline(doc)] == ["前言"]


def test_named_entries_need_two_numbered_entries_under_the_contents_line():
    texts = ["目录", "前言", "一、发展基础", "结束语",
             "正文从这里开始，后面是一段很长的说明文字，讲清楚规划的背景和依据。"]
    assert named_entries(texts, {2}) == set()
    assert named_entries(["目录", "前言", "一、甲", "二、乙", "结束语"], {2, 3}) == {1, 4}

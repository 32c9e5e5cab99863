"""Contents lists the headings pass must not read as sections (lookalikes.py).

- One under "目录" naming the document's unnumbered parts among its numbered entries ("目录" /
  "前言" / "一、…" / "结束语"), as blogs, 文库 reports and plans print it (named_entries): the
  bare names are entries, no sections; the real "前言" over its paragraph stays a heading.
- One copied out of a word processor, each entry keeping its page field before its page number
  ("第一部分 部门概况 PAGEREF _Toc… \\h 3"), as 决算 pages print it: the field is a leader.
Fixtures written for the project in those forms, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.lookalikes import leader_contents, named_entries

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
    # (the "目录" line heading the list is the list's too: round 55)
    assert named_entries(["目录", "前言", "一、甲", "二、乙", "结束语"], {2, 3}) == {0, 1, 4}


# A 决算 page's contents list copied out of a word processor: each entry keeps its page field
# ("PAGEREF _Toc… \h 3") before its page number, a date line stands between "目录" and the list,
# and the document starts over at its first part below.
FIELD_CONTENTS = [
    "某某县档案局2023年部门决算",
    "目录",
    "公开日期：2024年9月26日",
    "第一部分 部门概况 PAGEREF _Toc30117 \\h 3",
    "一、主要职责 PAGEREF _Toc30118 \\h 3",
    "二、机构设置 PAGEREF _Toc30119 \\h 3",
    "第二部分 2023年度部门决算情况说明 PAGEREF _Toc30120 \\h 4",
    "第三部分 名词解释 PAGEREF _Toc30121 \\h 12",
    "第一部分 部门概况",
    "一、主要职责",
    "负责全县档案事业的统筹规划和组织协调，拟订全县档案工作的规章制度并组织实施。",
    "二、机构设置",
    "局机关内设办公室、业务指导股两个股室，另有下属事业单位一个。",
]


def test_entries_keeping_their_page_field_are_a_contents_list_and_the_parts_below_are_headings():
    doc, _ = clean("\n".join(FIELD_CONTENTS))
    assert [text for _, text in outline(doc)] == ["第一部分 部门概况", "一、主要职责", "二、机构设置"]


def test_a_page_field_is_a_leader_and_its_page_number():
    texts = [None, *FIELD_CONTENTS[1:]]
    assert leader_contents(texts) == set(range(3, 8))
    assert not leader_contents(["一、PAGEREF 的用法", "二、TOC 域的用法"])


"""A contents list that opens with a front-matter part named before its numbered entries ("目录" /
"前言 I" / "1 范围 1" / …, "目录" / "序言" / "1 总体要求 1" / …), as standards, plans and theses
print it (round 55): the detectors that take the line right above their first entry as the list's
"目录" line found "前言" there instead, so "目录" was left alone, and on a page whose sections are
bare numbered lines ("1 范围") the bare-heading reading took "目录" for the first section, the
front-matter entry (its page number a Roman numeral) for a second, and put the real sections one
level under them. The "目录" line heading a list is the list's (lookalikes.named_entries), and a
named part's Roman page number is its page number (lookalikes._named_part). Fixtures written for
the project in those forms, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.lookalikes import named_entries

# A local service standard: its contents with the preface paged in Roman numerals, then the text.
STANDARD = [
    "青禾市社区助餐点服务规范",
    "目 录",
    "前言 I",
    "1 范围 1",
    "2 规范性引用文件 1",
    "3 术语和定义 1",
    "4 基本要求 2",
    "前言",
    "本文件由青禾市民政局提出并归口，起草单位为青禾市养老服务指导中心。",
    "1 范围",
    "本文件规定了社区助餐点的场所设置、人员配备、供餐服务和监督评价要求。",
    "2 规范性引用文件",
    "本文件没有需要引用的文件，使用时以最新版本的相关规定为准。",
]

# A plan: its contents open with a preface given no page number.
PLAN = [
    "青禾市社区助餐点建设方案",
    "目录",
    "序言",
    "1 总体要求 1",
    "2 场所设置 2",
    "3 人员配备 4",
    "4 监督评价 6",
    "序言",
    "为规范社区助餐点的设置和运营，让辖区老人吃得安全、吃得实惠，制定本方案。",
    "1 总体要求",
    "助餐点坚持公益属性，就近就便、保本微利，由街道统一指导、社区具体管理。",
    "2 场所设置",
    "助餐点设在社区服务中心一楼，就餐区面积不少于四十平方米，配备无障碍通道。",
]


def test_the_contents_line_and_a_roman_paged_preface_are_no_sections():
    doc, _ = clean("\n".join(STANDARD))
    assert outline(doc) == [(1, "前言"), (1, "1 范围"), (1, "2 规范性引用文件")]
    assert "目录" in paras(doc) and "前言 I" in paras(doc)  # (the spaced word is closed up)
    assert "1 范围 1" in paras(doc)


def test_the_contents_line_over_a_preface_without_page_number_is_no_section():
    doc, _ = clean("\n".join(PLAN))
    assert outline(doc) == [(1, "序言"), (1, "1 总体要求"), (1, "2 场所设置")]
    assert "目录" in paras(doc) and "4 监督评价 6" in paras(doc)


def test_named_entries_take_the_contents_line_and_a_roman_paged_part():
    texts = [None, *STANDARD[1:]]
    assert named_entries(texts, {3, 4, 5, 6}) == {1, 2}
    # (a bare name under "目录" with fewer than two numbered entries proves no list: no line is taken)
    assert named_entries(["目录", "前言 I", "1 范围 1", "正文从这里开始，说明本文件的适用范围。"], {2}) == set()


# A standard names its contents "目次" (the word standards and Taiwan's government books use for
# 目录); the same list under it is the same list.
STANDARD_MUCI = [STANDARD[0], "目 次", *STANDARD[2:]]


def test_a_contents_list_under_mu_ci_is_a_contents_list():
    doc, _ = clean("\n".join(STANDARD_MUCI))
    assert outline(doc) == [(1, "前言"), (1, "1 范围"), (1, "2 规范性引用文件")]
    assert "目次" in paras(doc) and "前言 I" in paras(doc)


def test_mu_ci_alone_on_its_line_is_a_contents_line_and_no_longer_line_is():
    texts = [None, *STANDARD_MUCI[1:]]
    assert named_entries(texts, {3, 4, 5, 6}) == {1, 2}
    # (a line only opening with the word is no contents line: "目次 单元一 …" is an entry of its own)
    assert named_entries(["目次 前言", "1 范围 1", "2 术语 1"], {1, 2}) == set()

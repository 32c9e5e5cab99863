"""A contents list whose dot leaders pad every entry to one width (round 54): the line-breaks pass
read the entries as the lines of one hard-wrapped paragraph, joined them, and the text's first
heading under the list with them ("…3 物资储备……9 1 总体要求"), so the first part's heading was
lost and the next part's was misread. Each entry ends in its leader and page number, which no
wrapped line does: such a line is never joined to the next. Fixtures written for the project in
the form such pages take (a county's plan with its contents over the text), with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.lookalikes import ends_in_leader_page

PLAN = [
    "柳河县森林防火应急预案",
    "目录",
    "1 总体要求……………………………3",
    "1.1 工作目标…………………………3",
    "1.2 适用情形…………………………3",
    "2 指挥体系……………………………5",
    "2.1 县级指挥部………………………5",
    "2.2 乡镇防火站………………………6",
    "3 物资储备……………………………9",
    "1 总体要求",
    "1.1 工作目标",
    "把林区火情发现在早、处置在小，全年不发生较大以上森林火灾。",
    "1.2 适用情形",
    "县境内林地、林缘五百米范围内发生的火情，都按本预案处置。",
    "2 指挥体系",
    "2.1 县级指挥部",
    "指挥部设在县林业局，由分管副县长任指挥长，各乡镇负责人为成员。",
]

# A list with spaced dots and the page number after a blank, as a PDF prints it.
SPACED = [
    "青石镇安全生产检查办法",
    "目录",
    "第一章 检查原则 . . . . . . . . . . . . . . . . . 1",
    "第二章 检查内容 . . . . . . . . . . . . . . . . . 2",
    "第三章 检查程序 . . . . . . . . . . . . . . . . . 4",
    "第四章 结果运用 . . . . . . . . . . . . . . . . . 6",
    "第一章 检查原则",
    "镇安监站每月组织一次检查，做到不打招呼、直奔现场、当场反馈。",
    "第二章 检查内容",
    "重点看值班记录、消防器材和电气线路，企业负责人须全程陪同。",
]


def test_leader_entries_stay_lines_of_their_own_and_the_parts_below_are_the_headings():
    doc, _ = clean("\n".join(PLAN))
    assert outline(doc) == [(1, "1 总体要求"), (2, "1.1 工作目标"), (2, "1.2 适用情形"),
                            (1, "2 指挥体系"), (2, "2.1 县级指挥部")]
    assert paras(doc)[:8] == ["目录", *PLAN[2:9]]


def test_spaced_leaders_and_a_blank_before_the_page_number_are_entries_too():
    doc, _ = clean("\n".join(SPACED))
    assert outline(doc) == [(1, "第一章 检查原则"), (1, "第二章 检查内容")]
    assert paras(doc)[1:5] == SPACED[2:6]


def test_a_line_ending_in_a_leader_and_a_page_number_is_an_entry():
    assert ends_in_leader_page("2.2 乡镇防火站………………………6")
    assert ends_in_leader_page("第四章 结果运用 . . . . . . . . 6")
    # a sentence's ellipsis ends in a word; a wrapped line ends in the middle of one
    assert not ends_in_leader_page("会议室里一片安静……")
    assert not ends_in_leader_page("各村要在汛期到来之前完成对全部山塘水库的隐患排查并于五月底前上报")

"""Two lookalikes of numbered headings (lookalikes.py): a contents list whose parts lost their
numbers while their subsections kept them, and the points of a regulation that calls itself a
要點. Fixtures written for the project in the forms such pages take, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras, runins
from reportfmt.passes.headings.lookalikes import mixed_contents, names_itself_points

PLAN = [
    "青溪镇防汛抢险应急预案",
    "概述",
    "1.1 目的",
    "1.2 范围",
    "1.3 原则",
    "机构设置",
    "2.1 镇防汛指挥部",
    "2.2 抢险分队",
    "预报预警",
    "3.1 雨情监测",
    "3.2 预警发布",
    "1 概述",
    "1.1 目的",
    "做好全镇汛期抢险准备，减少洪涝灾害造成的损失。",
    "1.2 范围",
    "本预案用于本镇辖区内河道、水库和低洼村组的防汛抢险。",
    "1.3 原则",
    "以防为主，防抢结合，属地负责，就近处置。",
    "2 机构设置",
    "2.1 镇防汛指挥部",
    "镇长任指挥长，分管副镇长任副指挥长，各村主任为成员。",
]


def test_a_contents_list_with_bare_parts_stays_text_and_the_sections_below_are_the_headings():
    doc, _ = clean("\n".join(PLAN))
    assert outline(doc) == [(1, "1 概述"), (2, "1.1 目的"), (2, "1.2 范围"), (2, "1.3 原则"),
                            (1, "2 机构设置"), (2, "2.1 镇防汛指挥部")]
    assert paras(doc)[:4] == ["概述", "1.1 目的", "1.2 范围", "1.3 原则"]
    assert "预报预警" in paras(doc) and "3.2 预警发布" in paras(doc)


def test_the_contents_list_runs_from_its_first_entry_to_where_the_document_starts_over():
    texts = [None, *PLAN[1:]]
    assert mixed_contents(texts) == set(range(1, 11))


def test_short_lines_whose_words_do_not_come_back_are_no_contents_list():
    # A part's short items with bare labels between: nothing below repeats them.
    texts = ["报名须知", "1.1 报名时间", "1.2 报名地点", "所需材料", "2.1 身份证明", "2.2 近期照片",
             "请按以上要求准备，逾期不再受理。"]
    assert mixed_contents(texts) == set()


def test_a_contents_list_needs_numbered_entries_and_bare_ones():
    # Bare lines alone coming back below are a lead's list of names, left to the other rules.
    texts = ["概述", "机构设置", "预报预警", "善后处置", "概述", "机构设置 各村设联络员。", "预报预警 由气象站发布。",
             "善后处置 由民政办负责。"]
    assert mixed_contents(texts) == set()


POINTS = [
    "某某大学学生社团活动经费补助要點",
    "一、為鼓勵學生社團辦理公益活動，特訂定本要點。",
    "二、補助對象：經本校核准成立之學生社團。",
    "三、補助原則:",
    "(一)每一社團每學期以補助一案為限。",
    "(二)活動應於學期內辦理完畢。",
    "四、申請程序:",
    "    社團應於活動前一個月檢具計畫書，送學務處審查。",
    "五、本要點經行政會議通過後實施，修正時亦同。",
]


def test_the_points_of_a_regulation_calling_itself_a_yaodian_are_no_headings():
    doc, _ = clean("\n".join(POINTS))
    assert outline(doc) == []
    assert "三、補助原則:" in paras(doc) and "四、申請程序:" in paras(doc)


def test_the_same_parts_in_a_plan_that_does_not_call_itself_a_yaodian_stay_headings():
    plan = [line.replace("本要點", "本方案") for line in POINTS]
    plan[1:2] = ["一、目的", "為鼓勵學生社團辦理公益活動，制定本方案。"]
    doc, _ = clean("\n".join(plan))
    assert (1, "三、補助原則:") in outline(doc) and (1, "四、申請程序:") in outline(doc)


def test_names_itself_points_reads_the_self_reference_only():
    assert names_itself_points(["一、為推動閱讀，特訂定本要點。"])
    assert not names_itself_points(["2024年党建工作要点", "一、加强理论学习"])
    # "基本要点", "根本要点": a report's words, not a regulation naming itself
    assert not names_itself_points(["一、把握工作的基本要点", "抓住问题的根本要点，逐项推进。"])
    assert names_itself_points(["本要点自印发之日起施行。"])


def test_the_title_glued_to_part_1_of_an_essay_numbered_on_lines_of_their_own_opens_no_sample():
    # A story's parts 2 and 3 stand as lone numbers: the "1" after the glued title is part 1's.
    doc, _ = clean("\n".join([
        "河边的石磨",
        "河边的石磨1那年冬天来得早，村口的石磨上结了一层薄霜，祖母天不亮就起来推磨。",
        "磨盘转一圈，豆浆就顺着槽口淌下来，白白的，冒着热气，我蹲在一边看得出神。",
        "2",
        "后来村里通了电，家家都买了机器，石磨就闲在河边，慢慢长满了青苔。",
        "3",
        "今年回去，石磨还在，只是磨盘上多了几道裂纹，像祖母手背上的皱纹。",
    ]))
    assert all(h != "河边的石磨1" for _, h in outline(doc))
    assert outline(doc)[-2:] == [(1, "2"), (1, "3")]


def test_short_labels_over_bullets_inside_numbered_parts_are_their_subsections():
    doc, _ = clean("\n".join([
        "请假条应该怎么写?",
        "请假条虽短，几个部分却各有讲究，下面按顺序说明：",
        "一、开头",
        "写作提示",
        "- 第一行居中写“请假条”三个字；",
        "- 另起一行顶格写老师或领导的称呼。",
        "参考示例",
        "- 称呼：王老师",
        "二、事由",
        "注意事项",
        "- 写清请假原因和起止时间；",
        "- 语气诚恳，不写与请假无关的话。",
        "写完后再读一遍，确认时间没有写错。",
    ]))
    assert outline(doc) == [(1, "一、开头"), (2, "写作提示"), (2, "参考示例"), (1, "二、事由"), (2, "注意事项")]


def test_a_lone_short_line_over_bullets_is_no_subsection():
    # One label only, and the line above it is body text: a lead, not a part's sub-list.
    doc, _ = clean("\n".join([
        "社区读书会活动小结",
        "本月读书会共举办三场，参加居民八十余人次，大家普遍反映收获很大。",
        "主要收获",
        "- 居民阅读兴趣明显提高；",
        "- 结识了不少爱读书的邻居。",
    ]))
    assert "主要收获" not in [h for _, h in outline(doc)]


def test_ordinal_points_closed_by_a_full_stop_run_into_their_paragraphs():
    doc, _ = clean("\n".join([
        "怎样写好读书笔记",
        "读书笔记不必写得很长，关键是写出自己的收获，下面几点可供参考。",
        "第一，要读懂原文。动笔之前先把书读完，弄清作者想说什么，再决定摘录哪些段落。",
        "第二，要写出感受。摘录之后写几句自己的想法，哪怕只有一两句，也比空抄有用。",
        "第三，要定期回看。每隔一段时间翻一翻旧笔记，常常会有新的体会。",
    ]))
    assert outline(doc) == []
    assert runins(doc) == ["第一，要读懂原文。", "第二，要写出感受。", "第三，要定期回看。"]


def test_ordinal_words_out_of_order_or_inside_sentences_stay_sentences():
    doc, _ = clean("\n".join([
        "班会小结",
        "第二，同学们发言积极。大家围绕主题讲了自己的想法，气氛十分热烈。",
        "第一，时间安排紧凑。整个班会用时四十分钟，没有拖堂现象发生。",
    ]))
    assert runins(doc) == [] and outline(doc) == []


ITEMS = [
    "如何准备一次部门汇报",
    "一、材料分几类",
    "1. 开场：一句话说清这次汇报要解决的问题，再说明需要大家做什么决定。",
    "2. 主体：按问题的轻重排列，每个问题配一条数据和一个实例。",
    "进度表：列出每项任务的负责人和完成时间，落后的标成红色。",
    "对比图：把计划数和实际数放在同一张图里，差距一眼就能看出。",
    "3. 收尾：重申需要大家拍板的事项，并留出五分钟回答提问。",
]


def test_colon_points_between_two_numbered_run_in_items_run_in_as_the_items_points():
    doc, _ = clean("\n".join(ITEMS))
    assert outline(doc) == [(1, "一、材料分几类")]
    assert runins(doc) == ["1. 开场：", "2. 主体：", "进度表：", "对比图：", "3. 收尾："]


def test_a_single_colon_line_between_the_items_stays_text():
    doc, _ = clean("\n".join(ITEMS[:4] + ITEMS[6:]))
    assert runins(doc) == ["1. 开场：", "2. 主体：", "3. 收尾："]


PAPERS = [
    "乡镇财政资金监管制度(精选三篇)",
    "第1篇:乡镇财政资金监管制度",
    "乡镇财政资金使用中的薄弱环节与对策",
    "摘要：本文从预算执行、票据管理和公开公示三个方面，分析乡镇财政资金使用中的问题。",
    "关键词：乡镇财政；资金监管；对策",
    "一、主要问题",
    "部分乡镇预算执行随意，项目资金拨付进度与工程进度脱节，个别票据报销手续不全。",
    "二、改进对策",
    "建立资金拨付台账，实行项目资金专账核算，每季度在村务公开栏公布收支明细。",
    "第2篇:乡镇财政资金监管制度",
    "为规范乡镇财政资金管理，提高资金使用效益，结合本镇实际，制定本制度。",
]


def test_a_papers_own_title_under_a_sample_marker_heads_the_samples_parts():
    doc, _ = clean("\n".join(PAPERS))
    assert outline(doc)[:4] == [(1, "第1篇：乡镇财政资金监管制度"), (2, "乡镇财政资金使用中的薄弱环节与对策"),
                                (3, "一、主要问题"), (3, "二、改进对策")]


def test_a_line_under_a_sample_marker_with_no_abstract_below_is_no_paper_title():
    page = PAPERS[:3] + PAPERS[5:]
    doc, _ = clean("\n".join(page))
    assert "乡镇财政资金使用中的薄弱环节与对策" not in [h for _, h in outline(doc)]

"""Headings on template-site pages: glued to their body, cut short, closed by 。 or ：, samples,
and what must stay text (一是, lists, page-chunk numbers). Fixtures written for the project."""

from __future__ import annotations

import panflute as pf

from helpers import clean
from reportfmt.passes.elements import block_text


def outline(doc):
    return [(b.level, block_text(b)) for b in doc.content if isinstance(b, pf.Header)]


def paras(doc):
    return [block_text(b) for b in doc.content if isinstance(b, pf.Para)]


def test_a_heading_glued_to_its_body_is_split_where_the_body_opens():
    doc, _ = clean("\n".join([
        "2024年街道工作总结",
        "一、强化理论学习,提高干部队伍素质今年以来,我们坚持每周集中学习一次,全年共开展专题学习二十四次。",
        "二、优化营商环境,服务企业发展我街道全年新增市场主体三百余户,为企业解决难题四十余件。",
    ]))
    assert outline(doc) == [(1, "一、强化理论学习，提高干部队伍素质"), (1, "二、优化营商环境，服务企业发展")]
    assert paras(doc)[0].startswith("今年以来，我们坚持每周集中学习一次")
    assert paras(doc)[1].startswith("我街道全年新增市场主体")


def test_a_provision_running_on_after_a_comma_is_not_split():
    doc, _ = clean("某某规定\n一、人员病假在一个月以内的，工资照发。\n"
                   "二、人员病假超过一个月的，从第二个月起按照下列标准发给：\n三、本规定自发布之日起施行。")
    assert outline(doc) == []


def test_a_page_cut_short_keeps_its_only_section():
    doc, _ = clean("2024年街道工作总结\n全年各项工作稳步推进，群众满意度不断提升，基层治理水平明显提高。\n"
                   "二、持续改善民生：办好群众身边的实事\n今年共新建社区食堂三个，改造老旧小区五个，惠及居民两千余户。")
    assert outline(doc) == [(1, "二、持续改善民生：办好群众身边的实事")]


def test_question_headings_and_headings_closed_by_a_full_stop_before_body():
    doc, _ = clean("\n".join([
        "述职报告写法", "一、什么是述职报告？", "述职报告是干部向组织汇报履职情况的书面材料，使用十分广泛。",
        "二、述职报告有哪些特点？", "（一）自述性。", "述职人讲述本人在任职期间做了什么、做得怎样，用第一人称。",
        "（二）客观性。", "所写的成绩和问题都要真实，不能夸大也不能回避，数据要准确可靠。",
    ]))
    assert outline(doc) == [(1, "一、什么是述职报告？"), (1, "二、述职报告有哪些特点？"),
                            (2, "（一）自述性。"), (2, "（二）客观性。")]


def test_short_numbered_lines_in_a_row_are_a_list():
    doc, _ = clean("会议记录要点\n一、基本信息\n1. 会议时间\n2. 会议地点\n3. 会议主持人\n"
                   "二、会议内容\n记录每位发言人的主要观点，做到忠实、准确、完整。")
    assert outline(doc) == [(1, "一、基本信息"), (1, "二、会议内容")]
    assert paras(doc)[:3] == ["1. 会议时间", "2. 会议地点", "3. 会议主持人"]


def test_yi_shi_er_shi_and_first_second_are_running_text():
    text = ("2024年表态发言\n一是提高认识。我们要把思想统一到上级部署上来，切实增强责任感。\n"
            "二是狠抓落实。我们要细化任务分工，确保各项措施落到实处。\n"
            "第一，要加强学习。学习是做好一切工作的前提。\n第二，要改进作风。作风建设永远在路上。")
    doc, _ = clean(text)
    assert outline(doc) == []


def test_outline_numbers_of_a_word_document_nest_under_its_chapters():
    doc, _ = clean("\n".join([
        "应急预案", "第一章 总则", "1.1 编制目的", "为了规范突发事件的应急处置工作，保障人员安全，制定本预案。",
        "1.2 适用范围", "本预案适用于本单位发生的各类突发事件的应急处置工作。",
        "第二章 组织机构", "2.1 应急领导小组", "领导小组由单位主要负责人任组长，分管负责人任副组长。",
    ]))
    assert outline(doc) == [(1, "第一章 总则"), (2, "1.1 编制目的"), (2, "1.2 适用范围"),
                            (1, "第二章 组织机构"), (2, "2.1 应急领导小组")]


def test_a_page_numbering_1_above_paren_one_keeps_its_own_order():
    doc, _ = clean("\n".join([
        "工作汇报写法", "1、特点：", "（一）客观性强", "汇报以实际工作为依据，反映真实情况和真实问题。",
        "（二）典型性强", "汇报选取有代表性的事件，不求面面俱到，突出重点。",
        "2、格式：", "（一）基本情况", "简要说明工作的背景、任务和完成情况，让听者了解全貌。",
    ]))
    assert outline(doc) == [(1, "1、特点："), (2, "（一）客观性强"), (2, "（二）典型性强"),
                            (1, "2、格式："), (2, "（一）基本情况")]


def test_each_sample_becomes_a_top_level_section_named_by_its_marker_and_first_line():
    doc, report = clean("\n".join([
        "2024年工作计划范文（精选3篇）", "篇一：", "学校教学工作计划", "一、指导思想",
        "以立德树人为根本任务，全面提高教学质量。", "二、主要措施", "加强集体备课，抓好课堂常规管理。",
        "【篇二：社区工作计划】", "今年社区工作以服务群众为中心，重点做好三件事。",
        "工作计划 3", "我们将继续完善各项制度，推动工作再上新台阶。",
    ]))
    assert outline(doc) == [(1, "篇一：学校教学工作计划"), (2, "一、指导思想"), (2, "二、主要措施"),
                            (1, "【篇二：社区工作计划】"), (1, "工作计划 3")]
    assert all(r["rule"] == "metadata.title" for r in report.removed)


def test_a_sample_marker_glued_to_its_text_is_split_and_thousand_alike_is_not_a_marker():
    doc, _ = clean("\n".join([
        "调查报告范文（通用2篇）",
        "大学生社会实践调查报告范文篇一本次调查围绕大学生暑期社会实践展开，共发放问卷二百份。",
        "千篇一律的报告没有价值，调查要有自己的发现和见解，这是写好报告的关键。",
        "调查报告范文篇二", "本次调查的对象是社区老年人，重点了解他们的养老需求。",
    ]))
    assert outline(doc) == [(1, "大学生社会实践调查报告范文篇一"), (1, "调查报告范文篇二")]
    assert paras(doc)[0].startswith("本次调查围绕大学生暑期社会实践展开")


def test_a_sample_named_by_the_title_and_a_number_is_no_repeat_of_the_title():
    # The page's title announces several samples; "title words + 1" opens the first one, even
    # near the top of the page where a line like the title is usually the title repeated.
    doc, report = clean("\n".join([
        "社区志愿服务活动方案（通用5篇）", "社区志愿服务活动方案1",
        "为丰富居民生活，营造互帮互助的社区氛围，特制定本方案。", "一、活动时间",
        "每月第一个周六上午。", "二、活动内容", "清扫楼道，看望独居老人，开展义诊。",
    ]))
    assert outline(doc)[0] == (1, "社区志愿服务活动方案1")
    assert not [r for r in report.removed if r["rule"] == "title.repeated-title"]


def test_the_only_part_of_a_page_cut_short_is_cut_out_of_its_flattened_paragraph():
    # A flattened page shows only its first part: the introducer and the blanks left by the
    # lost line breaks mark the heading; a lone "一、" inside a sentence stays text.
    doc, _ = clean("2023年学校党建工作总结 一年来，我校党支部认真落实上级部署，扎实推进各项工作。"
                   "现将全年工作总结如下： 一、主要做法 我们坚持每月召开一次支部委员会，研究解决实际问题，"
                   "全年共发展党员两名，组织主题党日活动十二次，党员参与率达到百分之九十五以上。")
    assert outline(doc) == [(1, "一、主要做法")]
    assert paras(doc)[-1].startswith("我们坚持每月召开一次支部委员会")
    doc, _ = clean("学校总结\n我们认为这件事的关键是：一、要统一思想，二是要落实责任，这样才能把工作做好，做出成绩来。"
                   "全体教师都表示赞同，并决定从下学期开始执行这一办法，每月检查一次落实情况并通报。")
    assert outline(doc) == []

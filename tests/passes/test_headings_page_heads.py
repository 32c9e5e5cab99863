"""An article's own head is no section (its title's core and its byline under the page's title, a
book page's chapter line); parts a paragraph names open their sections. Fixtures written for the
project, in the forms real template-site pages take."""

from __future__ import annotations

from helpers import clean, outline, paras, runins
from reportfmt.passes.headings.labels import heads_article, is_byline

BODY = "近年来，本县坚持把培育家庭农场作为重点任务来抓，出台扶持政策十余项，全县家庭农场数量稳步增长。"


def test_the_articles_title_core_and_byline_under_the_page_title_are_no_sections():
    doc, report = clean("\n".join([
        "全省推进家庭农场高质量发展专题调研报告",
        "推进家庭农场高质量发展",
        "省农业科学院农经研究所 周明远 钱 立",
        "培育新型主体的现实需要",
        BODY,
        "扶持政策落地的主要做法",
        "各乡镇组建服务专班，逐户上门讲解政策，帮助农场主办理登记、申请贷款和参加培训。",
    ]))
    assert report.title == "全省推进家庭农场高质量发展专题调研报告"
    headings = [text for _, text in outline(doc)]
    assert "推进家庭农场高质量发展" not in headings
    assert "省农业科学院农经研究所 周明远 钱 立" not in headings
    assert headings == ["培育新型主体的现实需要", "扶持政策落地的主要做法"]


def test_byline_and_title_core_forms():
    assert is_byline("市委党校科研处 王建国 李 红")
    assert is_byline("张伟 刘洋")
    assert not is_byline("活动主题 我爱读书")  # a label and its value: four-character words
    assert not is_byline("倡 议 书")  # a heading spaced out, one character a token
    assert heads_article("推进家庭农场高质量发展", "全省推进家庭农场高质量发展专题调研报告")
    assert not heads_article("工作总结", "全省推进家庭农场高质量发展工作总结")  # too short a part of it


def test_a_book_pages_chapter_line_opening_a_page_without_title_is_its_title_not_a_section():
    doc, _ = clean("\n".join([
        "第12章 会议纪要的写法（3）",
        "2.归纳要点，突出结论",
        "纪要不必照录每个人的发言，而要把会议形成的一致意见归纳成几条，条理清楚，便于执行。",
        "3.注明分工，明确时限",
        "议定事项要写明由谁负责、何时完成，会后才好督办落实，避免议而不决、决而不行。",
    ]))
    assert outline(doc) == [(1, "2.归纳要点，突出结论"), (1, "3.注明分工，明确时限")]


def test_chapters_in_sequence_stay_headings():
    doc, _ = clean("\n".join([
        "第一章 总则",
        "为规范本单位公文处理工作，提高办文效率和质量，结合实际，制定本办法。",
        "第二章 公文种类",
        "本单位常用的公文种类有通知、报告、请示、函和纪要，各有其适用范围。",
    ]))
    assert outline(doc) == [(1, "第一章 总则"), (1, "第二章 公文种类")]


def test_the_first_part_a_paragraph_names_heads_its_section_on_a_page_cut_short():
    doc, _ = clean("\n".join([
        "写好经验材料的三个要领",
        "经验材料是总结推广工作做法的常用文体，写得好能以点带面，写不好就成了流水账。",
        "依我看，写好经验材料，关键是做到脉络清晰、数据扎实、亮点突出，三者缺一不可。",
        "脉络清晰，先把工作主线理顺",
        "动笔之前要弄明白这项工作为什么做、怎么做、做成了什么，主线清楚了，材料就立住了。",
        "材料的各部分要围绕主线展开，不能东一榔头西一棒子，让读者抓不住重点。",
    ]))
    assert outline(doc) == [(1, "脉络清晰，先把工作主线理顺")]


def test_parts_a_paragraph_names_run_in_where_their_body_follows_the_full_stop():
    doc, _ = clean("\n".join([
        "某区压实整改责任的做法",
        "今年以来，区委把整改落实作为重要政治任务，通过建立台账销号制，领导包案制，跟踪督办制、"
        "群众评议制，层层压实整改责任，推动问题逐项清零。",
        "台账销号制。对反馈的问题逐条建立台账，明确责任人和完成时限，整改一项销号一项，未完成的不得销号。",
        "领导包案制。每个问题由一名区级领导牵头包案，定期调度进展，难点问题现场办公协调解决，直到办结为止。",
    ]))
    assert outline(doc) == []
    assert runins(doc) == ["台账销号制。", "领导包案制。"]


def test_a_named_phrase_opening_a_sentence_or_a_later_part_alone_makes_no_heading():
    doc, _ = clean("\n".join([
        "学习体会",
        "通过这次培训，我在理论素养、业务能力、工作作风等方面都有了新的提高，收获很大。",
        "业务能力，是我今后还要下功夫的地方，我将继续向身边的同事学习。",
        "工作作风，务实为先",
        "今后我要把培训所学用到实际工作中去，做到学以致用，不辜负组织的培养和期望。",
    ]))
    assert outline(doc) == []  # "工作作风" is the third part named, alone: no proof of sections


def test_a_run_in_sibling_glued_after_the_last_sentence_of_its_item_gets_its_own_paragraph():
    doc, _ = clean("\n".join([
        "关于开展主题党日活动的通知",
        "一、活动内容",
        "各支部结合实际，组织党员集中学习、重温入党誓词、开展志愿服务，做到内容充实、形式多样。",
        "二、有关要求",
        "（一）精心组织实施。各支部要提前制定活动方案，明确时间、地点和参加人员，确保活动有序开展。",
        "（二）注重活动实效。要防止走过场，不得以娱乐活动代替主题党日。（三）做好记录归档。"
        "活动结束后，各支部要及时在记录本中如实记载活动情况，并于月底前报送党委办公室。",
    ]))
    assert runins(doc) == ["（一）精心组织实施。", "（二）注重活动实效。", "（三）做好记录归档。"]
    assert "不得以娱乐活动代替主题党日。" in "".join(paras(doc))  # not a character lost at the cut
    assert "".join(paras(doc)).count("（三）做好记录归档。活动结束后") == 1


def test_numbers_inside_a_sentence_are_not_cut():
    doc, _ = clean("\n".join([
        "关于开展主题党日活动的通知",
        "（一）精心组织实施。各支部要提前制定方案，按（二）类标准执行。（三）号文件另行下发，请各支部注意查收。",
        "（二）注重活动实效。要防止走过场，不得以娱乐活动代替主题党日，确保每名党员都有收获。",
    ]))
    # "（三）号文件另行下发" follows a sentence end but is not the next sibling of "（一）": no cut.
    assert any(t.startswith("（一）精心组织实施。") and "（三）号文件另行下发" in t for t in paras(doc))


def test_a_part_and_its_first_child_on_one_line_of_a_pdf_extraction_are_two_headings():
    doc, _ = clean("\n".join([
        "纪要写作知识",
        "一、纪要的含义、特点和种类 （一）纪要的含义 纪要，就是记载会议主要情况和议定事项的一种公文。",
        "它适用于记载会议的主要精神和议定事项，可以多方传达，要求与会单位共同遵守、执行。",
    ]))
    assert outline(doc) == [(1, "一、纪要的含义、特点和种类"), (2, "（一）纪要的含义")]
    assert paras(doc)[0] == "纪要，就是记载会议主要情况和议定事项的一种公文。"


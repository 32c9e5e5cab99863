"""The heading cases issue 18 names, each in a fixture written for the project: run-in 一、
headings glued to their body, a page cut short after its 一、, short "1. 目的性。" lines with
"（1）…。" run-ins under them, and 文库 PDF text with hard wraps and blanks inside words."""

from __future__ import annotations

from helpers import clean, outline, paras, runins
from reportfmt.passes.elements import block_text


def test_short_closed_lines_are_headings_and_their_numbered_items_run_in():
    doc, _ = clean("\n".join([
        "调查报告的特点",
        "调查报告是对某一情况进行调查研究后写成的书面报告，应用十分广泛。",
        "1. 目的性。",
        "调查报告总是为了说明某个问题、回答某种疑问而写的，动笔前要明确写作目的。",
        "（1）针对现实问题。选题要紧扣工作中的难点热点，不能无的放矢。",
        "（2）服务决策需要。要为领导决策提供依据，做到有的放矢、言之有物。",
        "2. 真实性。",
        "调查报告必须以事实为依据，所用材料要经过核实，不能道听途说、随意编造。",
    ]))
    assert outline(doc) == [(1, "1. 目的性。"), (1, "2. 真实性。")]
    assert runins(doc) == ["（1）针对现实问题。", "（2）服务决策需要。"]


def test_a_speech_cut_short_after_its_first_part_above_a_sentence_introducing_its_points():
    doc, _ = clean("\n".join([
        "县长在全县经济工作会议上的讲话",
        "同志们：",
        "这次会议的主要任务是分析上半年经济形势，安排部署下半年工作，动员全县上下再鼓干劲。",
        "一、正确认识形势，增强做好下半年工作的信心",
        "对上半年的经济运行情况，可以用两句话来概括：",
        "第一句话，总体平稳、稳中有进。全县生产总值同比增长百分之六，高于全市平均水平。",
    ]))
    assert outline(doc) == [(1, "一、正确认识形势，增强做好下半年工作的信心")]


def test_a_lone_first_part_above_a_label_is_no_heading():
    # "主要安排：" is a label, not a sentence introducing points: nothing proves the lone 一、.
    doc, _ = clean("\n".join([
        "周末值班通知",
        "一、值班时间为本周六至周日全天，请各值班人员按时到岗",
        "主要安排：",
        "周六由办公室负责，周日由后勤科负责。",
    ]))
    assert outline(doc) == []


def test_a_page_cut_short_after_its_first_part():
    doc, _ = clean("\n".join([
        "2023年度个人工作总结",
        "一年来，在单位领导的关心和同事们的帮助下，我认真履行岗位职责，较好地完成了各项工作任务。",
        "一、加强政治理论学习",
        "我坚持把学习放在首位，认真学习党的创新理论，积极参加单位组织的各类学习活动，政治素养有了新的提高。",
    ]))
    assert outline(doc) == [(1, "一、加强政治理论学习")]


def test_run_in_yi_headings_glued_to_their_body_are_split_off():
    doc, _ = clean("\n".join([
        "2023年度社区工作总结",
        "一、强化组织建设，夯实基层基础今年以来，社区党委坚持把组织建设摆在突出位置，新发展党员三名。",
        "二、聚焦民生服务，办好群众实事我社区全年为居民办理各类事项一千二百余件，群众满意率明显提升。",
    ]))
    assert outline(doc) == [(1, "一、强化组织建设，夯实基层基础"), (1, "二、聚焦民生服务，办好群众实事")]
    body = paras(doc)
    assert body[0].startswith("今年以来，社区党委") and body[1].startswith("我社区全年")


def test_pdf_text_with_wrapped_headings_and_blanks_inside_words():
    doc, _ = clean("\n".join([
        "工作总结范文",
        "一、认真总结经验，进一步做好安全生",
        "产工作",
        "今年以来，公司认 真贯彻落实安全生产各项要求，全年未发生一起安全责任事故，安全形势保持稳定。",
        "二、加强队伍建设，提升员工综合素",
        "质水平",
        "公司坚持把培训作为提升员工素质的重要手段，全年组织各类培训二十余次，参训人员达一千余人次。",
    ]))
    assert outline(doc) == [(1, "一、认真总结经验，进一步做好安全生产工作"),
                            (1, "二、加强队伍建设，提升员工综合素质水平")]
    assert "公司认真贯彻落实" in "".join(block_text(b) for b in doc.content)


def test_a_wenku_paragraph_cut_short_after_its_first_part_set_apart_by_blanks():
    doc, _ = clean("\n".join([
        "赴外地考察学习的情况报告",
        "根据县委安排，考察组一行八人于五月中旬赴外地学习考察，历时五天，收获很大，进一步开阔了视野、"
        "理清了思路。 一、考察地的基本情况 该市位于长江下游，交通便利，经济基础雄厚，近年来民营经济"
        "发展迅速，全市生产总值连续五年保持两位数增长，城乡居民收入稳步提高。",
    ]))
    assert outline(doc) == [(1, "一、考察地的基本情况")]
    body = paras(doc)
    assert body[0].endswith("理清了思路。") and body[1].startswith("该市位于长江下游")


def test_numbered_items_inside_a_wrapped_paragraph_are_not_cut_out():
    doc, _ = clean("\n".join([
        "学习心得",
        "这次培训内容丰富，我的体会主要有三点。 一、理论 二、实践 三、作风，这三个方面相辅相成，缺一不可，"
        "今后我要在工作中认真加以落实，不断提高自身素质和履职能力，争取更好的成绩。",
    ]))
    assert outline(doc) == []

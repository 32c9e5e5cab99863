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


def test_questions_asked_one_after_another_are_no_sections():
    # An appeal opening on a run of questions, one a line (the last one long, with a comma), and a
    # children's poem of questions: none is answered before the next is asked, so none is a part.
    appeal = ["爱护绿地的倡议书", "各位居民朋友：", "你踩过刚冒芽的草坪吗？", "你想过小树被折断时有多疼吗？",
              "你知道一块被踩秃的绿地，要花多少个春天才能重新长好吗？",
              "我们小区的绿地去年补种了三次，今年开春又出现了好几条被踩出来的小路。",
              "为此，物业和业委会向大家发出倡议：绕行步道，不在草坪上遛狗，看到折枝及时劝阻。"]
    doc, _ = clean("\n".join(appeal))
    assert outline(doc) == []
    assert "你想过小树被折断时有多疼吗？" in paras(doc)
    poem = ["小问号", "池塘里的荷叶为什么这么圆？", "蜻蜓为什么总停在水面上？", "青蛙怎么一到晚上就唱歌？",
            "蜗牛的房子为什么背在身上？", "月亮为什么有时弯有时圆？", "我把这些问题写在本子上，",
            "等长大了一个一个去找答案。"]
    doc, _ = clean("\n".join(poem))
    assert outline(doc) == []
    assert "蜻蜓为什么总停在水面上？" in paras(doc)


def test_a_question_over_its_answer_stays_a_part_after_an_answer_closing_on_a_question():
    # A know-how page's parts are questions, each over its answer; an answer closing on a short
    # question of its own makes two questions in a row, no run of them.
    doc, _ = clean("\n".join([
        "社区志愿服务问答", "不少居民想参加社区的志愿服务，却不知道从哪里入手，我们把常被问到的几件事整理如下。",
        "什么是时间银行？", "时间银行是把志愿服务的时长记下来，等自己需要帮助时再兑换服务的做法。",
        "这样的互助，你愿意参加吗？",
        "怎样申请成为志愿者？", "带上身份证到社区服务站填写登记表，经过半天培训即可上岗服务。",
        "服务时长怎么兑换？", "每满十小时可以兑换一次上门理发、家电维修或陪诊服务，由服务站统一安排。",
    ]))
    assert outline(doc) == [(1, "什么是时间银行？"), (1, "怎样申请成为志愿者？"), (1, "服务时长怎么兑换？")]
    assert "这样的互助，你愿意参加吗？" in paras(doc)


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


def runins(doc):
    return [block_text(s) for b in doc.content if isinstance(b, pf.Para)
            for s in b.content if isinstance(s, pf.Span) and "runin" in s.classes]


def test_headings_closed_by_a_comma_run_in_when_their_siblings_do_too():
    doc, _ = clean("\n".join([
        "突发事件应急预案",
        "一、预警启动，发生突发事件时由值班人员立即报告科室负责人。",
        "二、分级响应，一级响应由主任协调，二级响应由各组组长协调。",
    ]))
    assert runins(doc) == ["一、预警启动，", "二、分级响应，"]
    # One alone, or an opening clause, is a sentence: "在…中，" "…的，".
    doc, _ = clean("某某预案\n一、在井下生产过程中，经常遇到的有毒气体有以下几种。\n"
                   "二、人员病假超过一个月的，从第二个月起按照标准发给。")
    assert runins(doc) == []


def test_financial_numerals_and_a_comma_after_the_numeral_number_parts():
    doc, _ = clean("\n".join([
        "入党申请书写法", "壹、封面", "封面用白纸制作，居中写标题，再写上班级、姓名和日期等信息。",
        "贰、内容", "正文要写明对党的认识、入党动机以及今后努力的方向，不少于一千五百字。",
    ]))
    assert outline(doc) == [(1, "壹、封面"), (1, "贰、内容")]
    doc, _ = clean("芯片课程心得\n一,芯片的概念\n"
                   "数字信号处理是利用计算机以数字形式对信号进行采集、变换和滤波等处理的技术。")
    assert outline(doc) == [(1, "一，芯片的概念")]


def test_bracketed_labels_are_sections_and_a_labelled_field_is_not():
    doc, _ = clean("\n".join([
        "2024年学校安全工作计划",
        "[指导思想]本年度学校安全工作继续贯彻安全第一、预防为主的方针，切实加强安全管理。",
        "[工作目标]",
        "以建设平安校园为契机，进一步抓好综合治理和安全工作，杜绝重特大事故的发生。",
    ]))
    assert outline(doc) == [(1, "[指导思想]"), (1, "[工作目标]")]
    assert paras(doc)[0].startswith("本年度学校安全工作")
    doc, _ = clean("致辞范例\n【致辞人】某市卫生局\n【致辞背景】某市卫生系统动员大会\n各位领导、同志们：大家好！")
    assert outline(doc) == []


def test_a_bare_line_above_a_first_numbered_child_heads_its_part():
    doc, _ = clean("\n".join([
        "辞职报告怎么写",
        "辞职报告是个人离开工作岗位时向单位提出申请的一种文书，写作时要态度诚恳、理由充分。",
        "辞职报告的基本格式",
        "（一）标题",
        "在第一行正中写上报告的名称，一般由事由和文种共同构成，如辞职报告、辞职申请书等。",
        "（二）称呼",
        "在标题下一行顶格写出接受辞职报告的单位或者领导的名称，并在称呼后加冒号。",
    ]))
    assert outline(doc) == [(1, "辞职报告的基本格式"), (2, "（一）标题"), (2, "（二）称呼")]
    # A line introducing what follows heads nothing.
    doc, _ = clean("\n".join([
        "辞职报告怎么写", "辞职报告的格式有以下几个部分",
        "（一）标题", "在第一行正中写上报告的名称，一般由事由和文种共同构成，如辞职报告等。",
        "（二）称呼", "在标题下一行顶格写出接受辞职报告的单位或者领导的名称，并加冒号。",
    ]))
    assert outline(doc) == [(1, "（一）标题"), (1, "（二）称呼")]


def test_a_subtitle_under_a_heading_is_no_heading():
    doc, _ = clean("\n".join([
        "党员文章", "汲取贤吏之道须五常", "——观历代贤吏为官之道展有感",
        "近日，局机关党委组织全体党员干部参观主题展，我深受教育，颇有感悟，现将体会整理如下。",
    ]))
    assert "——观历代贤吏为官之道展有感" not in [t for _, t in outline(doc)]


def test_the_titles_words_numbered_1_open_the_first_sample_even_glued_to_its_text():
    doc, report = clean("\n".join([
        "散文读后感", "散文读后感1从古至今，先哲们用各种文字告诉我们读书的好处，我一直觉得自己读书很浅。",
        "小时候只看故事书，尤其是童话书，现在回想起来，那时眼中的书也就是这样了。",
    ]))
    assert outline(doc) == [(1, "散文读后感1")]
    assert paras(doc)[0].startswith("从古至今")
    # Numbered 1, the title's words are the first sample, not the title repeated.
    doc, report = clean("\n".join([
        "社区大扫除活动方案", "社区大扫除活动方案（通用5篇）", "社区大扫除活动方案 1",
        "为了进一步改善街道卫生状况，提高居民健康水平，特制定本活动方案，请各单位认真落实。",
    ]))
    assert [h for _, h in outline(doc)] == ["社区大扫除活动方案 1"]
    repeated = [r["text"] for r in report.removed if r["rule"] == "title.repeated-title"]
    assert repeated == ["社区大扫除活动方案（通用5篇）"]


def test_a_first_run_in_item_under_its_heading_runs_in_on_a_page_cut_short():
    doc, _ = clean("\n".join([
        "工作总结的写法",
        "二、工作总结的特点",
        "1.回顾性：总结是对过去工作的回顾与反思，是制定下一步计划的重要参考。",
        "2.客观性：总结所列举的事例和数据必须完全可靠、确凿无误，不能夸大。",
        "三、工作总结的写法",
        "1.标题设定：总结的标题应简洁明了，可包含单位名称、时间、主要内容等要素。",
    ]))
    assert runins(doc) == ["1.回顾性：", "2.客观性：", "1.标题设定："]


def test_the_first_child_of_the_last_part_counts_when_the_page_ends_below_it():
    # The page stops after "（一）…" and one paragraph: its first child, proven by its place.
    doc, _ = clean("\n".join([
        "社区治理的几点思考",
        "近年来，各地在社区治理方面做了大量探索，积累了一些经验，也暴露出一些问题。",
        "一、社区治理的主要动力",
        "随着城市化进程加快，居民需求日益多样，社区承担的服务事项越来越多，治理压力随之增大。",
        "（一）完善政策支持，夯实社区治理基础",
        "各级出台的政策文件为社区治理提供了方向和依据。",
    ]))
    assert outline(doc) == [(1, "一、社区治理的主要动力"), (2, "（一）完善政策支持，夯实社区治理基础")]


def test_a_first_run_in_child_after_its_parts_opening_paragraph_runs_in_on_a_page_cut_short():
    doc, _ = clean("\n".join([
        "关于地方志编写的综述",
        "一、研究热点",
        "（一）溯源研究",
        "学界围绕地方志的起源与演变展开了较多讨论，成果颇丰，观点也不尽一致。",
        "1.历史渊源。关于地方志的起源，学者们从古代典籍和地方档案两个方面进行了考证，提出了不同看法。",
    ]))
    assert runins(doc) == ["1.历史渊源。"]


def test_a_lone_first_child_with_more_of_the_page_below_is_no_heading():
    # Far from the end of the page, a lone "（一）…" under a part proves nothing.
    lines = ["某某工作总结", "一、主要做法",
             "今年以来，我们围绕中心工作，扎实推进各项任务，取得了一定成效，得到群众认可。",
             "（一）坚持学习教育，提升干部队伍素质",
             "全年组织集中学习十二次，专题讲座四次，干部理论水平明显提高，工作作风持续改进。"]
    lines += ["在制度建设方面，修订完善了考勤、财务、档案等管理办法，做到有章可循。",
              "在队伍建设方面，选派青年干部到基层一线锻炼，提升解决实际问题的能力。",
              "在服务群众方面，开通便民热线，全年受理群众诉求三百余件，办结率达到百分之百。",
              "在安全生产方面，开展隐患排查整治行动，全年未发生一起安全事故。"]
    doc, _ = clean("\n".join(lines))
    assert outline(doc) == [(1, "一、主要做法")]


def test_headings_set_off_from_their_body_by_a_blank_are_split_where_siblings_share_the_form():
    doc, _ = clean("\n".join([
        "请假条的写法",
        "请假条一般由以下几部分组成：",
        "一、标题 在第一行中间写上“请假条”三个字，字体可以稍大一些，醒目即可。",
        "二、称呼 在标题下一行顶格写上老师或领导的称呼，后面加冒号。",
        "三、正文 写明请假的原因和起止时间，语言要简洁，态度要诚恳。",
    ]))
    assert outline(doc) == [(1, "一、标题"), (1, "二、称呼"), (1, "三、正文")]
    assert paras(doc)[1].startswith("在第一行中间写上")


def test_a_lone_blank_after_a_few_words_proves_no_heading_and_the_line_still_runs_in():
    doc, _ = clean("\n".join([
        "辞职信怎么写",
        "1.首先要写好标题。在第一行中间写上辞职信三个字，字号稍大。",
        "2.其次是称谓。称谓另起一行顶格书写，一般写尊敬的领导。",
        "3.第三 是写正文。正文是辞职信中最重要的部分，要写清理由。",
    ]))
    assert outline(doc) == []
    assert runins(doc) == ["1.首先要写好标题。", "2.其次是称谓。", "3.第三是写正文。"]  # typography drops the blank
    alone, _ = clean("\n".join([
        "公司简介",
        "一、张明 毕业于某某大学，从事财务工作十余年，经验丰富。",
        "公司现有员工两百余人，下设六个部门，业务覆盖全省各地市。",
    ]))
    assert outline(alone) == []


def test_the_format_and_the_sample_of_a_template_page_are_its_top_sections():
    doc, _ = clean("\n".join([
        "感谢信的格式及范文",
        "感谢信格式：",
        "感谢信一般由标题、称呼、正文、结尾和落款五个部分组成，下面分别说明。",
        "1、写明感谢的缘由。",
        "要交代清楚对方在什么时间、什么情况下给予了哪些帮助，让读者明白来龙去脉。",
        "2、写明感谢的内容。",
        "要具体叙述对方的帮助带来了怎样的结果，并表达诚挚的谢意和学习的决心。",
        "感谢信范文：",
        "尊敬的社区工作人员：",
        "上个月我家老人突发疾病，多亏你们及时帮忙联系医院，才转危为安，在此表示衷心感谢。",
    ]))
    assert outline(doc) == [(1, "感谢信格式："), (2, "1、写明感谢的缘由。"), (2, "2、写明感谢的内容。"),
                            (1, "感谢信范文：")]


def test_a_lone_sample_label_named_by_the_title_stands_beside_the_top_sections():
    doc, _ = clean("\n".join([
        "表扬信格式及例文",
        "（一）标题",
        "在第一行正中写上“表扬信”三个字，字体稍大。",
        "（二）正文",
        "写清楚被表扬者的事迹，交代时间、地点、经过和结果，最后提出表扬。",
        "例文：致环卫工人的表扬信",
        "全体环卫工人：",
        "一年来，你们起早贪黑，风雨无阻，为城市的整洁付出了辛勤的汗水，特此表扬。",
    ]))
    assert outline(doc) == [(1, "（一）标题"), (1, "（二）正文"), (1, "例文：致环卫工人的表扬信")]


def test_a_part_word_in_running_text_or_unproven_by_the_title_is_no_heading():
    doc, _ = clean("\n".join([
        "年度工作总结",
        "一、主要工作",
        "全年完成各项任务，群众满意度不断提升，工作作风明显改进。",
        "公文格式",
        "按照统一的公文格式印发各类文件，全年未出现格式差错，办文质量稳步提高。",
        "二、下步打算",
        "继续加强学习，提高业务能力，推动各项工作再上新台阶。",
    ]))
    assert outline(doc) == [(1, "一、主要工作"), (1, "二、下步打算")]


def test_a_lone_first_child_between_its_parent_and_its_own_first_child_is_a_heading():
    doc, _ = clean("\n".join([
        "校园绿化提升方案",
        "一、工作目标",
        "用一年时间完成校园绿化改造，使校园环境更加优美，师生满意度明显提高。",
        "（一）具体目标：",
        "1、绿地面积增加。新增草坪和花坛三千平方米，绿地率达到百分之四十以上。",
        "2、树木品种丰富。补植乡土树种二十余种，形成四季有绿、三季有花的景观。",
    ]))
    assert outline(doc) == [(1, "一、工作目标"), (2, "（一）具体目标：")]
    assert runins(doc) == ["1、绿地面积增加。", "2、树木品种丰富。"]


def test_a_question_and_the_name_of_its_answer_make_one_heading():
    doc, _ = clean("\n".join([
        "读后感的写法",
        "1、什么是读后感？读后感的含义",
        "读完一本书或一篇文章后，把自己的感受和收获写下来，就是读后感。",
        "2、读后感怎么写？读后感的写法",
        "先简要介绍所读的内容，再写自己的感受，最后联系实际谈体会。",
    ]))
    assert outline(doc) == [(1, "1、什么是读后感？读后感的含义"), (1, "2、读后感怎么写？读后感的写法")]
    answered, _ = clean("\n".join([
        "入党问答",
        "1、为什么要入党？因为入党是我的理想",
        "我从小就向往加入中国共产党，这个愿望一直没有改变，现在更加坚定了。",
        "2、怎样才能入党？先要递交申请书",
        "申请人应当向所在单位的党组织递交入党申请书，并接受组织的培养和考察。",
    ]))
    assert outline(answered) == []


def test_a_flattened_part_cut_short_is_found_by_its_first_child_glued_to_its_heading():
    doc, _ = clean("2024年卫生院党建工作总结2024年，卫生院党支部在上级党委的领导下，认真学习贯彻党的创新理论，"
                   "以高质量党建推动卫生院各项工作高质量发展。一、主要工作开展情况（一）加强理论学习，"
                   "思想基础更加牢固。支部坚持每月集中学习，全年开展专题研讨十次，党员撰写心得体会三十余篇。")
    assert outline(doc) == [(1, "一、主要工作开展情况")]
    # Its first child runs in right under it, its heading two clauses.
    assert runins(doc) == ["（一）加强理论学习，思想基础更加牢固。"]


def test_a_flattened_page_opening_with_its_title_is_cut_at_its_sections():
    doc, _ = clean("村级活动方案选编\n"
                   "美丽庭院创建活动方案一、活动背景随着乡村振兴的推进，群众对居住环境的要求越来越高，"
                   "庭院整洁成为村容村貌的重要标志，为此特开展本次创建活动，引导农户自觉美化庭院，"
                   "动员广大妇女和家庭成员积极参与，共同营造干净、整洁、美丽、和谐的生活环境。"
                   "二、活动目标1.庭院内外干净整洁，无乱堆乱放现象。2.农户参与率达到百分之九十以上，"
                   "评选出一批示范户，形成比学赶超的良好氛围，带动全村人居环境整体提升，"
                   "让美丽庭院成为乡村振兴的一道亮丽风景。")
    assert outline(doc) == [(1, "一、活动背景"), (1, "二、活动目标")]
    assert paras(doc)[0] == "美丽庭院创建活动方案"
    assert paras(doc)[1].startswith("随着乡村振兴的推进")
    assert paras(doc)[2].startswith("1.庭院内外干净整洁")


def test_a_first_run_in_child_right_under_a_run_in_part_runs_in_on_a_page_cut_short():
    doc, _ = clean("\n".join([
        "工作方案怎么写",
        "工作方案一般由标题、正文、落款三个部分组成，下面分别加以说明。",
        "1. 标题。标题一般由单位名称、事由和文种三部分组成，也可以省略单位名称。",
        "2. 正文。正文一般分为开头、主体、结尾三个部分，各部分要求不同。",
        "（1）开头。要写明制定方案的目的和依据，文字要简明扼要，不宜过长。",
    ]))
    assert runins(doc) == ["1. 标题。", "2. 正文。", "（1）开头。"]


def test_the_only_numbered_line_of_a_page_cut_short_runs_in_when_its_heading_is_a_few_words():
    doc, _ = clean("\n".join([
        "学习先进人物有感",
        "近日，单位组织我们参观了先进人物事迹展，我深受教育，下面谈谈自己的几点体会。",
        "一、常怀敬畏之心。敬畏是一种态度，也是一种修养，有了敬畏之心，才能做到慎独慎微。",
        "敬畏法纪，才能守住底线；敬畏人民，才能干好事业。",
    ]))
    assert runins(doc) == ["一、常怀敬畏之心。"]
    longer, _ = clean("\n".join([
        "学习先进人物有感",
        "近日，单位组织我们参观了先进人物事迹展，我深受教育，下面谈谈自己的几点体会。",
        "一、我们一定要在今后的工作中常怀敬畏之心。敬畏是一种态度，也是一种修养，不可缺少。",
        "敬畏法纪，才能守住底线；敬畏人民，才能干好事业。",
    ]))
    assert runins(longer) == []


def test_a_stray_blank_before_the_full_stop_of_a_run_in_makes_no_split():
    doc, _ = clean("\n".join([
        "调查报告的特点",
        "（一）真实性 。 调查报告以大量事实和数据为基础，用叙述的语言如实反映调查对象的情况。",
        "（二）针对性 。 调查报告总是围绕某个具体问题展开，目的明确，所提建议也有的放矢。",
    ]))
    assert outline(doc) == []
    assert len(runins(doc)) == 2
    assert not any(p.startswith("。") for p in paras(doc))


def test_a_run_in_heading_holding_a_comma_runs_in_beside_plain_run_in_siblings():
    doc, _ = clean("\n".join([
        "请假条怎么写",
        "1.首先很关键，要写明标题。在第一行正中写上请假条三个字，字体稍大一些。",
        "2.接着是称呼。称呼另起一行顶格书写，写明接收请假条的老师或领导。",
        "3.然后写正文。正文写清请假的原因、时间和天数，语言简洁明了。",
    ]))
    assert runins(doc) == ["1.首先很关键，要写明标题。", "2.接着是称呼。", "3.然后写正文。"]
    provisions, _ = clean("\n".join([
        "考勤管理规定",
        "1、员工请假，须提前一天提出书面申请。未经批准擅自离岗的，按旷工处理。",
        "2、病假超过三天，须提供医院证明。证明不全的，按事假计算工资。",
    ]))
    # No plain run-in beside them: the sentence is no run-in heading (the comma reading stays).
    assert not any(r.endswith("。") for r in runins(provisions))


def test_the_last_item_of_a_run_in_list_with_no_text_of_its_own_runs_in_too():
    lines = [
        "思想汇报的写法",
        "（一）思想汇报的格式",
        "1、标题。一般直接写“思想汇报”四个字，也可以写明汇报的主要内容。",
        "2、称呼。顶格写所在党组织的名称，后面加冒号。",
        "3、正文。这是思想汇报的主体部分，根据自己的实际情况来写。",
        "4、落款和日期。",
        "（二）思想汇报的内容",
        "主要写自己对党的认识、学习体会以及存在的不足和努力方向，做到实事求是。",
    ]
    doc, _ = clean("\n".join(lines))
    assert runins(doc) == ["1、标题。", "2、称呼。", "3、正文。", "4、落款和日期。"]
    split, _ = clean("\n".join(lines), **{"headings.split_runin": True})
    assert (2, "4、落款和日期。") in outline(split)
    assert all(block_text(b) for b in split.content)  # no empty paragraph for the missing body
    # Followed by its own text, the same line is an item of the list, no heading.
    lines[6:6] = ["写明汇报人的姓名和汇报的日期。"]
    doc, _ = clean("\n".join(lines))
    assert runins(doc) == ["1、标题。", "2、称呼。", "3、正文。"]


def test_a_line_opening_numbered_parts_of_its_own_heads_them_though_its_siblings_are_items():
    doc, _ = clean("\n".join([
        "关于递交入党申请书的通知",
        "一、有关入党申请书的说明",
        "（一）申请人在递交申请书之前要认真学习党章和党的基本知识，端正入党动机。",
        "（二）入党申请书应当由申请人本人亲笔书写并签名，不得打印或请人代写。",
        "（三）入党申请书一般由以下几个部分组成",
        "1.标题：第一行居中写“入党申请书”五个字。",
        "2.称呼：第二行顶格写“敬爱的党组织”，后加冒号。",
    ]))
    assert outline(doc) == [(1, "一、有关入党申请书的说明"), (2, "（三）入党申请书一般由以下几个部分组成")]
    assert runins(doc) == ["1.标题：", "2.称呼："]


def test_a_sole_part_closed_by_a_colon_counts_when_its_own_first_part_runs_in_right_below():
    doc, _ = clean("\n".join([
        "部门年度目标责任书",
        "为明确工作责任，确保年度目标顺利完成，经研究，与各部门签订以下责任书：",
        "一、考核内容：",
        "（一）业务指标（____分）：1. 客户回访完成率达到____%以上。",
        "2. 新客户开发数量不少于____个。",
        "3. 客户投诉处理及时率达到百分之百。",
    ]))
    assert outline(doc) == [(1, "一、考核内容：")]
    assert runins(doc) == ["（一）业务指标（____分）："]


def test_a_time_is_no_run_in_heading_colon():
    doc, _ = clean("\n".join([
        "关于组织收看庆祝大会的通知",
        "三、有关要求",
        "1.参会人员于上午9:30前入场完毕，按指定座位就座，会场内保持安静。",
        "2.各单位认真组织收看，并于会后报送收看情况和心得体会。",
    ]))
    assert runins(doc) == []


def test_a_first_child_running_in_with_an_enumeration_comma_in_its_heading():
    doc, _ = clean("\n".join([
        "促进就业行动方案",
        "一、总体目标",
        "到2025年，全市新增就业岗位一万个以上，重点群体就业保持稳定，就业质量持续提升。",
        "二、主要措施",
        "（一）实施机关、事业单位带头招聘行动。各级机关和事业单位要拿出一定比例的岗位面向高校毕业生招聘。",
    ]))
    assert outline(doc) == [(1, "一、总体目标"), (1, "二、主要措施")]
    assert runins(doc) == ["（一）实施机关、事业单位带头招聘行动。"]

"""Headings proven by their siblings or their place (passes/headings/proofs.py), on template-site
page forms: a notice's fields, an agenda's items, a heading the page cut off, traditional script.
Fixtures written for the project."""

from __future__ import annotations

import panflute as pf

from helpers import clean
from reportfmt.passes.elements import block_text


def outline(doc):
    return [(b.level, block_text(b)) for b in doc.content if isinstance(b, pf.Header)]


def runins(doc):
    return [block_text(pf.Para(*s.content)) for b in doc.content if isinstance(b, pf.Para)
            for s in b.content if isinstance(s, pf.Span) and "runin" in s.classes]


def paras(doc):
    return [block_text(b) for b in doc.content if isinstance(b, pf.Para)]


def test_a_notices_label_and_value_fields_run_in_at_their_colons():
    doc, _ = clean("\n".join([
        "社区读书月活动方案",
        "为丰富居民的文化生活，营造人人爱读书的良好氛围，社区决定开展读书月活动，现将有关事项安排如下。",
        "一、活动主题：书香满社区",
        "二、活动目的：倡导全民阅读，引导青少年走进阅览室，养成读好书的习惯。",
        "三、主办单位：xx社区居民委员会",
        "四、活动对象：辖区中小学生",
        "五、活动时间：7月10-12日",
        "六、活动要求：",
        "1、稿件字数不超过八百字，内容积极向上。",
        "2、稿件须为原创，严禁抄袭。",
    ]))
    assert runins(doc) == ["一、活动主题：", "二、活动目的：", "三、主办单位：", "四、活动对象：", "五、活动时间："]
    assert [p for p in paras(doc) if p.startswith("一、")] == ["一、活动主题：书香满社区"]


def test_the_same_fields_in_traditional_script_run_in_the_same_way():
    doc, _ = clean("\n".join([
        "社區讀書月活動方案",
        "為豐富居民的文化生活，營造人人愛讀書的良好氛圍，社區決定開展讀書月活動，現將有關事項安排如下。",
        "一、活動主題：書香滿社區",
        "二、活動目的：倡導全民閱讀，引導青少年走進閱覽室，養成讀好書的習慣。",
        "三、主辦單位：xx社區居民委員會",
        "四、活動對象：轄區中小學生",
        "五、活動時間：7月10-12日",
    ]))
    assert runins(doc) == ["一、活動主題：", "二、活動目的：", "三、主辦單位：", "四、活動對象：", "五、活動時間："]
    assert outline(doc) == []


def test_a_heading_with_a_subtitle_after_its_colon_stays_a_heading():
    doc, _ = clean("\n".join([
        "应急管理的演进",
        "一、引言：从抗击洪灾到应对地震",
        "近二十年来，我国应急管理体系经历了从无到有、从分散到统一的发展过程，积累了丰富经验。",
        "二、体系建构：一案三制的形成",
        "以应急预案、体制、机制和法制为核心的体系在这一时期逐步建立并不断完善。",
    ]))
    assert outline(doc) == [(1, "一、引言：从抗击洪灾到应对地震"), (1, "二、体系建构：一案三制的形成")]
    assert runins(doc) == []


def test_an_agendas_short_items_between_two_parts_are_a_list():
    doc, _ = clean("\n".join([
        "关于召开年度工作会议的通知",
        "各区县团委：经研究，定于下月召开年度工作会议，现将有关事项通知如下：",
        "一、会议时间",
        "1月8日上午9时",
        "二、会议内容",
        "1、年度工作汇报",
        "2、考评",
        "三、参会人员",
        "各区县团委书记、直属单位负责同志，请准时参加，不得缺席。",
    ]))
    assert outline(doc) == [(1, "一、会议时间"), (1, "二、会议内容"), (1, "三、参会人员")]
    assert "1、年度工作汇报" in paras(doc) and "2、考评" in paras(doc)


def test_two_sections_with_body_under_a_part_stay_headings():
    doc, _ = clean("\n".join([
        "年度工作计划",
        "一、工作目标",
        "1、提升服务质量",
        "全年群众满意度达到百分之九十五以上，投诉办结率达到百分之百。",
        "2、加强队伍建设",
        "组织业务培训不少于四次，每名干部至少参加一次专题轮训。",
        "二、保障措施",
        "加强组织领导，明确责任分工，确保各项任务落到实处。",
    ]))
    assert outline(doc) == [(1, "一、工作目标"), (2, "1、提升服务质量"), (2, "2、加强队伍建设"), (1, "二、保障措施")]


def test_a_last_heading_as_short_as_its_siblings_is_not_joined_to_the_cut_line_below():
    doc, _ = clean("\n".join([
        "中秋节社区活动方案",
        "（一）加强领导，落实责任",
        "社区成立活动领导小组，由书记任组长，明确分工，确保活动有序开展。",
        "（二）加大宣传，营造氛围",
        "社区充分利用宣传栏和微信群等阵地，广泛宣传中秋传统文化知识。",
        "（三）及时总结，加强反馈",
        "社区要对本次活动情况认真总结上报",
    ]))
    assert outline(doc)[-1] == (1, "（三）及时总结，加强反馈")
    assert paras(doc)[-1] == "社区要对本次活动情况认真总结上报"


def test_a_heading_longer_than_its_siblings_still_joins_its_wrapped_end():
    doc, _ = clean("\n".join([
        "关于加强基层组织建设的实施意见",
        "一、总体要求",
        "坚持以党建引领基层治理，推动各项工作落地见效，切实增强群众的获得感。",
        "二、关于进一步加强村级党组织",
        "带头人队伍的意见",
        "选优配强村党组织书记，建立健全后备力量培养机制，每年开展专题培训。",
    ]))
    assert outline(doc) == [(1, "一、总体要求"), (1, "二、关于进一步加强村级党组织带头人队伍的意见")]


def test_bare_section_names_inside_a_pages_samples_are_headings():
    doc, _ = clean("\n".join([
        "农村调研报告（精选2篇）",
        "农村调研报告篇1",
        "按照上级关于乡村振兴的有关要求，近期我们对某村的产业发展情况进行了专题调研。",
        "基本情况",
        "该村共有村民小组六个，农户四百余户，耕地面积三千余亩，以种植和外出务工为主。",
        "调研过程",
        "这次调研分三个阶段进行，先集中走访了三十多户农户，再召开座谈会听取意见建议。",
    ]))
    assert outline(doc) == [(1, "农村调研报告篇1"), (2, "基本情况"), (2, "调研过程")]


def test_a_lone_short_line_under_a_sample_marker_stays_text():
    doc, _ = clean("\n".join([
        "活动策划书怎么写（精选2篇）",
        "活动策划书怎么写篇一",
        "要写清楚活动的要点",
        "活动的目的和意义要用简洁明了的语言表述清楚，让读者一看就懂。",
        "时间和地点都要写明确，使人一目了然，便于参加者安排时间。",
    ]))
    assert outline(doc) == [(1, "活动策划书怎么写篇一")]


def test_short_items_right_under_a_line_introducing_them_are_a_list():
    doc, _ = clean("\n".join([
        "关于召开半年工作会议的通知",
        "经研究，定于7月5日上午召开半年工作会议，会议议程如下：",
        "1、传达文件精神",
        "2、部署下半年工作",
        "请各单位主要负责同志准时参加会议，因故不能参加的须提前向办公室请假。",
    ]))
    assert outline(doc) == []
    assert paras(doc)[1:3] == ["1、传达文件精神", "2、部署下半年工作"]


def test_sections_under_a_line_ending_with_a_colon_keep_their_headings_when_they_have_body():
    doc, _ = clean("\n".join([
        "2024年工作总结",
        "现将一年来的工作总结如下：",
        "1、强化学习教育",
        "全年组织集中学习二十四次，开展专题研讨六次，干部职工理论水平明显提升。",
        "2、狠抓制度落实",
        "修订完善内部管理制度十二项，做到用制度管人、按制度办事。",
    ]))
    assert outline(doc) == [(1, "1、强化学习教育"), (1, "2、狠抓制度落实")]


def test_a_title_with_a_sites_badge_still_names_its_numbered_samples():
    from reportfmt.passes.headings.rules import decide

    texts = ["校園安全管理制度1",
             "為加強校內交通安全管理，保障全體師生的人身安全，確保校園秩序井然，特制定以下規定。",
             "1、加強對師生的交通安全教育，增強交通安全意識。",
             "校園安全管理制度2",
             "為切實做好學校消防安全工作，預防火災事故的發生，結合學校實際制定本制度。"]
    for title in ("[優(yōu)]校園安全管理制度", "【精選】校園安全管理制度", "校園安全管理制度"):
        found = decide(texts, title=title)
        assert {i: d.family for i, d in found.items()} == {0: "sample", 3: "sample"}, title


def test_a_speechs_long_part_heading_of_clauses_is_a_heading():
    doc, _ = clean("\n".join([
        "在全县经济工作会议上的讲话",
        "同志们：今天召开这次会议，主要任务是分析当前经济形势，研究部署下一阶段工作，我讲三点意见。",
        "一、形势严峻，我们务必充分认识外部环境变化对我县的影响，坚定信心，进一步增强应对复杂局面的紧迫感和责任感",
        "从当前形势看，至少要认清两个方面。一方面要看到经济运行面临的困难，另一方面要看到发展的有利条件。",
        "二、突出重点，全力以赴抓好项目建设、招商引资和民生保障各项工作，确保全年目标任务圆满完成不打折扣",
        "项目是发展的生命线。各乡镇各部门要把项目建设摆在突出位置，主要领导亲自抓、负总责。",
    ]))
    assert [level for level, _ in outline(doc)] == [1, 1]
    assert outline(doc)[0][1].startswith("一、形势严峻")


def test_a_long_numbered_sentence_ending_with_a_full_stop_stays_text():
    doc, _ = clean("\n".join([
        "关于做好安全生产工作的通知",
        "一、各单位要高度重视安全生产工作，切实加强组织领导，层层落实责任，认真排查各类隐患，确保不发生重大事故。",
        "今年以来，全县安全生产形势总体平稳，但一些领域隐患仍然突出，必须引起高度重视。",
        "二、各单位要加强值班值守，严格执行领导带班和二十四小时值班制度，遇有突发情况及时报告，不得迟报漏报瞒报。",
        "值班人员要坚守岗位，保持通讯畅通，认真做好值班记录。",
    ]))
    assert outline(doc) == []


def test_an_excerpts_only_numbered_line_above_its_body_is_a_heading_whatever_its_number():
    doc, _ = clean("\n".join([
        "事迹材料的标题要写明先进个人的姓名或先进集体的名称，使人一眼就能看出是谁的事迹。",
        "2.正文",
        "正文的开头要写明先进个人的简要情况，包括姓名、性别、年龄、工作单位和职务等内容。",
    ]))
    assert outline(doc) == [(1, "2.正文")]


def test_a_lone_numbered_line_between_lines_that_are_no_body_stays_text():
    doc, _ = clean("\n".join([
        "会议安排",
        "时间：周五下午",
        "3、考评",
        "地点：二楼会议室",
    ]))
    assert outline(doc) == []


def test_a_speechs_ordinal_word_points_standing_alone_are_headings():
    doc, _ = clean("\n".join([
        "在主题教育推进会上的讲话",
        "同志们：",
        "开展主题教育是今年党的建设的重大任务，下面我讲两点意见。",
        "第一，要深刻认识主题教育的重大意义",
        "主题教育是推动全党坚定理想信念、提升能力本领的重要举措，各级党组织要切实提高政治站位。",
        "第二，要扎实推进各项重点措施落地见效",
        "各单位要把学习教育、调查研究、检视整改贯通起来，确保主题教育取得实实在在的成效。",
    ]))
    assert outline(doc) == [(1, "第一，要深刻认识主题教育的重大意义"), (1, "第二，要扎实推进各项重点措施落地见效")]


def test_ordinal_words_opening_sentences_stay_running_text():
    doc, _ = clean("\n".join([
        "在安全生产工作会议上的讲话",
        "今年以来全县安全生产形势总体平稳，但隐患依然存在，我强调三点。",
        "第一，要压实责任",
        "各乡镇各部门要把安全生产责任落实到岗位、落实到人头，做到守土有责。",
        "第二，要加强排查。对重点行业领域开展拉网式排查，发现隐患立即整改。",
    ]))
    assert outline(doc) == []


def test_parts_opening_one_inside_the_other_on_a_page_cut_short_are_headings():
    doc, _ = clean("\n".join([
        "市文化旅游局上半年工作总结",
        "今年以来，我局紧紧围绕全市中心工作，统筹推进文化、旅游、体育各项事业，取得了阶段性成效。",
        "一、上半年主要工作",
        "（一）坚持项目带动，在“建设”和“运营”上同步用力",
        "1.加快推进场馆建设。成立工作专班，倒排工期，全市三座文化场馆主体工程已完工，预计年底投入使用。",
    ]))
    assert outline(doc) == [(1, "一、上半年主要工作"), (2, "（一）坚持项目带动，在“建设”和“运营”上同步用力")]
    assert runins(doc) == ["1.加快推进场馆建设。"]


def test_an_excerpts_lone_part_above_its_first_child_is_a_heading_whatever_its_number():
    doc, _ = clean("\n".join([
        "4、公示复核环节。候选人名单确定后，要在村务公开栏公示五天，接受群众监督，对有异议的及时复核。",
        "5、总结移交环节。选举结束后，要在五日内完成公章、账册、档案等移交，由选举委员会主持，镇街监督。",
        "四、切实加强对选举工作的组织领导",
        "（一）要把选举工作列入重要议程。各区县要成立工作指导小组，加强对选举工作的指导和监督，层层抓落实。",
    ]))
    assert outline(doc) == [(1, "四、切实加强对选举工作的组织领导")]
    assert "（一）要把选举工作列入重要议程。" in runins(doc)


def test_numbered_lines_opening_one_inside_the_other_above_no_body_stay_text():
    # A form's fields: the innermost line opens no body text, so nothing proves the chain.
    doc, _ = clean("\n".join([
        "入会申请登记表",
        "一、申请人信息",
        "（一）姓名",
        "（二）工作单位",
        "（三）联系电话",
    ]))
    assert [text for _, text in outline(doc) if text.startswith("（")] == []


def test_a_cut_pages_last_first_child_below_its_parts_intro_runs_in_though_its_heading_has_a_comma():
    doc, _ = clean("\n".join([
        "关于上年度预算执行审计查出问题整改情况的报告",
        "我受市人民政府委托，向市人大常委会报告上年度预算执行审计查出问题的整改情况，请予审议。",
        "一、整改工作总体推进情况",
        "市政府高度重视审计整改工作，多次专题部署，相关单位积极主动整改，整改工作总体顺利，成效明显。",
        "（一）压实整改主体责任，多措并举推进整改。常委会会议后，审计局及时向各责任单位印发整改清单，明确事项和时限。",
    ]))
    assert outline(doc) == [(1, "一、整改工作总体推进情况")]
    assert runins(doc) == ["（一）压实整改主体责任，多措并举推进整改。"]


def test_a_numbered_line_the_page_cut_off_among_run_in_siblings_is_no_heading():
    doc, _ = clean("\n".join([
        "支部主题党日活动制度",
        "一、活动时间。每月固定一天为主题党日，遇特殊情况可适当调整，但须提前报上级党委备案。",
        "二、活动内容。主题党日的内容以学习教育为主，结合本单位中心工作确定重点，每次突出一两项。",
        "三、活动形式。可集中学习，可外出参观，也可组织党员开展志愿服务，做到形式多样、注重实效。",
        "四、要如实记载每次活动的时间、地点、主题、参加人",
    ]))
    assert outline(doc) == []
    assert runins(doc) == ["一、活动时间。", "二、活动内容。", "三、活动形式。"]

"""Marker styles a new site prints its parts in, where they stand mid-line or are read with their
neighbours (round 42, tests/eval/perturb_markers.py): "一." before a part named by its year, the
first part of a flattened page cut short printed "一," "一." or "壹、", and its "（一）" children
printed "一）", closed by the bracket alone. Fixtures written for the project: made-up text in the
forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.numbering import parse_marker


def lines(*rows: str) -> str:
    return "\n".join(rows)


# -- "一.2024年…": a part named by its year ------------------------------------------------------------

def test_a_dot_marker_before_a_year_and_its_nian_is_a_section_marker():
    marker = parse_marker("二.2025年工作打算")
    assert (marker.family, marker.number) == ("yi", 2)
    assert parse_marker("三. 2024 年主要成效").family == "yi"
    assert parse_marker("壹.2023年回顾").family == "capital"


def test_a_dot_and_digits_without_a_year_stay_an_outline_number():
    assert parse_marker("一.20 条款说明") is None
    assert parse_marker("一.5") is None
    assert parse_marker("二.2025") is None  # a year alone, no 年: no part's name


def test_dot_numbered_parts_named_by_their_years_are_the_sections():
    doc, _ = clean(lines(
        "青石社区服务中心年度工作报告",
        "一年来，中心围绕居民的急难愁盼，持续改进服务方式，现将有关情况报告如下。",
        "一.2024年主要工作",
        "全年新开设老年助餐点两处，组织志愿服务一百二十余场，办结居民诉求四百余件，满意率稳步提升。",
        "二.存在的不足",
        "部分服务项目宣传不够，年轻居民参与度不高，志愿者队伍流动较大，骨干力量仍显不足。",
        "三.2025年工作打算",
        "继续完善助餐服务网络，增设夜间便民窗口，并建立志愿者积分激励办法，稳定骨干队伍。",
    ))
    assert outline(doc) == [(1, "一.2024年主要工作"), (1, "二.存在的不足"), (1, "三.2025年工作打算")]


# -- a flattened page cut short after its first part -------------------------------------------------

_INTRO = ("2024年，某街道围绕老旧小区改造和便民服务两件大事，统筹各方力量，各项工作稳步推进,"
          "群众满意度明显提高。现将全年工作总结如下:")
_FIRST_CHILD_BODY = ("全年完成八个小区的改造任务，涉及居民一千二百余户，加装电梯十四部,"
                     "同步完成雨污分流和停车位划线，居民出行更加方便。")


def test_a_comma_first_part_cut_short_with_its_first_child_glued_comes_apart():
    doc, _ = clean(lines(
        "某街道2024年工作总结",
        _INTRO + "一，主要工作(一)老旧小区改造全面完成。" + _FIRST_CHILD_BODY + "…",
    ))
    # (as the page numbering "一、" comes apart: the part a heading, its lone child's text a paragraph)
    assert outline(doc) == [(1, "一，主要工作")]
    assert [p[:8] for p in paras(doc)] == ["2024年，某街", "（一）老旧小区改"]


def test_a_first_part_cut_short_with_its_child_closed_by_the_bracket_alone_comes_apart():
    doc, _ = clean(lines(
        "某街道2024年工作总结",
        _INTRO + "一、2024年主要工作一）老旧小区改造全面完成。" + _FIRST_CHILD_BODY + "…",
    ))
    assert outline(doc) == [(1, "一、2024年主要工作")]
    assert [p[:8] for p in paras(doc)] == ["2024年，某街", "一）老旧小区改造"]


def test_flattened_children_closed_by_the_bracket_alone_are_cut_after_the_breaks_traces():
    # (a blank where each line break was: cut there, as the page printing "（一）" is)
    doc, _ = clean(lines(
        "关于请示写法的说明",
        "请示是下级机关向上级机关请求指示或批准时使用的文种，一般由几个部分组成，下面逐项说明。 一）标题。"
        "请示的标题由发文机关、事由和文种组成，有时可以省去发文机关，但事由和文种不能省，标题中一般不用标点符号。"
        " 二）主送机关。请示只写一个主送机关，不能多头请示，受双重领导的单位应根据内容写明主送机关，需要同时送"
        "另一机关的，用抄送的形式。 三）正文。正文先写请示的缘由，再写请示的事项，最后用请予批准一类的话结尾。",
    ))
    assert [p[:5] for p in paras(doc)] == ["请示是下级", "一）标题。", "二）主送机", "三）正文。"]


def test_a_numeral_word_with_a_closing_bracket_inside_a_sentence_cuts_nothing():
    text = ("我们要把思想统一）起来的说法写进总结里并不合适，大家在讨论中提出了许多意见，会后由办公室汇总，"
            "形成一份材料报送领导审阅，各部门要在本周内反馈修改建议，逾期视为没有意见，请大家相互转告。")
    doc, _ = clean(lines("部门例会纪要", text, "会议由办公室主任主持，全体人员参加。"))
    assert outline(doc) == []
    assert paras(doc)[0] == text


# -- a page's own style: glued parts printed as its line-opening parts are ---------------------------

def test_colon_named_parts_glued_mid_line_in_the_pages_dot_style_are_cut():
    doc, _ = clean(lines(
        "重阳节敬老活动方案",
        "一.活动名称：",
        "“陪老人过一个温暖的重阳”志愿服务二.参加对象：",
        "全班四十名同学和五位家长志愿者，社区日间照料中心的老人是我们的客人。三.活动地点：",
        "社区日间照料中心一楼活动室",
    ))
    assert outline(doc) == [(1, "一.活动名称："), (1, "二.参加对象："), (1, "三.活动地点：")]


def test_comma_numbered_parts_glued_after_the_last_word_of_the_part_before_come_apart():
    doc, _ = clean(lines(
        "社区端午节活动方案",
        "为传承传统文化，增进邻里感情，结合社区实际，特制定本方案。一，活动主题粽叶飘香 邻里同乐二，活动时间"
        "六月上旬某日上午九点至十一点半三，活动地点社区文化广场四，活动内容包粽子比赛、端午知识问答、慰问"
        "独居老人，各项活动由网格员分头组织，志愿者协助维持秩序。五，工作要求各网格员负责本网格的报名组织，"
        "活动当天提前半小时到场，做好安全提示。",
    ))
    starts = [p[:3] for p in paras(doc)] + [text[:3] for _, text in outline(doc)]
    assert {"一，活", "二，活", "三，活", "四，活", "五，工"} <= set(starts)


def test_a_weekday_with_a_comma_inside_a_comma_numbered_part_is_no_part():
    doc, _ = clean(lines(
        "社区读书会安排",
        "为丰富居民文化生活，社区决定开办读书会，现将安排说明如下。一，活动时间每周二，周四下午三点至五点，"
        "节假日暂停，遇有变动提前在居民群通知，请大家相互转告，按时参加。二，活动地点社区活动中心二楼阅览室，"
        "室内备有茶水和老花镜，居民可自带书籍交流，也可借阅阅览室的图书，借阅须登记。",
    ))
    joined = "\n".join(paras(doc) + [text for _, text in outline(doc)])
    assert "每周二，周四下午" in joined


# -- "一，" alone, its name lost ---------------------------------------------------------------------

def test_a_comma_number_alone_over_body_with_its_next_sibling_a_heading_is_a_nameless_part():
    doc, _ = clean(lines(
        "读《城南旧事》有感",
        "一，",
        "这本书写的是小英子童年在北京城南的生活，一个个小故事连起来，读来亲切又有些伤感。",
        "二，书中主要人物",
        "英子、宋妈、秀贞、妞儿，每个人物都有自己的故事，作者写得平实而动人。",
        "三，我的阅读体会",
        "读完这本书，我更加珍惜身边的人，也明白了成长总伴随着告别。",
    ))
    assert outline(doc) == [(1, "一，"), (1, "二，书中主要人物"), (1, "三，我的阅读体会")]


# -- the boilerplate pass: a part's marker in a site's style is the document's own line ----------------

def test_a_comma_first_part_over_a_site_lead_in_stays_a_heading():
    doc, _ = clean(lines(
        "一，某某最有名的散文",
        "某某，当代作家，散文以清新细腻著称。下面就是我整理的某某最有名的散文，欢迎来参考！",
        "某某散文《檐下听雨》",
        "江南的梅雨一落就是半个月，我喜欢搬一张小板凳，坐在檐下听雨，听雨点落在瓦上。",
        "二，某某散文的艺术特色",
        "她的散文很少宏大的议论，更愿意从一场雨、一畦菜写起，在平淡的叙述中透出对生活的体贴。",
    ))
    heads = [text for _, text in outline(doc)]
    assert heads[0] == "一，某某最有名的散文"
    assert "二，某某散文的艺术特色" in heads


def test_a_title_glued_to_a_comma_first_part_keeps_the_part():
    doc, _ = clean(lines(
        "2025年学生会工作计划书",
        "学生会工作计划一，工作目标",
        "围绕服务同学这一中心，完善各部门分工，办好迎新、读书节和运动会三件大事，提升学生会的凝聚力。",
        "二，主要安排",
        "九月完成换届和招新，十月举办读书节，十一月配合学校办好秋季运动会，十二月做好年度总结。",
        "三，几点要求",
        "各部门要按月报送工作进展，重大活动提前两周提交方案，活动结束后一周内完成总结。",
    ))
    assert [text for _, text in outline(doc)] == ["一，工作目标", "二，主要安排", "三，几点要求"]


def test_a_comma_first_part_opening_the_page_with_a_latin_word_is_no_title():
    doc, report = clean(lines(
        "一，PPT 内容设计",
        "1. 开场导入",
        "用一段交通安全动画引出主题，约占一到两页，画面简洁，配一句提问引发思考。",
        "2. 知识讲解",
        "分三页讲清交通信号、人行横道和乘车安全，每页一个要点，配图说明。",
        "二，课堂小结",
        "用一页回顾要点，并布置一项课后实践：和家长一起找一找上学路上的交通标志。",
    ))
    assert report.title != "一，PPT 内容设计"
    assert outline(doc)[0] == (1, "一，PPT 内容设计")


# -- "1)" over "(1)": one family printed two ways, the first way the parts --------------------------

def test_close_bracket_parts_over_full_bracket_lists_are_the_level_above():
    doc, _ = clean(lines(
        "面试被问离职原因怎么答",
        "每到求职旺季，后台收到最多的问题之一就是离职原因该怎么说，本期请顾问和大家聊聊。",
        "1)面试官为什么要问离职原因？",
        "他想知道你会不会很快又走，以及你离开的原因在新岗位上会不会再出现。",
        "2)哪些说法最容易减分？",
        "我们向近两百位招聘负责人做过一次小调查，问他们最不愿听到的离职理由：",
        "(1)抱怨前公司或前领导，约占四成",
        "(2)只谈薪资待遇，约占三成",
        "(3)说不清楚、前后矛盾，约占两成",
        "3)怎样回答更稳妥？",
        "讲事实，少评价；讲自己想要什么，少讲别人做错了什么。",
    ))
    heads = [text for _, text in outline(doc)]
    assert heads == ["1)面试官为什么要问离职原因？", "2)哪些说法最容易减分？", "3)怎样回答更稳妥？"]


def test_a_full_bracket_list_under_another_part_makes_no_close_bracket_parts():
    doc, _ = clean(lines(
        "学生健康体位推动计划",
        "一、政策说明",
        "1)为什么要重视体位",
        "近年儿童过重及肥胖比率逐年上升，视力不良与睡眠不足的情形亦未见改善。",
        "2)四个着力点",
        "饮食管理、规律运动、充足睡眠和家校合作四个方面同时推进。",
        "二、本校条件检视",
        "本校学生过重比率略高于全市平均，但校内运动场地充足，因此拟定推动方向如下：",
        "(1)结合体育课与晨间活动，推动集点跑走活动，让每位学生每周累积运动量。",
        "(2)由营养师与午餐秘书共同检视菜单，每月公布一次健康餐盘示范。",
    ))
    levels = {text: level for level, text in outline(doc)}
    assert levels["一、政策说明"] == levels["二、本校条件检视"] == 1
    assert levels.get("1)为什么要重视体位") == levels.get("2)四个着力点") == 2


# -- a forum's jammer ending right before "2)" ----------------------------------------------------------

def test_a_jammer_before_an_item_closed_by_its_bracket_alone_leaves_the_number():
    doc, _ = clean(lines(
        "述职报告的写法",
        "述职报告一般由标题、称谓、正文和落款四部分构成，各部分的写法分别是：",
        "1)标题。可只写述职报告，也可写明任职时间和职务。",
        "D^ ^ \" @ F} Q# r2)称谓。根据述职场合确定，书面报送的写上级机关名称。",
        "I= [ 0) T% T[ } + v_ h' E?3)正文。先用一段导语概述任职时间和岗位职责，再写主要工作和成绩。",
        "4)落款。写明述职人姓名和日期。",
    ))
    body = "\n".join(paras(doc) + [text for _, text in outline(doc)])
    assert "2)称谓。" in body and "3)正文。" in body
    assert "r2)" not in body and "E?3)" not in body


# -- "①" run-in points glued after each other's sentences -------------------------------------------

def test_circled_run_in_points_glued_after_sentence_ends_come_apart():
    doc, _ = clean(lines(
        "请示和报告有什么区别？",
        "①行文目的不同：请示是请求上级批准或指示，需要上级答复；报告是向上级汇报工作，不要求答复。 "
        "②行文时间不同：请示必须事前行文，报告可以事后或事中行文。 ③内容要求不同：请示一文一事，"
        "报告可以一文数事。",
    ))
    assert [p[:7] for p in paras(doc)] == ["①行文目的不同", "②行文时间不同", "③内容要求不同"]


def test_a_circled_number_after_a_sentence_of_a_line_opening_with_none_cuts_nothing():
    text = "会议议定了三件事，详见附表。②号楼的维修下周开工，请各户提前做好准备。"
    doc, _ = clean(lines("物业例会纪要", text, "会议由物业经理主持，各楼栋长参加。"))
    assert paras(doc)[0] == text

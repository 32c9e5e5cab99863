"""Bare (unnumbered) headings in forms the new sites write (issue 18, round h6): a section that
opens with its list rather than a paragraph, a heading that asks a question, a bracketed label
under a numbered part. Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_bare_headings_opening_their_lists_are_sections():
    # Two of the three parts open with a list (its introducing sentence, or its item 1), not a
    # paragraph: they are sections as much as the one opening a paragraph.
    doc, _ = clean("\n".join([
        "仓库盘点工作方案",
        "为摸清库存家底，防止物资积压和流失，结合本单位实际，制定本方案。",
        "盘点目的",
        "通过全面盘点，核实各类物资的账面数量与实际数量，查明差异原因并及时处理。",
        "盘点安排",
        "1.时间：每季度最后一周",
        "2.范围：一号库、二号库及露天堆场",
        "盘点方法",
        "盘点小组可以采用下列几种方法开展工作：",
        "(1)逐件清点并填写盘点单；",
        "(2)抽查复核，抽查比例不低于百分之二十。",
    ]))
    assert outline(doc) == [(1, "盘点目的"), (1, "盘点安排"), (1, "盘点方法")]


def test_a_short_line_stacked_on_a_heading_that_opens_a_list_stays_text():
    # "全体仓管员" is the value of the line above it, not a section, though the line under it
    # opens a numbered list (a list of fields: no paragraph anywhere below).
    doc, _ = clean("\n".join([
        "仓库盘点工作方案",
        "为摸清库存家底，防止物资积压和流失，结合本单位实际，制定本方案。",
        "盘点目的",
        "通过全面盘点，核实各类物资的账面数量与实际数量，查明差异原因并及时处理。",
        "参加人员",
        "全体仓管员",
        "组织分工",
        "1.清点：仓管员两人一组",
        "2.复核：财务部派员抽查",
    ]))
    assert outline(doc) == [(1, "盘点目的"), (1, "组织分工")]
    assert "全体仓管员" in paras(doc)


def test_a_bare_line_above_a_page_number_alone_opens_no_list():
    # "(1)" alone is the number of a scanned report's first page, not a list's first item: the
    # site's "报告正文" above it heads nothing, and proves no sibling for the bare line further down.
    doc, _ = clean("\n".join([
        "农地利用与乡村治理研究成果报告",
        "报告正文",
        "(1)",
        "乡村治理研究计划期末报告 计划类别：整合型计划 执行期间：二〇一六年八月一日至二〇一七年七月三十一日",
        "研究成果概述",
        "本研究以三个村庄为例，考察农地利用与公共服务供给之间的关系，并提出改进基层协作机制的建议。",
    ]))
    assert outline(doc) == []


def test_a_bare_line_above_a_list_item_numbered_two_is_no_section():
    # Only a list's first item opens a section: a line above item 2 is the list's own text.
    doc, _ = clean("\n".join([
        "仓库管理办法",
        "为规范物资出入库管理，保证账物相符，特制定本办法，请各部门认真遵照执行。",
        "1.物资入库须有质检合格单。",
        "主管签字后",
        "2.物资出库须有领料单。",
        "其余事项按公司有关规定执行，本办法自印发之日起施行，由仓储部负责解释。",
    ]))
    assert outline(doc) == []


def test_bracketed_labels_under_a_long_numbered_heading_are_its_subsections():
    # "【日常巡查】" right under a long "二、" heading is no wrapped end of that heading: each label
    # is a subsection of part 二, one level below it.
    doc, _ = clean("\n".join([
        "河道保洁倡议书",
        "一、思想认识：河道是城市的血管而非垃圾通道",
        "河道一旦被垃圾堵塞，汛期排水受阻，周边居民的生活和出行都会受到直接影响，不能掉以轻心。",
        "二、具体做法：从每家每户到每个单位的保洁行动",
        "【日常巡查】",
        "沿河各单位每天安排专人巡查河岸，发现漂浮物和乱堆乱放的杂物当天清理完毕，并做好记录。",
        "【源头管控】",
        "餐饮店和农贸市场的废水必须经过隔油池处理后排放，严禁把剩菜剩饭直接倒进河里。",
        "三、共同承诺：做河道的守护人而不是旁观者",
        "让我们从身边小事做起，爱护河道，共同守护一方碧水，为子孙后代留下一条清澈的河。",
    ]))
    assert outline(doc) == [
        (1, "一、思想认识：河道是城市的血管而非垃圾通道"),
        (1, "二、具体做法：从每家每户到每个单位的保洁行动"),
        (2, "【日常巡查】"),
        (2, "【源头管控】"),
        (1, "三、共同承诺：做河道的守护人而不是旁观者"),
    ]


def test_bracketed_labels_above_the_numbered_parts_keep_the_top_level():
    # Labels that divide the page (numbering starts over under each) hold no numbered part above
    # them: they stay the top sections.
    doc, _ = clean("\n".join([
        "社区志愿服务方案",
        "【服务目标】",
        "一、帮助辖区内的独居老人解决买菜、就医等日常生活中的实际困难，让他们感受到社区的温暖。",
        "二、引导青年志愿者走进社区，在服务他人的过程中增强社会责任感，养成奉献的好习惯。",
        "【服务内容】",
        "一、每周二、周五上午组织志愿者上门探访独居老人，陪同聊天并协助打扫卫生。",
        "二、每月第一个周六在社区广场开展义诊和义剪活动，邀请辖区医院和理发店参与。",
    ]))
    assert [level for level, text in outline(doc) if text.startswith("【")] == [1, 1]


# A page converted to traditional characters with some of them glossed in pinyin ("團(tuán)").
_GLOSSED_PAGE = [
    "社區(qū)服務(wù)心得:走進(jìn)鄰里,溫暖彼此的日常",
    "admin",
    "社區(qū)服務(wù)心得:走進(jìn)鄰里,溫暖彼此的日常",
    "暑假里我報名參加了社區(qū)的志願服務(wù),每天上午跟著工作人員走訪樓棟,聽居民講述生活中的難處。",
    "從陌生到熟悉",
    "第一次敲門時我很緊張,說話也結(jié)結(jié)巴巴,後來慢慢學(xué)會了先傾聽再開口,老人們也願意和我聊天了。",
    "責(zé)任在點滴小事(shì)中變得清晰",
    "幫獨居老人取藥、陪孩子們做功課,這些小事(shì)讓我明白,責任不是口號,而是每天都去做的事情。",
]


def test_a_bare_heading_is_as_long_as_its_words_not_its_pinyin_glosses():
    # "責(zé)任在點滴小事(shì)中變得清晰" is twelve characters of words: a heading, like its sibling.
    doc, _ = clean("\n".join(_GLOSSED_PAGE))
    headings = [text for _, text in outline(doc)]
    assert len(headings) == 2
    assert headings[0] == "從陌生到熟悉"
    assert headings[1].startswith("責") and headings[1].endswith("中變得清晰")


def test_a_line_long_only_by_its_glosses_is_no_body_that_a_line_above_it_opens():
    # The glossed title under the site's "正文" is 19 characters of words, no paragraph: "正文"
    # above it heads nothing (the page's title is not known here, so only its length tells).
    doc, _ = clean("\n".join(["正文", *_GLOSSED_PAGE]))
    headings = [text for _, text in outline(doc)]
    assert "正文" not in headings and "admin" not in headings
    assert len(headings) == 2


def test_parallel_headings_of_one_length_are_no_wrap_column_over_their_paragraphs():
    # Three 一、 headings of four-character phrases all count seventeen characters: the line
    # breaks pass must not read them as lines wrapped at that width and glue each to the long
    # paragraph below it.
    doc, _ = clean("\n".join([
        "消防安全月活动总结",
        "按照上级关于开展消防安全月活动的部署，我单位结合实际认真组织，现将活动情况总结如下。",
        "一、健全机构,明确分工,层层落实",
        "单位成立了以主要负责人为组长的活动领导小组，下设办公室负责日常协调，各科室确定一名联络员，"
        "形成了一级抓一级、层层抓落实的工作格局，确保活动有序推进，取得实效。",
        "二、广泛宣传,全员参与,营造氛围",
        "通过悬挂横幅、张贴标语、发放宣传册和举办专题讲座等形式，向职工普及防火知识和逃生技能，"
        "累计发放资料八百余份，组织讲座三场，参加人数达四百余人次。",
        "三、排查隐患,限期整改,确保安全",
        "活动期间组织了三次全面检查，对消防通道堵塞、灭火器过期等问题逐项登记，落实整改责任人和时限，"
        "目前发现的问题已全部整改到位。",
    ]))
    assert outline(doc) == [
        (1, "一、健全机构，明确分工，层层落实"),
        (1, "二、广泛宣传，全员参与，营造氛围"),
        (1, "三、排查隐患，限期整改，确保安全"),
    ]


def test_a_numbered_line_cut_after_an_opening_quote_proves_no_sibling():
    # The page stops inside item 2's sentence, right after an opening quote: item 2 is no heading,
    # so it proves nothing about item 1, a sentence of the programme, nor about the line above.
    doc, _ = clean("\n".join([
        "运动会闭幕式主持词",
        "各位领导、老师、同学们：经过两天的激烈角逐，本届运动会的各项比赛已经全部结束。",
        "闭幕式进行第一项宣读获奖名单",
        "1、请校领导为获得“优秀组织奖”的班级颁发奖状。",
        "请各班代表依次上台领奖，领奖后在主席台前合影留念。",
        "2、请校领导为获得“",
    ]))
    assert outline(doc) == []


def test_a_bare_heading_may_open_a_bulleted_list():
    # The last part opens with its bullets ("-" on a line of its own, or "• " before the item).
    doc, _ = clean("\n".join([
        "食堂卫生检查制度",
        "为保障师生饮食安全，规范食堂日常管理，结合学校实际，制定本制度。",
        "检查内容",
        "检查组每周对食堂的原料采购、加工过程、餐具消毒和从业人员健康情况进行一次全面检查。",
        "检查结果运用",
        "-",
        "检查结果纳入食堂承包方的月度考核；",
        "-",
        "连续两次不合格的，约谈承包方负责人。",
        "工作要求",
        "• 检查人员要如实记录，不得弄虚作假；",
        "• 发现问题当场指出，限期整改到位。",
    ]))
    assert outline(doc) == [(1, "检查内容"), (1, "检查结果运用"), (1, "工作要求")]


def test_a_lead_sentence_that_lost_its_colon_is_no_section_and_its_heading_stays():
    # "…包括以下几个方面" announces the short names below it; the section it opens is "家长联系".
    doc, _ = clean("\n".join([
        "新学期班级工作要点",
        "班级常规",
        "每天早读前检查学生到校情况，放学后安排值日生打扫教室和走廊。",
        "家长联系",
        "与家长的联系应包括以下几个方面",
        "电话沟通",
        "学生连续两天未完成作业或身体不适时，当天电话告知家长。",
        "集中开放日",
        "每学期请家长到校听课一次，听后座谈，收集家长对班级工作的建议。",
    ]))
    assert outline(doc) == [(1, "班级常规"), (1, "家长联系"), (1, "电话沟通"), (1, "集中开放日")]
    assert "与家长的联系应包括以下几个方面" in paras(doc)

"""Headings by form (issue 18, the forms the fifteenth round's held split showed): the financial
numerals of a government outline, small-letter items, markdown marks printed as text, glyph-led
heads of a 简报, and a wiki's edit links and contents list. Fixtures written for the project:
made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, paras, removed_by, runins


def lines(*rows: str) -> str:
    return "\n".join(rows)


# -- 壹、貳、參、: one rank above 一、 ------------------------------------------------------------

def test_financial_numerals_head_the_parts_that_numbered_sections_divide():
    doc, _ = clean(lines(
        "縣政府年度施政報告",
        "壹、前言",
        "本年度縣府團隊秉持服務鄉親的理念，推動各項建設，以下就主要施政成果提出報告。",
        "貳、施政成果",
        "一、民政",
        "(一)戶政便民服務:",
        "推動線上申辦，全年受理案件較去年增加兩成，民眾滿意度持續提升。",
        "(二)宗教輔導:",
        "辦理寺廟管理講習三場，參加人數逾三百人，輔導寺廟完成登記。",
        "二、社會福利",
        "新設日間照顧中心二處，服務長者一百餘人。",
        "參、未來展望",
        "明年將持續推動地方創生，提升鄉親生活品質。",
    ))
    assert outline(doc) == [
        (1, "壹、前言"), (1, "貳、施政成果"), (2, "一、民政"), (3, "（一）戶政便民服務:"),
        (3, "（二）宗教輔導:"), (2, "二、社會福利"), (1, "參、未來展望")]


def test_a_blank_before_the_mark_of_a_financial_numeral_is_still_its_marker():
    doc, _ = clean(lines(
        "鄉公所工作報告",
        "壹 、財政",
        "本鄉今年稅收穩定成長，各項支出均依預算執行，未有超支情形。",
        "一 、預算執行",
        "歲入執行率達百分之九十五，歲出執行率達百分之九十二。",
        "二 、公共債務",
        "本年度未新增債務，並提前償還部分舊債。",
        "貳 、建設",
        "一 、道路工程",
        "完成中正路拓寬，改善上下班時段的交通壅塞。",
        "二 、排水工程",
        "完成低窪地區排水改善，汛期未再發生積水。",
    ))
    assert [level for level, _ in outline(doc)] == [1, 2, 2, 1, 2, 2]
    assert outline(doc)[3][1].startswith("貳")


# -- a. b.: one level below their numbered parent --------------------------------------------

def test_small_letter_items_under_a_numbered_part_are_its_subsections():
    doc, _ = clean(lines(
        "民主生活会学习笔记",
        "一、会议的背景和意义",
        "1. 背景介绍",
        "民主生活会是党内政治生活的重要形式，是开展批评和自我批评的重要平台。",
        "2. 会前准备",
        "a. 收集材料",
        "会前广泛征求群众意见，梳理出问题清单，逐条分析原因。",
        "b. 谈心谈话",
        "班子成员之间开展谈心谈话，做到互相提醒、互相帮助。",
        "二、会议的开展",
        "1. 自我批评",
        "每位成员对照检查，查摆自身问题，剖析思想根源。",
        "2. 相互批评",
        "成员之间坦诚相见，指出问题不遮掩，提出改进建议。",
    ))
    assert outline(doc) == [
        (1, "一、会议的背景和意义"), (2, "1. 背景介绍"), (2, "2. 会前准备"), (3, "a. 收集材料"),
        (3, "b. 谈心谈话"), (1, "二、会议的开展"), (2, "1. 自我批评"), (2, "2. 相互批评")]


def test_a_small_letter_before_latin_words_is_no_marker():
    doc, _ = clean(lines(
        "设备使用说明",
        "一、开机",
        "a. press the power button 后等待指示灯亮起，再进行下一步操作。",
        "b. wait 三十秒后屏幕显示主界面，即可开始使用本设备的各项功能。",
        "二、关机",
        "长按电源键三秒，待屏幕熄灭后拔下电源插头。",
    ))
    assert outline(doc) == [(1, "一、开机"), (1, "二、关机")]


# -- "## …": markdown marks printed as text ---------------------------------------------------

def test_markdown_marks_make_headings_of_their_level_and_leave_the_text():
    doc, _ = clean(lines(
        "学校安全工作总结",
        "本学期，我校坚持安全第一的方针，把师生生命安全放在首位，各项工作有序开展，现总结如下。",
        "## 一、强化组织领导",
        "学校成立了以校长为组长的安全工作领导小组，层层签订责任书，明确各岗位职责。",
        "### （一）健全制度",
        "修订了门卫值守、食堂管理等八项制度，做到有章可循。",
        "### （二）落实责任",
        "每月召开一次安全例会，对排查出的问题逐项整改到位。",
        "## 二、开展安全教育",
        "利用班会、国旗下讲话等形式，开展防溺水、防火、交通安全等专题教育十余次。",
        "## 三、存在的不足",
        "个别班级安全台账记录不及时，下学期将加强督查。",
    ))
    assert outline(doc) == [
        (1, "一、强化组织领导"), (2, "（一）健全制度"), (2, "（二）落实责任"), (1, "二、开展安全教育"),
        (1, "三、存在的不足")]
    assert not any("#" in text for text in paras(doc))


def test_bare_markdown_headings_take_their_level_from_the_count_of_marks():
    doc, _ = clean(lines(
        "读书分享会活动方案",
        "## 活动背景",
        "为营造书香校园氛围，培养学生阅读兴趣，学校决定在读书月期间举办读书分享会。",
        "## 活动安排",
        "### 前期准备",
        "各班推荐两名学生，准备五分钟的读书分享，班主任负责指导。",
        "### 现场分享",
        "分享会在学校报告厅举行，每位学生分享后由评委现场点评。",
        "## 活动要求",
        "各班要高度重视，认真组织，确保活动取得实效。",
    ))
    assert outline(doc) == [(1, "活动背景"), (1, "活动安排"), (2, "前期准备"), (2, "现场分享"), (1, "活动要求")]


def test_a_bare_markdown_heading_beside_numbered_ones_is_their_sibling():
    doc, _ = clean(lines(
        "党员民主生活会的要点",
        "民主生活会是党内政治生活的重要内容，下面从几个方面介绍。",
        "## 一、会议背景",
        "近年来，各级党组织不断规范民主生活会，推动党内政治生活严肃认真。",
        "1. 时代背景",
        "新时代对党员干部提出了更高要求，需要经常对照检查自身不足。",
        "2. 政策导向",
        "有关文件对民主生活会的程序和内容作了明确规定，必须认真执行。",
        "## 二、会议内容",
        "每名党员对照职责，查找自身存在的突出问题，提出整改措施。",
        "## 总结",
        "开好民主生活会，关键在于真正触及思想、解决问题。",
    ))
    assert outline(doc) == [(1, "一、会议背景"), (2, "1. 时代背景"), (2, "2. 政策导向"), (1, "二、会议内容"),
                            (1, "总结")]


def test_a_tag_of_a_social_site_is_no_markdown_heading():
    doc, _ = clean(lines(
        "社区垃圾分类倡议书",
        "#垃圾分类新时尚#",
        "亲爱的居民朋友们：垃圾分类关系到每个人的生活环境，需要大家共同参与，从我做起。",
        "#绿色家园#",
        "让我们行动起来，做垃圾分类的宣传者和实践者，共同建设美丽家园。",
    ))
    assert outline(doc) == []


# -- ★ / ☆: a 简报's heads ---------------------------------------------------------------------

def test_star_led_heads_under_a_column_name_sit_one_level_below_it():
    doc, _ = clean(lines(
        "学院党委理论学习简报",
        "【学思践悟】",
        "本期围绕主题教育，选登两位同志的学习体会，供大家交流。",
        "★守正创新",
        "作为一名青年教师，我深刻体会到，只有坚持理论学习，才能把准教书育人的方向。",
        "★知行合一",
        "学习的目的在于运用，我将把学习成果转化为推动学科建设的实际行动。",
    ))
    assert outline(doc) == [(1, "【学思践悟】"), (2, "★守正创新"), (2, "★知行合一")]


def test_star_led_heads_between_numbered_parts_are_their_subsections():
    doc, _ = clean(lines(
        "社区月度工作简报",
        "一、党建引领",
        "本月社区党委召开了党员大会，部署了下一阶段的重点工作任务。",
        "☆红色课堂",
        "邀请老党员为居民讲述党的故事，参加居民四十余人，反响热烈。",
        "☆志愿先锋",
        "党员志愿者开展环境整治活动，清理卫生死角十二处。",
        "二、民生服务",
        "为辖区六十岁以上老人开展免费体检，发放健康手册两百余份。",
    ))
    assert outline(doc) == [(1, "一、党建引领"), (2, "☆红色课堂"), (2, "☆志愿先锋"), (1, "二、民生服务")]


def test_star_led_list_items_without_paragraphs_stay_items():
    doc, _ = clean(lines(
        "员工守则",
        "★ 遵守国家法律法规",
        "★ 服从工作安排",
        "★ 爱护公司财物",
        "以上守则全体员工必须遵守，违者按公司有关规定处理。",
    ))
    assert outline(doc) == []


# -- a wiki page: its edit links and its contents list -----------------------------------------

def test_a_wikis_edit_links_go_and_leave_the_section_titles_as_headings():
    doc, report = clean(lines(
        "政府工作报告",
        "政府工作报告是政府机关向同级人民代表大会报告工作的一种公文，每年在大会开幕时宣读。",
        "报告的起草",
        "[编辑]",
        "报告由政府办公机构牵头拟稿，经政府常务会议讨论修改后，提交大会审议。",
        "报告的结构",
        "[编辑]",
        "报告一般由三个部分组成，分别回顾过去、部署当前和加强自身建设。",
        "上年工作回顾",
        "[编辑]",
        "回顾上一年的主要工作，汇报各项经济指标的完成情况。",
    ))
    assert outline(doc) == [(1, "报告的起草"), (1, "报告的结构"), (1, "上年工作回顾")]
    assert removed_by(report, "meta-lines.wiki-edit-link") == ["[编辑]"] * 3


def test_an_edit_link_glued_to_its_title_is_cut_and_the_title_kept():
    doc, report = clean(lines(
        "村民自治",
        "村民自治是农村基层群众实行自我管理、自我教育、自我服务的一项基本制度。",
        "历史沿革[編輯]",
        "上世纪八十年代，一些地方的农民自发组织起村民委员会，随后在全国推开。",
        "主要内容[编辑]",
        "村民自治的核心内容是民主选举、民主决策、民主管理和民主监督。",
    ))
    assert outline(doc) == [(1, "历史沿革"), (1, "主要内容")]
    assert len(removed_by(report, "meta-lines.wiki-edit-link-glued")) == 2


def test_a_wikis_contents_list_is_no_heading_its_entries_come_back_below():
    doc, _ = clean(lines(
        "政府工作报告",
        "目录",
        "1 形成过程",
        "2 基本结构",
        "形成过程",
        "政府工作报告一般在每年年初起草，经过多轮征求意见后提交人民代表大会审议。",
        "基本结构",
        "报告通常分为过去一年工作回顾、本年度工作任务和政府自身建设三个部分。",
    ))
    assert outline(doc) == [(1, "形成过程"), (1, "基本结构")]
    assert "1 形成过程" in paras(doc)  # kept as text: nothing is lost


# -- a meeting's record: its speakers and fields are no sections --------------------------------

def test_speakers_of_a_record_each_once_above_their_words_are_no_headings():
    doc, _ = clean(lines(
        "安全工作会议纪要",
        "本次会议由校长室召集，全体中层干部参加，会议听取了各部门的安全工作汇报。",
        "主持人：",
        "今天会议的主要任务是研究部署新学期的校园安全工作，请各位依次发言。",
        "张校长：",
        "安全工作是学校一切工作的前提，各部门要把责任落实到人，不留死角。",
        "刘书记：",
        "要加强对师生的安全教育，利用班会和广播多种形式宣传安全知识。",
    ))
    assert outline(doc) == []


def test_a_page_recording_applause_has_speakers_not_colon_sections():
    doc, _ = clean(lines(
        "表彰大会发言摘要",
        "大会在热烈的气氛中开幕，与会代表认真听取了各位发言人的讲话。",
        "获奖教师：",
        "能获得这个荣誉，我深感荣幸，这是对我过去工作的肯定，更是对我今后工作的鞭策。",
        "优秀学生：",
        "感谢学校和老师们的辛勤付出，这一年我的成绩进步很大，我会继续努力学习。",
        "（鼓掌）",
    ))
    assert outline(doc) == []


def test_the_spaced_field_lines_of_a_records_head_are_no_headings():
    doc, _ = clean(lines(
        "镇人大主席团第三次会议记录",
        "时  间 二〇二三年五月八日上午",
        "地  点 镇政府三楼会议室",
        "主  席 李某某",
        "记  录 王某",
        "会议首先听取了镇政府关于上半年重点工作推进情况的报告，与会人员进行了认真讨论。",
        "审议事项",
        "会议审议并原则通过了关于加强农村人居环境整治的决定，要求有关部门抓好落实。",
        "通过事项",
        "会议决定将农村道路养护纳入年度民生实事项目，由镇政府负责组织实施。",
    ))
    assert outline(doc) == [(1, "审议事项"), (1, "通过事项")]


# -- bare questions above their answers; "l." typed for "1." ---------------------------------

def test_bare_questions_each_above_its_answer_are_the_pages_sections():
    doc, _ = clean(lines(
        "防汛知识问答",
        "什么是防汛？",
        "防汛是指在汛期为防止洪水泛滥成灾而采取的各种措施，包括监测、预警和抢险。",
        "为什么要加强防汛工作？",
        "近年来极端天气多发，暴雨洪涝造成的损失越来越大，必须未雨绸缪、提前准备。",
        "如何做好家庭防汛准备？",
        "要提前了解居住地的地势和撤离路线，准备好手电筒、救生衣等应急物品。",
    ))
    assert outline(doc) == [(1, "什么是防汛？"), (1, "为什么要加强防汛工作？"), (1, "如何做好家庭防汛准备？")]


def test_a_speechs_questions_to_its_audience_are_no_headings():
    doc, _ = clean(lines(
        "国旗下讲话：珍惜时间",
        "老师们，同学们：",
        "同学们，你们知道吗？",
        "时间是世界上最公平的东西，它不会因为谁的身份特殊而多给一分一秒，我们每个人都要珍惜。",
        "我们该怎么做呢？",
        "首先要制订切实可行的学习计划，其次要养成今日事今日毕的好习惯，不把任务拖到明天。",
    ))
    assert outline(doc) == []


def test_a_letter_l_typed_for_the_first_number_opens_the_sequence():
    doc, _ = clean(lines(
        "写好述职报告的要点",
        "l. 标题。",
        "标题一般写成某某同志述职报告，也可以写明时间范围，让人一看就知道是哪一年的述职。",
        "2. 称谓。",
        "称谓要写在标题下一行顶格，写明听取报告的对象，如各位领导、各位同事。",
        "3. 正文。",
        "正文是述职报告的主体，要写清楚履职情况、取得成绩和存在的不足。",
    ))
    assert outline(doc) == [(1, "l. 标题。"), (1, "2. 称谓。"), (1, "3. 正文。")]


# -- a name glossed before its full stop; a markdown page's title ------------------------------

def test_run_in_names_glossed_after_a_comma_run_in_to_their_full_stop():
    doc, _ = clean(lines(
        "約談制度",
        "一、約談方式",
        "(一)例行約談,即工作約談。每年年初由紀檢部門對各單位負責人進行一次約談，了解廉政建設情形。",
        "(二)提醒約談,即問題約談。發現苗頭性問題時，及時對相關人員進行提醒，防止小錯釀成大錯。",
        "(三)專項約談,即特別約談。針對重點領域和關鍵環節，組織專門約談，督促落實整改措施。",
        "二、約談程序",
        "約談前應擬定方案，約談後應形成紀錄，並報紀檢部門備查。",
    ))
    assert outline(doc) == [(1, "一、約談方式"), (1, "二、約談程序")]
    assert runins(doc) == [
        "（一）例行約談，即工作約談。", "（二）提醒約談，即問題約談。", "（三）專項約談，即特別約談。"]


def test_a_markdown_pages_title_loses_its_mark():
    doc, report = clean(lines(
        "# 学校安全工作总结",
        "本学期，我校坚持安全第一的方针，把师生生命安全放在首位，各项工作有序开展。",
        "## 一、强化组织领导",
        "学校成立了以校长为组长的安全工作领导小组，层层签订责任书，明确各岗位职责。",
        "## 二、开展安全教育",
        "利用班会、国旗下讲话等形式，开展防溺水、防火、交通安全等专题教育十余次。",
    ))
    assert report.title == "学校安全工作总结"
    assert outline(doc) == [(1, "一、强化组织领导"), (1, "二、开展安全教育")]


# -- a list numbered afresh under each item of a list numbered alike ----------------------------

def test_parts_each_followed_at_once_by_their_first_item_numbered_alike_rank_above_the_items():
    doc, _ = clean(lines(
        "年度工作计划",
        "1、加强队伍建设",
        "1、开展业务培训",
        "全年计划组织业务培训六次，提高员工业务水平和服务能力。",
        "2、完善考核办法",
        "修订绩效考核细则，做到奖优罚劣，调动员工积极性。",
        "2、提升服务质量",
        "1、优化办事流程",
        "精简审批环节，推行一次办结，提高群众满意度。",
        "2、加强窗口管理",
        "严格落实首问负责制，杜绝推诿扯皮现象。",
    ))
    assert outline(doc) == [
        (1, "1、加强队伍建设"), (2, "1、开展业务培训"), (2, "2、完善考核办法"),
        (1, "2、提升服务质量"), (2, "1、优化办事流程"), (2, "2、加强窗口管理")]


def test_a_wiki_pages_section_heading_keeps_its_words_when_its_edit_link_is_cut():
    from reportfmt import convert_text

    html = """<html><head><title>村民自治</title></head><body><article>
    <h1>村民自治</h1>
    <p>村民自治是农村基层群众实行自我管理、自我教育、自我服务的一项基本制度，由村民委员会具体组织实施。</p>
    <h2>历史沿革<span>[<a href="/edit?s=1">编辑</a>]</span></h2>
    <p>上世纪八十年代，一些地方的农民自发组织起村民委员会，管理本村的公共事务，随后在全国推开。</p>
    <h2>主要内容<span>[<a href="/edit?s=2">编辑</a>]</span></h2>
    <p>村民自治的核心内容是民主选举、民主决策、民主管理和民主监督，四个方面相互联系、缺一不可。</p>
    </article></body></html>"""
    plain = convert_text(html, to="plain", input_format="html")
    assert "历史沿革" in plain and "主要内容" in plain
    assert "编辑" not in plain

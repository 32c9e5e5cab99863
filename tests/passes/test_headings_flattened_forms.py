"""Headings of pages a 文库's extraction flattened onto one line (issue 18): the sample markers
and the short 一、 parts of a 方案 run together, each part's name glued to its value. Fixtures
written for the project: made-up text in the forms such pages take."""

from __future__ import annotations

from helpers import clean, outline, paras, runins


def lines(*rows: str) -> str:
    return "\n".join(rows)


# A 方案 flattened with its samples: "X(3篇)(篇一)…一、活动主题…二、活动时间…(篇二)…".
FLAT_SAMPLES = (
    "小区植树节活动方案(3篇)(篇一)为倡导绿色生活，美化小区环境，经物业与业主委员会商议，特制定本方案。"
    "一、活动主题绿满家园 共建共享二、活动时间*年3月*日上午8:30—11:00三、活动地点小区北侧空地"
    "四、活动内容(一)认领树苗。每户可认领树苗一棵，挂牌写明认领家庭。(二)植树比赛。以单元为组，"
    "比一比哪组栽得又快又好。五、工作要求各楼长负责通知本楼住户，物业提前备好工具和水。"
    "(篇二)为增强学生爱护环境的意识，学校团委决定在植树节当天组织一次校园义务植树活动，安排如下：")


def test_a_flattened_page_is_cut_at_its_sample_markers_and_its_short_parts():
    doc, _ = clean(FLAT_SAMPLES)
    heads = [text for _, text in outline(doc)]
    assert heads[:1] == ["（篇一）"]
    assert heads[1:6] == ["一、活动主题", "二、活动时间", "三、活动地点", "四、活动内容", "五、工作要求"]
    assert heads[-1] == "（篇二）"
    assert runins(doc) == ["（一）认领树苗。", "（二）植树比赛。"]
    # The values stay, each its part's first paragraph; nothing is lost.
    kept = paras(doc)
    assert "绿满家园共建共享" in kept
    assert kept[-1].startswith("为增强学生爱护环境的意识")
    assert any(p.startswith("各楼长负责通知本楼住户") for p in kept)


def test_a_name_word_ends_a_glued_heading_only_at_a_lost_line_break():
    # Long sections glued after their sentences: the name ends at its last name word, even where
    # more name words stand in it ("工作目标任务").
    doc, _ = clean(
        "社区年度工作计划为做好今年社区各项工作，结合社区实际，制定本计划，请各网格认真抓好落实，确保取得实效。"
        "一、指导思想坚持以人民为中心，把服务居民作为社区工作的出发点和落脚点，不断提升居民的幸福感。"
        "二、工作目标任务全年新建居民议事点两个，组织志愿服务活动二十次以上，矛盾纠纷调处率达到百分之百。"
        "三、保障措施加强网格员培训，每季度考核一次，考核结果与绩效挂钩，确保各项任务落到实处。")
    assert outline(doc) == [(1, "一、指导思想"), (1, "二、工作目标任务"), (1, "三、保障措施")]
    # Numbers inside a sentence make no part: "一、二、三级" and an inline list after a comma.
    doc, _ = clean(
        "安全检查通报本月共检查企业十二家，发现一、二、三级隐患共计二十处，已全部下达整改通知书，"
        "要求各企业限期整改，做到：一、立即停用不合格设备，二、加强员工培训，三、落实整改责任人，"
        "对逾期未整改的企业依法依规进行处理，并在全区范围内通报批评，督促其严格落实安全生产主体责任。")
    assert outline(doc) == []
    # Nor does a list of single words glued in a sentence: "一、学习二、习惯三、表达".
    doc, _ = clean(
        "读书活动小结\n本学期我们班开展了形式多样的读书活动，同学们的收获主要包括：一、学习二、习惯三、表达等几个方面，"
        "大家的阅读兴趣明显提高了，借阅量比上学期增加了一倍多，很多同学养成了每天读书半小时的好习惯，"
        "家长们也反映孩子回家后主动看书的时间多了。")
    assert outline(doc) == [] and len(paras(doc)) == 1


# -- a record's fields: "四、列席人員：" left empty between its sibling fields ------------------------

def test_an_empty_field_between_its_sibling_fields_is_no_section():
    doc, _ = clean(lines(
        "社區發展協會理事會會議紀錄",
        "一、時間：十月五日上午九時",
        "二、地點：活動中心二樓會議室",
        "三、出席人員：如簽到表",
        "四、列席人員：",
        "五、主席：",
        "六、報告事項",
        "理事長說明本年度經費執行情形，各項活動均依計畫辦理完畢。",
        "七、討論事項：",
        "案由：明年度社區環境清潔日期如何訂定，請討論。",
        "八、散會",
    ))
    assert outline(doc) == [(1, "六、報告事項"), (1, "七、討論事項："), (1, "八、散會")]
    # A blank template's fields, every one empty, likewise; the part that holds text stays.
    doc, _ = clean(lines(
        "班級家長座談會記錄",
        "一、會議時間：",
        "二、會議地點：",
        "三、主持人：",
        "四、會議內容：",
        "導師報告本學期班級經營方向，並請家長協助督促孩子按時完成作業。",
        "家長代表建議增加親子共讀活動，導師表示將於下月安排。",
    ))
    assert outline(doc) == [(1, "四、會議內容：")]
    # One field filled in above fields left blank: a field among fields, run in at its colon.
    doc, _ = clean(lines(
        "志工隊幹部會議記錄",
        "一、時間：六月三日下午二時",
        "二、地點：",
        "三、主持人：",
        "四、討論事項",
        "下學期志工排班方式維持不變，新進志工由資深志工帶領一個月。",
        "五、散會",
    ))
    assert outline(doc) == [(1, "四、討論事項"), (1, "五、散會")]
    assert runins(doc) == ["一、時間："]


# -- an unnumbered name dividing two numbered lists, the second numbered afresh -------------------

def test_a_bare_line_above_a_list_numbered_afresh_names_that_part():
    doc, _ = clean(lines(
        "倡议书的基本结构",
        "倡议书一般由标题、称呼、正文和落款组成，写法分别如下：",
        "1.标题。可以只写“倡议书”，也可以在前面加上倡议的内容。",
        "2.称呼。写明倡议的对象，如“全体居民朋友们”。",
        "3.正文。先写发出倡议的背景和目的，再分条写出具体倡议。",
        "4.落款。写明倡议单位的名称和日期。",
        "倡议书的写作注意事项",
        "倡议书要让人愿意响应，写的时候应注意以下几点。",
        "1.内容切实可行。提出的要求要具体，大家做得到。",
        "2.语言亲切有力。多用号召性的语句，少用命令的口气。",
    ))
    assert outline(doc) == [(1, "倡议书的写作注意事项")]
    assert runins(doc)[-2:] == ["1.内容切实可行。", "2.语言亲切有力。"]
    # A line that only introduces the next item of the same list is none: the list goes on.
    doc, _ = clean(lines(
        "家长会发言提纲",
        "各位家长，下面我从三个方面谈谈本学期的情况。",
        "1.学习方面。大部分同学学习态度端正，按时完成作业。",
        "2.纪律方面。课堂纪律总体良好，个别同学需要加强。",
        "另外还有一点",
        "3.安全方面。请家长提醒孩子上下学注意交通安全。",
    ))
    assert outline(doc) == []


# -- a flattened know-how page numbered （一） and 1. with no 一、 parts ---------------------------

def test_a_flattened_page_of_paren_parts_is_cut_at_its_parts_and_their_points():
    doc, _ = clean(lines(
        "如何写好活动总结",
        "活动总结是活动结束后对整个过程的回顾和评价，写好总结有助于下次把活动办得更好。 （一）活动总结的基本结构 "
        "1、开头 开头简要交代活动的时间、地点、参加人员和活动主题，让读者对活动有一个整体印象。 2、主体 主体部分写"
        "活动的具体过程、取得的效果以及存在的问题，是总结的重点。 （二）活动总结的写作要求 1、实事求是 总结中的数字"
        "和事例都要真实，不能夸大成绩，也不能回避问题。 2、重点突出 不必面面俱到，要抓住活动中最有特色的环节来写。",
    ))
    assert outline(doc) == [(1, "（一）活动总结的基本结构"), (2, "1、开头"), (2, "2、主体"),
                            (1, "（二）活动总结的写作要求"), (2, "1、实事求是"), (2, "2、重点突出")]
    doc, _ = clean(lines(
        "请假条怎么写",
        "请假条的格式一般由标题、正文和落款组成。  （一）标题，通常有以下两种写法：  1.只写文种。在第一行正中写"
        "“请假条”三个字。  2.写明事由。如“病假条”“事假条”，让人一看就知道请假原因。  （二）正文。一般包括称呼、"
        "请假原因和请假时间。  1.称呼。顶格写收条人的称呼，后面加冒号。  2.请假原因。要写得简明真实，不必展开。  "
        "3.请假时间。写清从哪天到哪天，共几天。  （三）落款。在正文右下方写请假人姓名和日期。",
    ))
    assert runins(doc) == ["1.只写文种。", "2.写明事由。", "（二）正文。", "1.称呼。", "2.请假原因。",
                           "3.请假时间。", "（三）落款。"]
    # An article's items stay in their article; "1.5倍" and a list after commas make no points.
    doc, _ = clean(lines(
        "物业管理办法",
        "第五条 业主有下列权利。（一）按照物业服务合同的约定，接受物业服务企业提供的服务，监督其履行合同。"
        "（二）提议召开业主大会会议，并就物业管理的有关事项提出建议。（三）参加业主大会会议，行使投票权，"
        "选举业主委员会成员，并享有被选举权。",
    ))
    assert len(paras(doc)) == 1


def test_the_points_of_a_flattened_part_are_cut_apart_and_a_colon_ends_its_name():
    doc, _ = clean(lines(
        "年度工作总结的写法与范文总结是应用写作的一种，是对做过的工作进行理性的思考，它要回顾过去做了什么、怎么做的、"
        "做得怎么样。一、工作总结有如下特点:1. 自我性总结以自身的工作实践为材料，采用第一人称写法，其中的成绩和教训"
        "都指向自己。2. 回顾性总结是回顾过去，对前一段的工作进行检验，目的还是做好下一段的工作。3. 客观性总结所列举"
        "的事例和数据都必须真实可靠，不能随意夸大。二、工作总结的结构:1. 标题一般由单位名称、时间、事由和文种组成。"
        "2. 正文一般包括基本情况、成绩经验、问题教训和今后打算。",
    ))
    assert [text for _, text in outline(doc)] == ["一、工作总结有如下特点:", "二、工作总结的结构:"]
    points = [p for p in paras(doc) if p[:1].isdigit()]
    assert [p[:5] for p in points] == ["1. 自我", "2. 回顾", "3. 客观", "1. 标题", "2. 正文"]


# -- sample markers without brackets, glued in a flattened line (issue 18, fl39) ---------------------
GLUED_SAMPLES = (
    "社区消防安全工作总结篇1今年以来，社区以“查隐患、保平安”为主线，组织开展消防演练四次，"
    "走访沿街商铺六十余家，更换老旧灭火器一百余具，全年辖区未发生火灾事故，居民消防意识明显增强，"
    "志愿消防队的队员也从十人增加到二十二人，每月开展一次夜间巡查。"
    "社区消防安全工作总结篇2过去的一年，在街道的指导下，社区把消防安全纳入网格化管理，"
    "每个网格明确一名安全员，逐户登记电动车停放和充电情况，清理楼道堆放杂物四十余处。")


def test_unbracketed_sample_markers_numbered_in_order_cut_a_flattened_line():
    doc, _ = clean(GLUED_SAMPLES)
    assert [text for _, text in outline(doc)] == ["社区消防安全工作总结篇1", "社区消防安全工作总结篇2"]
    kept = paras(doc)
    assert kept[0].startswith("今年以来") and kept[-1].startswith("过去的一年")


def test_a_lone_glued_sample_marker_mid_line_needs_a_blank_after_it():
    # "…范文1 亲爱的…" after a sentence end, a blank left by the lost line break: a sample opens.
    lead = ("本次活动得到了全体家长的大力支持，孩子们在活动中收获了快乐，也学会了合作，老师们纷纷表示"
            "这样的活动今后还要多办，下学期我们准备把活动的范围扩大到整个年级，请家长们继续关注。"
            "活动的照片和视频已经上传到班级群的相册里，欢迎大家下载留念，也欢迎把孩子的感想发给班主任。")
    doc, _ = clean(lead + "家长会班主任发言稿范文1 尊敬的各位家长：大家下午好！感谢各位在百忙之中抽空来到学校，"
                   "今天我想和大家聊聊孩子们这一学期的变化和下学期的打算，也想听听各位家长的意见和建议。")
    assert [text for _, text in outline(doc)] == ["家长会班主任发言稿范文1"]
    # Glued on both sides, one marker is a sentence citing a sample: the line stays whole.
    doc, _ = clean(lead + "写的时候可以参照这份发言稿范文1的结构来安排，先讲成绩，再讲问题，最后提出希望，"
                   "篇幅控制在一千字左右为宜，语气要亲切自然，不要照本宣科。")
    assert outline(doc) == [] and len(paras(doc)) == 1
    # "篇1" numbering a count or a date is no marker: "…总结篇10份" "…方案篇3月…".
    doc, _ = clean(lead + "本学期各班共上交工作总结篇10份，其中优秀的有四份，学校将择优汇编成册，供下学期"
                   "各班在制定工作计划时参考借鉴，并在全校教师大会上进行交流。")
    assert outline(doc) == [] and len(paras(doc)) == 1

"""Run-in headings that name their paragraph: quoted or booked names, names closed by "！", a
paragraph opening with a quotation, and unnumbered names in a series (series.py). Fixtures written
for the project, in the forms 倡议书, plans, speeches and blog posts print them."""

from __future__ import annotations

from helpers import clean, outline, paras, runins


def test_a_numbered_name_may_quote_a_slogan_holding_marks_of_its_own():
    doc, _ = clean("\n".join([
        "文明旅游倡议书", "广大市民朋友：", "为营造良好的旅游环境，我们发出如下倡议：",
        "一、争做“文明旅游、安全出游”的宣传者。出游前主动了解目的地的风俗习惯，把文明出游的理念告诉亲友。",
        "二、争做“文明旅游、安全出游”的实践者。游览时爱护景区设施，不乱写乱画，不随手丢弃垃圾。",
        "三、争做“文明旅游、安全出游”的监督者。看到不文明的行为要善意提醒，共同维护景区秩序。",
        "让我们携起手来，共同营造文明和谐的旅游环境。",
    ]))
    assert runins(doc) == ["一、争做“文明旅游、安全出游”的宣传者。", "二、争做“文明旅游、安全出游”的实践者。",
                           "三、争做“文明旅游、安全出游”的监督者。"]
    assert outline(doc) == []


def test_a_numbered_name_may_name_a_document_or_a_system_in_quotes():
    doc, _ = clean("\n".join([
        "某局党支部工作计划",
        "一、学习《条例》。组织全体干部职工认真学习新修订的条例，每月至少开展一次集中学习。",
        "二、落实“三会一课”。严格按照规定召开支部党员大会、支委会和党小组会，按时上好党课。",
        "三、开展“结对帮扶”。每名党员联系一户困难群众，每季度至少走访一次，帮助解决实际困难。",
    ]))
    assert runins(doc) == ["一、学习《条例》。", "二、落实“三会一课”。", "三、开展“结对帮扶”。"]


def test_a_paragraph_may_open_with_a_quotation_after_its_name():
    doc, _ = clean("\n".join([
        "学习心得",
        "一、坚持问题导向。“问题是时代的声音”，我们要敢于直面问题，善于分析问题，把解决问题作为出发点。",
        "二、坚持系统观念。“万物得其本者生”，工作中要统筹兼顾、整体推进，防止顾此失彼、单打独斗。",
    ]))
    assert runins(doc) == ["一、坚持问题导向。", "二、坚持系统观念。"]
    assert paras(doc)[0].endswith("把解决问题作为出发点。")


def test_a_name_closed_by_an_exclamation_mark_runs_in():
    doc, _ = clean("\n".join([
        "节约倡议书", "同志们：",
        "1．节约用水！我们要从身边的小事做起，随手关闭水龙头，一水多用，杜绝长流水现象。",
        "2．节约用电！做到人走灯灭，空调温度夏季不低于二十六度，下班关闭电脑显示器。",
        "3．节约用纸！提倡双面打印，尽量使用电子文档，减少纸张浪费。",
    ]))
    assert runins(doc) == ["1．节约用水！", "2．节约用电！", "3．节约用纸！"]


def test_a_quotation_after_a_colon_is_what_the_line_introduces_not_a_paragraph():
    doc, _ = clean("\n".join([
        "关于修改某某办法的决定",
        "一、第三条修改为：“本办法适用于本市行政区域内的各类建设项目，另有规定的除外。”",
        "二、第五条修改为：“主管部门应当在十个工作日内作出决定，并书面告知申请人。”",
    ]))
    assert runins(doc) == []
    assert outline(doc) == []


def test_unnumbered_names_opening_each_paragraph_alike_run_in():
    doc, _ = clean("\n".join([
        "文明出行倡议书", "广大市民朋友：", "节日将至，出行车辆明显增多，为保障道路安全畅通，特提出以下倡议：",
        "做安全出行的参与者。从现在起，尽量选择公共交通、骑车或步行出行，让道路多一分畅通。",
        "做文明出行的践行者。出行中服从交警指挥，遵守交通法规，车让人、人让车，礼让一份文明。",
        "做绿色出行的倡导者。主动向家人和朋友宣传低碳出行的好处，带动更多的人加入进来。",
        "让我们立即行动起来，从自己做起，从现在做起。",
    ]))
    assert runins(doc) == ["做安全出行的参与者。", "做文明出行的践行者。", "做绿色出行的倡导者。"]
    assert outline(doc) == []
    assert paras(doc)[-1] == "让我们立即行动起来，从自己做起，从现在做起。"


def test_unnumbered_names_quoting_a_word_and_short_names_of_one_length_run_in():
    doc, _ = clean("\n".join([
        "我的入党故事",
        "与党的“初次相识”。那年秋天，我作为入党积极分子参加了党课培训，第一次系统地了解了党的历史。",
        "与党的“朝夕相伴”。参加工作以后，我在支部的带领下参加了许多活动，对党的认识越来越深。",
    ]))
    assert runins(doc) == ["与党的“初次相识”。", "与党的“朝夕相伴”。"]
    doc, _ = clean("\n".join([
        "班级公约",
        "遵守纪律。上课认真听讲，不随便说话，不做与学习无关的事情，按时完成作业。",
        "爱护环境。不乱扔纸屑，主动捡起地上的垃圾，保持教室和校园的整洁。",
        "团结同学。同学之间互相帮助，不打架不骂人，遇到矛盾多沟通。",
    ]))
    assert runins(doc) == ["遵守纪律。", "爱护环境。", "团结同学。"]


def test_short_first_sentences_of_a_story_or_a_summary_are_no_names():
    doc, _ = clean("\n".join([
        "暑假日记",
        "我很高兴。今天妈妈带我去了动物园，我看到了大熊猫、长颈鹿和许多可爱的小动物。",
        "我很难过。下午下起了大雨，我们原定去公园放风筝的计划只好取消了，真是太遗憾了。",
    ]))
    assert runins(doc) == []
    doc, _ = clean("\n".join([
        "工作总结", "今年以来，我们认真履行职责，各项工作取得了新的进展。",
        "成绩是主要的。全年完成各项任务指标，群众满意度进一步提升，得到了上级的肯定。",
        "问题也不容忽视。有的同志工作作风不够扎实，有的工作推进还不够快，需要在今后加以改进。",
    ]))
    assert runins(doc) == []
    doc, _ = clean("\n".join([  # a forum's replies, each opening with the same address
        "求一篇述职报告范文",
        "楼主说得很对。我们单位今年也要求每个人写述职报告，我正发愁不知道从哪里下手呢。",
        "楼主讲得很好。这篇范文写得很实在，我准备参考一下结构，再结合自己的工作来写。",
    ]))
    assert runins(doc) == []


def test_one_named_paragraph_alone_proves_nothing():
    doc, _ = clean("\n".join([
        "读书笔记",
        "做时间的主人。这是我读完这本书后最大的感受，作者用许多生动的例子告诉我们珍惜时间的道理。",
        "书中讲到一位科学家每天只睡六个小时，把节省下来的时间全部用在研究上，最终取得了成功。",
    ]))
    assert runins(doc) == []


def test_numbered_statements_closed_by_a_full_stop_above_their_paragraphs_are_headings():
    doc, _ = clean("\n".join([
        "在全县作风建设大会上的讲话", "同志们：今天召开全县作风建设大会，下面我讲三点意见。",
        "一、提高政治站位，深刻认识“作风建设永远在路上”的重要意义。",
        "作风问题本质上是党性问题，我们必须从讲政治的高度认识作风建设的重要性，切实增强责任感。",
        "二、聚焦突出问题，坚决整治“庸懒散慢”等不良风气。",
        "要紧盯群众反映强烈的突出问题，开展专项整治，对顶风违纪的行为发现一起、查处一起。",
        "三、健全长效机制，推动作风建设常态化制度化。",
        "要把作风建设融入日常工作，建立完善督查考核、问责追责等制度，形成层层抓落实的格局。",
    ]))
    assert outline(doc) == [(1, "一、提高政治站位，深刻认识“作风建设永远在路上”的重要意义。"),
                            (1, "二、聚焦突出问题，坚决整治“庸懒散慢”等不良风气。"),
                            (1, "三、健全长效机制，推动作风建设常态化制度化。")]
    assert runins(doc) == []
    doc, _ = clean("\n".join([
        "乡镇年度工作计划",
        "一、以党建为引领，全面加强基层党组织建设，切实提高党组织的凝聚力和战斗力。",
        "全年计划新建党群服务中心两个，培训村干部一百二十人次，发展新党员十五名。",
        "二、以项目为抓手，全力推动乡村产业发展壮大，促进农民持续增收致富。",
        "全年计划引进项目五个，完成投资一点二亿元，新建高标准农田三千亩。",
    ]))
    assert [level for level, _ in outline(doc)] == [1, 1]


def test_sentence_items_of_a_notice_stay_text():
    doc, _ = clean("\n".join([
        "关于做好假期安全工作的通知", "各单位：",
        "一、各单位要高度重视假期安全工作，主要负责人要亲自部署，层层落实安全责任。",
        "二、要加强值班值守，严格执行领导带班和二十四小时值班制度，确保信息畅通。",
        "三、遇有重大突发事件，要按照规定及时报告，不得迟报、漏报、瞒报。",
        "特此通知。",
    ]))
    assert outline(doc) == []
    # one statement alone above a paragraph: a sentence of the text, no sibling proves it
    doc, _ = clean("\n".join([
        "工作简报",
        "一、在全镇范围内开展环境整治，清理垃圾死角四十余处，拆除违章搭建十二处。",
        "本次整治共出动干部群众三百余人次，车辆四十余台次，群众满意度明显提升。",
    ]))
    assert outline(doc) == []


def test_a_numbered_question_with_a_dashed_subtitle_is_one_heading():
    doc, _ = clean("\n".join([
        "读书心得",
        "一、为什么要读书？——从一本小书说起",
        "去年冬天，一位老朋友送给我一本小书，书中讲到读书能让人明白事理、开阔眼界，我读后很受启发。",
        "二、怎样读好书？——带着问题去读",
        "读书不能走马观花，要带着问题去读，边读边想，读完以后还要写一写自己的体会。",
    ]))
    assert outline(doc) == [(1, "一、为什么要读书？——从一本小书说起"), (1, "二、怎样读好书？——带着问题去读")]


def test_a_part_numbered_with_a_blank_that_runs_on_keeps_the_run_of_parts():
    doc, _ = clean("\n".join([
        "主题党日活动方案",
        "一 活动主题 :", "重温入党誓词，坚定理想信念",
        "二 活动背景 :", "今年是建党一百零三周年，为了进一步增强党员的党性观念，支部决定开展本次主题党日活动。",
        "三 活动目的 :", "通过重温入党誓词和集中学习，进一步激发党员的责任感和使命感，推动各项工作落实。",
        "四 活动流程 :先由支部书记讲党课，再组织全体党员重温入党誓词，最后开展交流讨论。",
        "五 活动参加人员 :", "支部全体党员",
    ]))
    headings = [text for _, text in outline(doc)]
    assert len(headings) == 4 and headings[-1].endswith("活动参加人员 :")
    assert [level for level, _ in outline(doc)] == [1, 1, 1, 1]
    assert len(runins(doc)) == 1 and runins(doc)[0].endswith("活动流程 :")


def test_a_host_scripts_programme_steps_are_its_sections():
    doc, _ = clean("\n".join([
        "教师节表彰大会主持词", "各位领导、各位老师：大家上午好！",
        "第一项：全体起立，奏国歌。",
        "请大家坐下。今天我们在这里隆重集会，庆祝教师节，表彰过去一年里涌现出的优秀教师。",
        "第二项：请校长致辞。",
        "感谢校长的讲话，校长的话语让我们深受鼓舞，下面进行大会的下一项议程。",
        "第三项：宣读表彰决定。",
        "请教导处主任宣读学校关于表彰优秀教师的决定，请受表彰的老师上台领奖。",
    ]))
    assert outline(doc) == [(1, "第一项：全体起立，奏国歌。"), (1, "第二项：请校长致辞。"),
                            (1, "第三项：宣读表彰决定。")]


def test_an_agenda_read_out_in_consecutive_lines_is_a_list():
    doc, _ = clean("\n".join([
        "全镇半年工作会议主持词",
        "同志们：今天召开全镇半年工作会议，主要任务是总结上半年工作，部署下半年任务。本次会议议程如下：",
        "第一项：传达上级会议精神", "第二项：部署下半年工作", "第三项：领导讲话",
        "请各位参会人员认真做好记录，会后抓好贯彻落实。",
    ]))
    assert outline(doc) == []
    assert "第二项：部署下半年工作" in paras(doc)


def test_labels_closed_by_a_colon_inside_a_numbered_part_are_its_subsections():
    doc, _ = clean("\n".join([
        "某公司年度工作总结",
        "一、主要工作", "今年以来，公司上下团结一心，克服困难，圆满完成了年初确定的各项目标任务。",
        "取得的成绩：", "全年实现销售收入一点二亿元，同比增长百分之十五，利润总额两千万元，同比增长百分之十二。",
        "存在的不足：", "一是市场开拓力度不够，新客户增长较慢；二是内部管理还不够精细，成本控制有待加强。",
        "二、明年打算", "明年公司将继续坚持稳中求进，重点抓好市场开拓和内部管理两项工作，确保完成全年目标。",
    ]))
    assert outline(doc) == [(1, "一、主要工作"), (2, "取得的成绩："), (2, "存在的不足："), (1, "二、明年打算")]


def test_a_greeting_or_a_single_label_under_a_part_stays_text():
    doc, _ = clean("\n".join([
        "某公司年度工作总结",
        "一、主要工作", "今年以来，公司上下团结一心，克服困难，圆满完成了年初确定的各项目标任务。",
        "取得的成绩：", "全年实现销售收入一点二亿元，同比增长百分之十五，利润总额两千万元，同比增长百分之十二。",
        "二、明年打算", "明年公司将继续坚持稳中求进，重点抓好市场开拓和内部管理两项工作，确保完成全年目标。",
    ]))
    assert outline(doc) == [(1, "一、主要工作"), (1, "二、明年打算")]


def test_heads_of_a_short_phrase_and_what_it_asks_prove_each_other():
    doc, _ = clean("\n".join([
        "创建文明城市倡议书", "广大居民朋友们：为了共建美好家园，特发出如下倡议：",
        "一、树立环保意识，做绿色生活的宣传员。要积极宣传文明城市创建的意义，人人争当志愿者，为创建出一分力。",
        "二、当好家庭表率，做垃圾分类的守护人。要带头不乱丢垃圾、不乱写乱画，主动排队，礼让特殊群体。",
        "三、人人动手参与，做美丽乡村的建设者。要从自身做起，从本职做起，说文明话、办文明事。",
    ]))
    assert runins(doc) == ["一、树立环保意识，做绿色生活的宣传员。", "二、当好家庭表率，做垃圾分类的守护人。",
                           "三、人人动手参与，做美丽乡村的建设者。"]
    doc, _ = clean("\n".join([
        "倡议书", "同学们：",
        "1、主动参与，以饱满热情投入志愿服务。创建文明校园是每个同学义不容辞的责任，大家要统一认识、携手同心。",
        "2、从我做起，争当节约粮食的模范。我们要从每一件小事做起，不随地吐痰、不乱扔垃圾、不践踏草坪。",
    ]))
    assert runins(doc) == ["1、主动参与，以饱满热情投入志愿服务。", "2、从我做起，争当节约粮食的模范。"]


def test_provisions_of_a_time_and_a_rule_are_no_named_heads():
    doc, _ = clean("\n".join([
        "公司考勤管理制度",
        "1、上班期间，不得擅离岗位，离岗须经同意。如有急事须向部门负责人请假，经同意后方可离开。",
        "2、工作时间，严禁大声喧哗，接打电话轻声。接打电话要轻声细语，不影响他人工作。",
    ]))
    assert not any(r.endswith("。") for r in runins(doc))


def test_a_series_of_names_may_be_long_alike_or_of_two_clauses_three_in_a_row():
    doc, _ = clean("\n".join([
        "读书学习心得",
        "青年教师应练就扎实过硬的教学本领。学习的目的在于运用，把学到的知识用于解决实际问题，是增长才干的途径。",
        "青年教师应保持终身学习的进取意识。形势在发展，时代在前进，只有不断充实自己，才能胜任本职工作。",
    ]))
    assert runins(doc) == ["青年教师应练就扎实过硬的教学本领。", "青年教师应保持终身学习的进取意识。"]
    three = ["主题教育心得",
             "立足“学”字，“原原本本”打基础。学习要下真功夫，原原本本学、带着问题学，把每一点都领悟透。",
             "立足“思”字，“联系实际”找差距。要把理论内化为坚定的信念，在实践中不断锤炼忠诚的党性。",
             "立足“用”字，“知行合一”见实效。要把学习成果转化为推动工作的实际成效，为群众办好实事。"]
    doc, _ = clean("\n".join(three))
    assert len(runins(doc)) == 3
    doc, _ = clean("\n".join(three[:3]))  # two such heads alone: openings of sentences, maybe
    assert runins(doc) == []


def test_labels_closed_by_a_colon_above_bulleted_lists_are_sections():
    doc, _ = clean("\n".join([
        "校园读书节活动总结",
        "为营造书香校园氛围，学校于四月举办了读书节活动，全校共有五百余名学生参与，取得了良好的效果。",
        "成果与成效：", "- 参与人数超过预期，覆盖面广；", "- 活动结束后，图书馆借阅量有所增加。",
        "存在问题：", "- 部分班级准备不足，影响了展示效果；", "- 宣传力度不够，个别班级未能及时报名。",
        "改进措施：", "- 提前组织培训，提高准备质量；", "- 扩大宣传渠道，提前发布通知。",
    ]))
    assert outline(doc) == [(1, "成果与成效："), (1, "存在问题："), (1, "改进措施：")]
    assert "- 扩大宣传渠道，提前发布通知。" in paras(doc)


def test_a_series_of_ordinal_labels_naming_their_points_runs_in():
    doc, _ = clean("\n".join([
        "青春演讲稿", "参加工作三年，我有三点感悟想和大家分享。",
        "第一个感悟：责任。前不久，一位年轻的工人利用业余时间自学技术，把一件平凡的事情做到了极致。",
        "第二个感悟：感恩。一位老教师在山村小学坚守了三十年，送走了一批又一批学生，从来没有想过离开。",
        "第三个感悟：成长。一群年轻的技术员不满足于现状，大胆改进生产工艺，让产品质量上了新台阶。",
    ]))
    assert runins(doc) == ["第一个感悟：责任。", "第二个感悟：感恩。", "第三个感悟：成长。"]


def test_steps_counted_by_their_ordinal_name_their_paragraphs_under_a_numbered_part():
    # "第一步：X。" (and "第一：X。") count the step they name; under 二、 they run in as its points.
    doc, _ = clean("\n".join([
        "一、会议纪要的用途", "会议纪要记载会议的主要精神和议定事项，是各单位执行的依据。",
        "二、整理纪要的三个步骤", "会后整理纪要不能照抄记录，一般分三步进行：",
        "第一步：核对记录。把两位记录人的记录放在一起逐段对照，发现出入及时向发言人求证。",
        "第二步：提炼要点。删去与议题无关的插话，把每项议定事项归纳成一两句话。",
        "第三步：送审签发。初稿先请会议主持人审阅，修改后按程序印发各参会单位。",
    ]))
    assert outline(doc) == [(1, "一、会议纪要的用途"), (1, "二、整理纪要的三个步骤")]
    assert runins(doc) == ["第一步：核对记录。", "第二步：提炼要点。", "第三步：送审签发。"]


def test_ordinals_opening_sentences_with_a_comma_stay_sentences_in_a_series():
    doc, _ = clean("\n".join([
        "一、几点体会",
        "第一，我们要把学习放在首位。只有学深学透，才能在实际工作中少走弯路。",
        "第二，我们要把调研做在前面。情况摸清了，措施才能有的放矢、落到实处。",
        "第三，我们要把落实抓在手上。再好的计划不落实，也只是纸上谈兵而已。",
    ]))
    assert runins(doc) == []


def test_a_series_of_bare_names_keeps_the_closing_call_out():
    # the last paragraph opens with a sentence of two clauses: a call to the readers, no name
    doc, _ = clean("\n".join([
        "节约用电倡议书", "各位住户：", "入夏以来，小区用电负荷持续走高，为此我们发出以下倡议：",
        "空调温度适当调高。夏季室内空调温度设在二十六度以上，出门前提前十分钟关机。",
        "电器用完随手断电。电视、电脑和充电器不用时拔下插头，减少待机耗电。",
        "公共照明按时开关。楼道灯改用声控开关，白天不开灯，夜间人走灯灭。",
        "节约用电靠大家，绿色生活从我做起。让我们一起行动，共同守护清凉的夏天。",
    ]))
    assert runins(doc) == ["空调温度适当调高。", "电器用完随手断电。", "公共照明按时开关。"]
    assert paras(doc)[-1].startswith("节约用电靠大家")


def test_names_unlike_one_another_run_in_when_they_close_every_section():
    doc, _ = clean("\n".join([
        "某镇2024年民生工作总结",
        "今年以来，全镇围绕群众关心的身边事，集中力量办成了一批实事。",
        "（一）出行条件明显改善",
        "村道硬化全面完成。全年硬化村组道路三十二公里，所有自然村通上了水泥路。",
        "公交班次有所加密。镇区到县城的公交车由每小时一班增加到每半小时一班。",
        "（二）看病就医更加方便",
        "卫生室实现全覆盖。新建标准化村卫生室五个，每个村都有了固定的医生。",
        "远程问诊开始运行。镇卫生院接入县医院远程平台，常见病不出镇就能会诊。",
    ]))
    assert runins(doc) == ["村道硬化全面完成。", "公交班次有所加密。", "卫生室实现全覆盖。", "远程问诊开始运行。"]
    assert outline(doc) == [(1, "（一）出行条件明显改善"), (1, "（二）看病就医更加方便")]


def test_unlike_first_sentences_closing_one_section_alone_prove_nothing():
    doc, _ = clean("\n".join([
        "秋季运动会总结",
        "（一）比赛情况",
        "天气格外晴朗。各班运动员早早来到操场做准备活动，看台上的同学们挥舞着班旗加油。",
        "比赛竞争激烈。四百米接力决赛中，前三名的成绩只差了不到一秒，全场掌声不断。",
        "（二）存在的不足",
        "个别班级入场时队伍不够整齐，检录时有运动员迟到，下次要提前做好安排。",
    ]))
    assert runins(doc) == []

"""Headings recognised by their siblings and what follows them, whatever their words (issue 18,
eleventh round): bare sections of two comma-joined phrases, bare sections beside a 附录, and the
lines of the same short shape that are no section (an aside in brackets, markup, a greeting).
Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_sections_of_two_comma_joined_phrases_between_paragraphs_are_headings():
    doc, _ = clean("\n".join([
        "春季防汛工作提示",
        "防汛专栏",
        "汛期临近，各乡镇、各部门要把防汛工作摆在突出位置，切实做好各项准备，确保安全度汛。",
        "健全指挥体系，落实防汛责任",
        "各乡镇要调整充实防汛指挥机构，明确每一座水库、每一段堤防的责任人，并向社会公布。",
        "排查风险隐患，抓好整改销号",
        "各部门要对河道、塘坝和低洼易涝区域开展拉网式排查，发现问题立即登记，限期整改到位。",
        "备足抢险物资，加强值班值守",
        "汛期实行二十四小时值班和领导带班制度，遇有险情及时报告，不得迟报、漏报和瞒报。",
    ]))
    assert outline(doc) == [(1, "健全指挥体系，落实防汛责任"), (1, "排查风险隐患，抓好整改销号"),
                            (1, "备足抢险物资，加强值班值守")]
    # The column name above the first paragraph is no sibling of theirs: it stays a line.
    assert "防汛专栏" in paras(doc)


def test_a_bare_phrase_and_a_comma_joined_one_are_sections_together():
    doc, _ = clean("\n".join([
        "社区开展垃圾分类宣传活动",
        "本周六上午，幸福社区组织志愿者走进小区，向居民宣传垃圾分类知识，现场气氛热烈。",
        "宣传形式丰富多样",
        "志愿者通过发放宣传册、设置有奖问答和分类游戏等方式，让居民在参与中学会正确投放。",
        "巩固活动成效，形成长效机制",
        "社区将每月组织一次分类检查，对做得好的楼栋给予表扬，推动垃圾分类成为居民的习惯。",
    ]))
    assert outline(doc) == [(1, "宣传形式丰富多样"), (1, "巩固活动成效，形成长效机制")]


def test_a_greeting_of_two_phrases_at_the_head_of_a_speech_is_no_section():
    # The same shape stands at a speech's head: no sentence ends above it, so it is no section.
    doc, _ = clean("\n".join([
        "在新学期开学典礼上的讲话",
        "各位老师，亲爱的同学们",
        "新的学期开始了，校园里又充满了同学们的欢声笑语，我代表学校向大家表示热烈的欢迎。",
        "希望同学们珍惜时光，刻苦学习，在新的学期里取得更大的进步。",
    ]))
    assert outline(doc) == []
    assert "各位老师，亲爱的同学们" in paras(doc)


def test_bare_sections_beside_an_appendix_are_still_sections():
    doc, _ = clean("\n".join([
        "社区防震疏散演练方案",
        "演练目标",
        "通过演练，使居民熟悉疏散路线和集合地点，提高遇到地震时自救互救的能力。",
        "演练安排",
        "演练定于本月中旬的一个上午进行，由社区居委会统一组织，各楼栋长负责本楼居民的疏散。",
        "安全要求",
        "疏散时不得推挤，老人和儿童由家属或志愿者陪同，演练结束后各楼栋长清点人数并上报。",
        "附录",
        "本方案由社区居委会负责解释，未尽事宜另行通知。",
    ]))
    assert outline(doc) == [(1, "演练目标"), (1, "演练安排"), (1, "安全要求"), (1, "附录")]


def test_an_aside_in_brackets_between_sections_is_no_section():
    doc, _ = clean("\n".join([
        "植树节活动主持稿",
        "各位来宾、同学们，上午好！欢迎大家来到今天的植树节活动现场，和我们一起为家园添一抹新绿。",
        "活动的由来",
        "植树节是为了动员全民植树造林而设立的节日，它提醒我们爱护每一棵树、每一片绿地。",
        "（此处请校长上台讲话）",
        "动手种下希望",
        "接下来请各班同学领取树苗和工具，到指定区域开始植树，注意安全，听从老师指挥。",
    ]))
    assert outline(doc) == [(1, "活动的由来"), (1, "动手种下希望")]
    assert "（此处请校长上台讲话）" in paras(doc)


def test_a_line_of_markup_above_bare_sections_is_no_section():
    doc, _ = clean("\n".join([
        "图书馆借阅须知",
        "<编号>3编号>",
        "借阅范围",
        "本馆藏书除工具书和过刊外均可外借，读者凭本人借阅证办理借还手续。",
        "借阅期限",
        "每证一次可借图书五册，借期三十天，到期前可续借一次，续借期为十五天。",
    ]))
    assert outline(doc) == [(1, "借阅范围"), (1, "借阅期限")]


def test_parts_numbered_by_a_number_alone_on_its_line_are_headings():
    # The first part opens under the sample's marker, so the run of lone numbers starts at 二.
    doc, _ = clean("\n".join([
        "元旦联欢会主持词（精选3篇）",
        "元旦联欢会主持词 篇1",
        "甲：冬日的暖阳洒满校园，新年的钟声即将敲响，我们在这里欢聚一堂，共同迎接新的一年。",
        "乙：首先请欣赏一年级小朋友带来的舞蹈，掌声有请！",
        "二",
        "甲：一年来，老师们默默耕耘，同学们努力拼搏，每一份收获都来之不易，值得我们骄傲。",
        "三",
        "乙：让我们举起手中的彩带，一起倒数，迎接新年的到来，祝大家新年快乐，学习进步！",
    ]))
    assert [text for _level, text in outline(doc)][1:] == ["二", "三"]


def test_lone_numbers_out_of_order_are_no_headings():
    # Counts and page numbers stand alone too; they number nothing in order.
    doc, _ = clean("\n".join([
        "读书分享会小记",
        "上周五下午，班级举行了读书分享会，同学们带来了自己最喜欢的书，轮流上台讲述读后的感想。",
        "3",
        "小张分享了一本关于航天的科普书，他说书里的故事让他对星空有了新的向往，立志学好物理。",
        "7",
        "小李带来的是一本散文集，她朗读了其中一段描写故乡的文字，许多同学都听得入了神。",
    ]))
    assert outline(doc) == []


def test_bare_lines_that_a_wrapped_paragraph_goes_on_from_are_no_sections():
    # A speech hard-wrapped inside its words: each short line's sentence ends on the next line,
    # which is no longer than it; the bare section above the wrapped paragraph stays one.
    doc, _ = clean("\n".join([
        "表彰大会主持词",
        "大会开始",
        "同志们，今天我们在这里隆重集会，表彰过去一年里涌现出的先进集体和先进个人。",
        "下面首先请局党组书记",
        "王明同志宣读表彰决定。",
        "下面请受表彰的代表",
        "上台领取奖牌和证书。",
        "会议结束",
        "今天的大会开得很成功，希望大家以先进为榜样，在新的一年里再创佳绩。散会！",
    ]))
    assert outline(doc) == [(1, "大会开始"), (1, "会议结束")]


def test_a_line_going_on_from_a_quote_is_no_section_under_its_head():
    doc, _ = clean("\n".join([
        "通知的写法",
        "通知是常用的下行文，用于告知下级机关需要办理或周知的事项。",
        "结尾的写法",
        "结尾可以另起一段，提出执行的要求。",
        "如前文未用“特此通知",
        "”作为过渡，结尾也可单独写一句特此通知。",
        "落款的写法",
        "落款写明发文机关的全称和成文日期，并加盖印章。",
    ]))
    assert outline(doc) == [(1, "结尾的写法"), (1, "落款的写法")]


def test_bracketed_fields_inside_numbered_parts_are_no_sections():
    # The numbering goes on across the labels (二、 then 三、): they are fields of the parts.
    doc, _ = clean("\n".join([
        "迎新春团拜会活动方案",
        "一、活动主题",
        "【主题】辞旧迎新，共话发展",
        "二、活动时间",
        "【日期】定于腊月二十六日，具体以通知为准。",
        "[时间]上午九时至十一时三十分。",
        "三、活动地点",
        "【地点】单位三楼多功能厅，由办公室负责布置会场。",
        "四、活动内容",
        "【内容】",
        "领导致新春贺词，各部门代表发言，职工自编自演文艺节目。",
    ]))
    assert outline(doc) == [(1, "一、活动主题"), (1, "二、活动时间"), (1, "三、活动地点"), (1, "四、活动内容")]


def test_a_wrapped_yi_item_whose_tail_ends_its_sentence_is_joined_not_a_heading():
    # Every 一、 line's sentence ends on the next line, no longer than it: one family of wrapped
    # items, no sibling over a paragraph of its own.
    doc, _ = clean("\n".join([
        "食堂管理制度",
        "一、食堂工作人员必须持有效健康证明上岗，",
        "每年体检一次，不合格者不得上岗。",
        "二、食堂每天做好清洁消毒工作，餐具用后",
        "及时清洗消毒，做到一餐一消毒。",
        "三、严禁采购和使用过期变质的食品原料，",
        "每批原料都要查验票证并登记台账。",
    ]))
    assert outline(doc) == []
    assert "一、食堂工作人员必须持有效健康证明上岗，每年体检一次，不合格者不得上岗。" in paras(doc)


def test_bracketed_labels_a_sentence_introduces_are_items_of_its_list():
    doc, _ = clean("\n".join([
        "总结的特点",
        "工作总结是对一段时间工作的回顾和评价，写好总结有助于积累经验、改进工作。",
        "总结的特点主要包括：",
        "【回顾性】",
        "总结写的是已经做过的工作，以事实为依据，不能凭空设想将来的事情。",
        "【客观性】",
        "总结要实事求是地反映成绩和问题，既不夸大，也不缩小。",
    ]))
    assert outline(doc) == []


def test_bracketed_addressees_of_requests_are_no_sections():
    # A page of sample requests, each to its addressee, a label in brackets.
    doc, _ = clean("\n".join([
        "申请经费的请示范文",
        "【县财政局】",
        "为做好今年的防汛物资储备工作，我局拟采购一批救生衣和编织袋，特申请专项经费十万元。",
        "妥否，请批示。",
        "【市人民政府】",
        "根据上级关于加快建设产业园区的部署，我区拟启动园区道路改造工程，现申请补助资金。",
        "以上请示，请予审批。",
    ]))
    assert outline(doc) == []


def test_the_last_item_of_a_list_of_sentences_is_no_section_of_its_own():
    # 一、 to 三、 are sentences; the short 四、 closing the list is its last item, not the one part
    # of a page cut short.
    doc, _ = clean("\n".join([
        "关于召开期末教职工大会的通知",
        "各部门：",
        "一、会议定于本周五下午三时在学校报告厅召开，请全体教职工准时参加。",
        "二、会议材料已放在各部门的公共邮箱里，请提前阅读。",
        "三、因事不能参会的，请于会前向办公室书面请假。",
        "四、会前半小时在报告厅门口签到",
        "注意：本次会议为年度重要会议，请各部门负责人做好本部门人员的通知工作！",
    ]))
    assert outline(doc) == []


def test_labels_in_full_width_square_brackets_are_sections_like_half_width_ones():
    doc, _ = clean("\n".join([
        "社区消防安全工作计划",
        "［指导思想］坚持预防为主、防消结合的方针，全面落实消防安全责任，保障居民生命财产安全。",
        "［工作目标］",
        "全年不发生较大火灾事故，居民消防安全知识知晓率达到百分之九十以上。",
        "［主要措施］",
        "每季度开展一次消防安全检查，组织一次疏散演练，及时整改发现的隐患。",
    ]))
    # The label running into its text is split off as the half-width "[指导思想]" would be.
    assert [text for _level, text in outline(doc)] == ["［指导思想］", "［工作目标］", "［主要措施］"]
    assert "坚持预防为主、防消结合的方针，全面落实消防安全责任，保障居民生命财产安全。" in paras(doc)


def test_bracketed_labels_alone_on_their_lines_inside_a_part_are_its_subsections():
    # A label alone on its line over paragraphs is the part's subsection, even though the
    # numbering goes on across it (一、 … 二、): only a label opening a field's line is a field.
    doc, _ = clean("\n".join([
        "车间安全生产年度总结",
        "一、总体情况",
        "全年未发生一般及以上生产安全事故，隐患整改率达到百分之百，员工培训覆盖全部岗位。",
        "【制度建设】",
        "修订岗位操作规程十二项，明确每台设备的点检责任人，交接班记录做到逐项签字。",
        "【现场管理】",
        "推行定置管理，通道标线重新施划，危化品库实行双人双锁，每日由班长巡查一次。",
        "二、下一步打算",
        "继续开展隐患排查，把季度检查改为月度检查，并将结果纳入班组考核。",
    ]))
    # (Their level under the numbered part is not settled here: bracket labels take level 1.)
    assert [text for _, text in outline(doc)] == ["一、总体情况", "【制度建设】", "【现场管理】", "二、下一步打算"]


def test_sections_of_two_phrases_parted_by_a_blank_between_paragraphs_are_headings():
    doc, _ = clean("\n".join([
        "青石镇开展冬季防火宣传",
        "入冬以来，青石镇组织各村开展冬季防火宣传，把安全用火知识送到农户家中。",
        "上门走访 排查用火隐患",
        "镇村干部分组走进农户家中，查看灶台、电线和取暖设备，发现问题当场提醒整改。",
        "集中培训 教会扑救方法",
        "镇里请来消防员为村民讲解灭火器的用法，并在村委会门前进行了现场演示。",
    ]))
    assert outline(doc) == [(1, "上门走访排查用火隐患"), (1, "集中培训教会扑救方法")]


def test_a_byline_of_two_words_under_the_headline_is_no_section():
    doc, _ = clean("\n".join([
        "我的外婆",
        "林小雨 实验小学",
        "外婆今年七十岁了，头发全白了，可她每天早上还要去菜园里转一圈。",
        "外婆做的红烧肉最好吃，每次我回老家，她都会提前一天把肉买好。",
    ]))
    assert outline(doc) == []


def test_a_bare_line_between_colon_titled_parts_is_one_of_them():
    doc, _ = clean("\n".join([
        "读书笔记怎么写",
        "很多同学写读书笔记只会抄句子，其实笔记也有自己的章法。",
        "摘录：只抄打动你的话",
        "摘录不在多，一页书里挑一两句就够了，抄的时候顺手注明页码。",
        "从一个人物写起",
        "- 他做了什么：用一两句话概括人物在书里最重要的一件事。",
        "- 你怎么看：说说你是否赞同他的做法，并讲出理由。",
        "感想：写自己的事",
        "感想要联系自己的生活，写出读完以后想到的一件具体的事。",
        "修改：读给别人听",
        "写完以后读给同桌听，读不顺的句子多半就是需要改的地方。",
    ]))
    assert [text for _, text in outline(doc)] == ["摘录：只抄打动你的话", "从一个人物写起", "感想：写自己的事",
                                                  "修改：读给别人听"]

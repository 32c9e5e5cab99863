"""Lines shaped like headings that are something else: a table of contents, a form's blanks, a
Q&A list, a table's header row glued to its heading, a repeated picture placeholder, an info
box's values. Fixtures written for the project, in the forms template sites print them."""

from __future__ import annotations

import panflute as pf

from helpers import clean, removed_by, table_rows
from reportfmt.passes.elements import block_text
from reportfmt.passes.headings.lookalikes import table_header_cut, toc_entries
from reportfmt.passes.headings.numbering import parse_marker


def outline(doc):
    return [(b.level, block_text(b)) for b in doc.content if isinstance(b, pf.Header)]


def paras(doc):
    return [block_text(b) for b in doc.content if isinstance(b, pf.Para)]


def numbered(text):
    return parse_marker(text) is not None


def test_a_table_of_contents_stays_text_and_the_chapters_below_it_are_the_headings():
    doc, _ = clean("\n".join([
        "某某商贸公司内部管理制度",
        "目录",
        "第一章 总体要求",
        "第二章 考勤纪律",
        "第三章 费用报销",
        "第一章 总体要求",
        "第一条 为规范公司日常管理，提高工作效率，特制定本制度。",
        "第二条 本制度适用于公司全体员工。",
        "第二章 考勤纪律",
        "第三条 员工应按时上下班，不得迟到早退。",
    ]))
    assert outline(doc) == [(1, "第一章 总体要求"), (1, "第二章 考勤纪律")]
    assert paras(doc)[:4] == ["目录", "第一章 总体要求", "第二章 考勤纪律", "第三章 费用报销"]


def test_a_toc_is_found_when_the_page_is_cut_after_its_first_section():
    # No "目录" line and only the first chapter visible below: the document starts over there.
    texts = ["第一章 总体要求", "第二章 考勤纪律", "第三章 费用报销",
             "第一章 总体要求 第一条 为规范管理，特制定本制度。"]
    assert toc_entries(texts, numbered) == {0, 1, 2}


def test_numbered_sections_in_a_row_are_no_toc_when_their_texts_do_not_come_back():
    texts = ["第一章 总体要求", "第二章 考勤纪律", "第一条 员工应按时上下班。", "第二条 请假须经批准。"]
    assert toc_entries(texts, numbered) == set()


def test_a_templates_fill_in_items_and_a_qa_list_are_not_headings():
    doc, _ = clean("\n".join([
        "座谈会记录模板",
        "一、基本情况",
        "1. 座谈主题：[填写主题]",
        "2. 记录人：______",
        "二、座谈议题",
        "1. 议题一：[议题内容]",
        "发言人：[姓名]",
        "2. 议题二：[议题内容]",
        "发言人：[姓名]",
        "1. 问：记录模板可以修改吗？",
        "答：可以，按单位的实际需要增删栏目即可，但要保留时间、地点和参加人员几项。",
        "2. 问：记录由谁审核？",
        "答：一般由会议主持人审核后存档，重要会议的记录还要送分管领导阅签。",
    ]))
    assert outline(doc) == [(1, "一、基本情况"), (1, "二、座谈议题")]
    assert "1. 议题一：[议题内容]" in paras(doc)


def test_a_heading_glued_to_its_tables_header_row_is_split_off():
    doc, _ = clean("\n".join([
        "岗位责任书的写法",
        "一、责任书的作用",
        "责任书把每个岗位要做的事写清楚，出了问题能找到人，做得好也有据可查，便于年终考评。",
        "二、责任书的组成部分序号 | 部分 | 写法 |",
        "1 | 标题 | 写明单位和文种 |",
        "2 | 正文 | 逐条写明责任和考核办法 |",
        "三、常见问题问题 | 改进办法 |",
        "责任空泛 | 写出可以检查的指标 |",
    ]))
    assert outline(doc) == [(1, "一、责任书的作用"), (1, "二、责任书的组成部分"), (1, "三、常见问题")]
    # The header row cut off the heading opens a table of three rows (bar_tables); the second
    # header and its one row are two lines, no table: they stay as the page printed them.
    assert table_rows(doc) == [[["序号", "部分", "写法"], ["1", "标题", "写明单位和文种"],
                                ["2", "正文", "逐条写明责任和考核办法"]]]
    assert "问题 | 改进办法 |" in paras(doc)


def test_a_table_row_with_no_header_word_glued_makes_no_heading():
    assert table_header_cut("一、主要责任范围 | 说明 |", 2) == 0
    doc, _ = clean("表格示例\n一、甲乙丙丁 | 说明 |\n内容。\n二、戊己庚辛 | 说明 |\n内容。")
    assert outline(doc) == []


def test_a_repeated_picture_placeholder_and_a_lone_bracketed_title_are_no_sections():
    doc, _ = clean("\n".join([
        "感谢信的写法",
        "感谢信是向给予帮助的单位或个人表示谢意的书信，写作时要真诚具体，不说空话套话。",
        "【感谢信的写法与注意事项】",
        "配图",
        "开头写明感谢的对象，说清楚对方在什么时间、什么事情上给了哪些帮助，让读者一看就明白。",
        "配图",
        "结尾再次表达谢意，并写明今后向对方学习或者继续合作的愿望，最后署名并写上日期。",
    ]))
    assert outline(doc) == []


def test_an_info_boxs_values_under_their_labels_are_no_sections():
    doc, _ = clean("\n".join([
        "某区农业农村局",
        "• 发文日期:",
        "• 公开形式:",
        "依申请公开",
        "收听",
        "为做好今年春耕生产工作，现将有关事项通知如下，请各乡镇结合实际认真抓好落实，确保春耕有序推进。",
    ]))
    assert outline(doc) == []


def test_a_sentence_closed_by_a_full_stop_among_run_in_items_is_no_heading():
    doc, _ = clean("\n".join([
        "考勤管理办法",
        "一、考勤时间:",
        "1、年度考勤:全体员工每年十二月底前将全年的考勤记录交部门负责人核对签字后报人事部门。",
        "2、试用期内的员工不参加年度评比。",
        "注：考勤资料由人事部门归档保存。",
        "二、考勤内容:",
        "1、出勤情况:按实际出勤天数计算，迟到早退三次按缺勤一天处理。",
        "2、加班情况:加班须事先填写申请单，经部门负责人批准后方可计算。",
    ]))
    assert (2, "2、试用期内的员工不参加年度评比。") not in outline(doc)
    assert "2、试用期内的员工不参加年度评比。" in paras(doc)


# --- headings found where the page hid them ---------------------------------------------------

def test_a_chapter_glued_to_its_first_article_becomes_a_heading_above_the_article():
    doc, _ = clean("\n".join([
        "某某公司财务制度",
        "第一章 总则 第一条 为加强财务管理，规范会计核算，根据国家有关规定，制定本制度。",
        "第二条 本制度适用于公司及所属各部门。",
        "第二章 预算管理 第三条 公司实行全面预算管理。",
        "第四条 各部门于每年十一月底前编报下一年度预算。",
    ]))
    assert outline(doc) == [(1, "第一章 总则"), (1, "第二章 预算管理")]
    assert paras(doc)[0].startswith("第一条 为加强财务管理")


def test_a_sentence_about_conditions_after_a_chapter_is_not_cut():
    doc, _ = clean("某某办法\n第一章 总则\n第三章规定的条件，适用本办法。\n第二章 附则\n内容。")
    assert paras(doc)[0] == "第三章规定的条件，适用本办法。"


def test_pinyin_glosses_do_not_count_in_a_headings_length():
    glossed = "加大社區（qū）環（huán）境衛（wèi）生工作的宣（xuān）傳（chuán）力（lì）度"
    doc, _ = clean("\n".join([
        "社區（qū）清潔日活動方案",
        "一、工作步驟",
        f"1、{glossed}。充分利用社區宣傳欄張貼通知，讓居民了解清潔日的安排和要求。",
        "2、加強組織領（lǐng）導。落實專人管理社區衛生工作，明確責任，加強與各部門的協調。",
    ]))
    runins = [pf.stringify(s) for b in doc.content if isinstance(b, pf.Para)
              for s in b.content if isinstance(s, pf.Span) and "runin" in s.classes]
    assert runins == [f"1、{glossed}。", "2、加強組織領（lǐng）導。"]


def test_long_headings_closed_by_a_colon_need_a_sibling_closed_the_same_way():
    doc, _ = clean("\n".join([
        "运动会期间交通安排",
        "一、运动会期间全市中小学统一调休安排（市教育局通知）:",
        "九月二日至五日全市中小学停课，九月六日和七日补课，具体安排以各校通知为准。",
        "二、比赛场馆周边道路的临时交通管制措施:",
        "比赛期间场馆周边三公里内的道路实行分时段管制，请市民提前规划出行路线。",
    ]))
    assert outline(doc) == [(1, "一、运动会期间全市中小学统一调休安排（市教育局通知）:"),
                            (1, "二、比赛场馆周边道路的临时交通管制措施:")]
    alone, _ = clean("\n".join([
        "运动会期间交通安排",
        "一、比赛期间全市中小学统一调休的具体安排如下所述:",
        "九月二日至五日全市中小学停课，九月六日和七日补课，具体安排以各校通知为准。",
        "二、比赛场馆周边道路实行临时管制。",
        "比赛期间场馆周边三公里内的道路实行分时段管制，请市民提前规划出行路线。",
    ]))
    assert outline(alone) == []


def test_a_title_glued_to_the_first_section_is_cut_off_it():
    doc, report = clean("\n".join([
        "仓库管理制度",
        "仓库管理制度第一章总则第一条为规范物资进出，减少损耗，特制定本制度。",
        "第二条 本制度适用于公司各仓库。",
        "第二章 入库管理",
        "第三条 物资入库须经验收。",
    ]))
    assert report.title == "仓库管理制度"
    assert outline(doc) == [(1, "第一章总则"), (1, "第二章 入库管理")]
    # The title's words, printed again before the first chapter, go as the title repeated (the
    # boilerplate pass records them; round 33); the article's text stays.
    assert paras(doc)[:1] == ["第一条为规范物资进出，减少损耗，特制定本制度。"]
    assert removed_by(report, "title.repeated-title") == ["仓库管理制度"]
    repeated, _ = clean("\n".join([
        "某镇二〇二四年度防汛工作预案",
        "防汛工作预案一、防汛工作预案",
        "1.1 编制目的",
        "为做好汛期各项防御工作，最大限度减少灾害损失，保障群众生命财产安全，制定本预案。",
        "1.2 适用范围",
        "本预案适用于本镇行政区域内洪涝灾害的预防和应急处置工作。",
    ]))
    assert paras(repeated)[0] == "防汛工作预案"
    assert outline(repeated)[0] == (1, "一、防汛工作预案")


def test_short_bare_lines_between_body_paragraphs_are_headings_beside_numbered_ones():
    doc, _ = clean("\n".join([
        "邀请函的写法",
        "邀请函是单位或个人邀请有关人员出席活动时发出的礼仪性书信。",
        "格式",
        "邀请函一般由标题、称谓、正文和落款四个部分组成，下面分别说明。",
        "称谓",
        "称谓顶格写在第二行，写被邀请单位的名称或者被邀请人的姓名。",
        "正文",
        "正文写明活动的内容、时间和地点，并提出需要对方准备的事项和到达的方式。",
        "1.写明活动的背景和目的",
        "让被邀请者知道为什么要举办这次活动，以及活动对双方的意义。",
        "2.写明活动的安排",
        "具体到日程、地点和联系人，便于对方安排时间。",
    ]))
    assert [text for _, text in outline(doc)] == [
        "格式", "称谓", "正文", "1.写明活动的背景和目的", "2.写明活动的安排"]


def test_a_label_closed_by_a_colon_heads_the_numbered_part_below_it_unless_it_is_a_field():
    lines = [
        "讲话稿怎么写",
        "讲话稿要让听众听得进、记得住，所以写作时要注意以下两方面。",
        "写作的两个重点:",
        "1、内容上的针对性",
        "讲话稿是为了说明一定的观点，所以内容要针对听众关心的问题。",
        "2、语言上的口语化",
        "讲话稿是用来讲的，所以句子要短，少用书面词语。",
    ]
    doc, _ = clean("\n".join(lines))
    assert outline(doc)[0] == (1, "写作的两个重点:")
    fields = [*lines[:2], "标题：“讲话稿”三个字居中。", "正文:", *lines[3:]]
    doc, _ = clean("\n".join(fields))
    assert "正文:" not in [text for _, text in outline(doc)]


def test_the_only_first_child_right_under_its_heading_on_a_page_cut_short_is_a_heading():
    doc, _ = clean("\n".join([
        "班子对照检查材料",
        "根据上级统一部署，班子成员深入开展谈心谈话，广泛征求意见建议，认真撰写了对照检查材料。",
        "一、存在的主要问题",
        "（一）在带头加强理论学习、提高履职能力方面",
        "学习抓得不够深入，运用理论指导实践不足。虽然坚持集中学",
        "习，但学用结合还有差距，调查研究不够经常。",
    ]))
    assert outline(doc) == [(1, "一、存在的主要问题"), (2, "（一）在带头加强理论学习、提高履职能力方面")]
    listed, _ = clean("\n".join([
        "班子对照检查材料",
        "根据上级统一部署，班子成员深入开展谈心谈话，广泛征求意见建议，认真撰写了对照检查材料。",
        "一、存在的主要问题",
        "对照查摆出的问题主要有以下几个方面，下面逐一说明，并分析原因、提出整改措施。",
        "（一）在带头加强理论学习、提高履职能力方面",
        "学习抓得不够深入，运用理论指导实践不足，调查研究不够经常，联系群众还不够紧密。",
    ]))
    assert outline(listed) == [(1, "一、存在的主要问题")]


def test_capital_letters_number_the_parts_under_a_parenthesised_number():
    doc, _ = clean("\n".join([
        "入党申请书的写法",
        "入党申请书一般由标题、称谓、正文、结尾和署名五部分组成，正文是主要部分。",
        "（1）正文",
        "在称谓之后另起一段，写明自己志愿加入中国共产党的愿望。",
        "A、为什么要入党",
        "写自己对党的认识和入党的动机，要结合自己的学习和工作经历来写。",
        "B、本人的基本情况",
        "写明自己的学习、工作经历和主要表现，要实事求是。",
        "（2）结尾",
        "一般写请求党组织考验自己的话。",
    ]))
    assert outline(doc) == [(1, "（1）正文"), (2, "A、为什么要入党"), (2, "B、本人的基本情况"), (1, "（2）结尾")]


def test_a_letter_before_a_latin_word_or_alone_is_no_marker():
    assert parse_marker("A、B两类企业分别申报") is None
    assert parse_marker("Z、最后一项") is None
    assert parse_marker("C．家庭主要成员").family == "letter"


def test_the_document_a_notice_issues_is_headed_by_its_title_above_its_parts():
    doc, _ = clean("\n".join([
        "某县人民政府办公室关于印发某县农村人居环境整治方案的通知",
        "各乡镇人民政府，县政府各部门：",
        "《某县农村人居环境整治方案（2024—2026年）》已经县政府同意，现印发给你们，请认真贯彻执行。",
        "某县人民政府办公室",
        "2024年3月1日",
        "某县农村人居环境整治方案（2024—2026年）",
        "为持续改善农村人居环境，建设宜居宜业和美乡村，结合我县实际，制定本方案。",
        "一、总体目标",
        "到2026年，全县农村生活垃圾收运处置体系实现全覆盖，村容村貌明显改善。",
        "二、主要任务",
        "推进农村厕所革命，治理农村生活污水，提升村容村貌，健全长效管护机制。",
    ]))
    assert outline(doc) == [(1, "某县农村人居环境整治方案（2024—2026年）"), (2, "一、总体目标"), (2, "二、主要任务")]


def test_attachment_label_leaves_the_heading_to_the_attachments_title():
    doc, _ = clean("\n".join([
        "关于开展读书月活动的通知",
        "各学校：现将读书月活动方案印发给你们，请结合实际认真组织实施。",
        "附件",
        "二〇二四年全区中小学读书月活动方案",
        "为营造书香校园氛围，培养学生良好的阅读习惯，决定在全区中小学开展读书月活动。",
        "一、活动时间",
        "四月一日至四月三十日。",
        "二、活动内容",
        "开展好书推荐、读书分享和征文比赛等活动。",
    ]))
    assert outline(doc)[0] == (1, "二〇二四年全区中小学读书月活动方案")
    assert "附件" in paras(doc)


def test_a_bare_line_above_a_sentence_introducing_a_list_is_a_heading_too():
    doc, _ = clean("\n".join([
        "实习报告",
        "实习报告是实习结束后对实习过程和收获所作的书面总结。",
        "作用",
        "它能帮助学生梳理所学的知识，也便于学校了解实习的效果。",
        "组成部分",
        "一份完整的实习报告应由以下部分组成：",
        "1.报告题目",
        "题目要简短明确，让人一看就知道实习的内容。",
        "2.实习单位",
        "写明实习单位的全称和实习的起止时间。",
    ]))
    # The bare lines rank above the numbered part they head.
    assert outline(doc) == [(1, "作用"), (1, "组成部分"), (2, "1.报告题目"), (2, "2.实习单位")]


def test_short_lines_between_paragraphs_heading_no_numbered_part_stay_text():
    # Captions of pictures between the paragraphs of an essay that has numbered parts elsewhere.
    doc, _ = clean("\n".join([
        "我的家乡",
        "一、小时候的街道",
        "那时候的街道很窄，两边是低矮的平房，一到傍晚家家户户都在门口乘凉。",
        "老街的黄昏",
        "后来街道拓宽了，平房变成了楼房，门口乘凉的人也越来越少了。",
        "新修的河堤",
        "河堤修好以后，晚饭后去河边散步成了我们全家的习惯，一直保持到现在。",
        "二、现在的家乡",
        "如今的家乡已经变成了一座现代化的小城，但老街的样子我一直记得。",
    ]))
    assert outline(doc) == [(1, "一、小时候的街道"), (1, "二、现在的家乡")]


def test_a_heading_and_its_list_items_are_no_toc_when_the_heading_comes_back_in_a_later_part():
    texts = ["一、工作目标", "1、完成年度招商任务。", "2、新开工项目十个。",
             "今年以来，各项工作稳步推进。", "一、工作目标完成情况：招商任务已完成八成。"]
    assert toc_entries(texts, numbered) == set()


def test_a_bare_number_under_a_long_heading_is_not_joined_to_it_as_its_wrapped_end():
    doc, _ = clean("\n".join([
        "公文用字的规范",
        "一、文字材料中序号和标点的正确使用方法",
        "序号后的标点要统一，同一层级的序号用同一种标点，不能混用。",
        "二、汉语拼音注音字母的正确使用方法",
        "1",
    ]))
    assert outline(doc) == [(1, "一、文字材料中序号和标点的正确使用方法"), (1, "二、汉语拼音注音字母的正确使用方法")]
    assert paras(doc)[-1] == "1"


def test_an_entrys_words_are_read_off_its_page_number_leader_and_page_field():
    from reportfmt.passes.headings.lookalikes import _toc_key

    assert _toc_key("第一章 总则 ...... 3") == "第一章总则"
    assert _toc_key("第二章 经费管理……12") == "第二章经费管理"
    assert _toc_key("第三部分 附则 - - - 27") == "第三部分附则"
    assert _toc_key("一、工作目标 PAGEREF _Toc104 \\h 5") == "一、工作目标"
    assert _toc_key("二、工作措施 PAGEREF _Toc2281") == "二、工作措施"
    # A number of four digits keeps the digits its page number cannot have; a word stays whole.
    assert _toc_key("2024年工作要点 2024") == "2024年工作要点2"
    assert _toc_key("附件") == "附件"


def test_a_long_run_of_dots_is_read_once():
    import time

    from reportfmt.passes.headings.lookalikes import _toc_key

    # Tried from each of its dots, a "leader then number at the end" pattern took 8 s on 20,000
    # dots and minutes on 300,000: a contents list's leader near a page's top costs nothing now.
    started = time.process_time()
    assert _toc_key("目录" + "." * 300_000 + "完") == "目录" + "." * 300_000 + "完"
    assert time.process_time() - started < 2

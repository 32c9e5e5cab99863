"""Lines that look like headings and are not (issue 18, round 27): a numbered rule laid on someone
("考生须…"), a byline under the headline it signs. Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, runins


def test_numbered_rules_laid_on_someone_are_provisions_not_sections():
    # Each item is a sentence binding its subject ("须", "不得", "应当"), with one more sentence
    # under it: a list of rules, however short and closed by "。" each item is.
    doc, _ = clean("\n".join([
        "游泳馆入场须知",
        "为保障泳客安全，请入场前仔细阅读以下规定。",
        "1.泳客须出示本人游泳证并接受工作人员查验。",
        "未持证者请到服务台补办，补办时需携带一寸照片一张。",
        "2.饮酒者不得进入泳池区域。",
        "工作人员发现饮酒入场者，有权劝其离场。",
        "3.儿童应当由家长全程陪同。",
        "家长须在池边看护，不得离开。",
    ]))
    assert outline(doc) == []


def test_a_part_named_as_a_notice_still_heads_its_text():
    # "须知" names a part; it binds no one: these stay sections.
    doc, _ = clean("\n".join([
        "夏令营报名指南",
        "今年的夏令营分两期举办，下面分别说明报名和入营要注意的事情。",
        "一、报名须知。",
        "报名截止到六月底，每名学生限报一期，名额满后不再接受报名。",
        "二、入营须知。",
        "入营当天请带好换洗衣物和常用药品，贵重物品不要带入营地。",
    ]))
    assert outline(doc) == [(1, "一、报名须知。"), (1, "二、入营须知。")]


def test_a_marked_byline_under_the_headline_is_no_section():
    # An archived opinion page: the day's headlines, the article's headline again, "☉" marking its
    # writer's name; the bare line further down is the article's one section, and stays one.
    doc, _ = clean("\n".join([
        "每日读报 社论 来信 回首页",
        "中华民国九十年三月二日星期五",
        "旧街改造要先问问街坊",
        "夜市摊位该怎么排",
        "社区图书室的新用法",
        "旧街改造要先问问街坊",
        "☉谷晓岚",
        "城里的老街又要改造了。规划图贴出来好几天，来看的人不少，提意见的人却不多。",
        "有人说改造是好事，路宽了，铺面新了，生意也会好起来；也有人担心房租涨了，老店开不下去。",
        "改造也可以从小处做起",
        "与其一口气推倒重来，不如先修好下水道和路灯，再一家一家商量门面怎么改。",
        "这样做慢一点，可街坊们心里踏实，老街的味道也能留下来。",
    ]))
    assert outline(doc) == [(1, "改造也可以从小处做起")]


def test_an_authors_name_under_a_units_title_is_no_section():
    # A textbook's unit: its title, its author's name (a surname and a given name) alone on the
    # next line, then its first numbered part.
    doc, _ = clean("\n".join([
        "实用文书写作",
        "第一单元的学习目标是掌握常用事务文书的格式，能独立起草简单的文书。",
        "单元一 通知",
        "汪明远",
        "一 通知的用途",
        "通知用于发布、传达要求下级机关执行和有关单位周知或者执行的事项。",
        "二 通知的结构",
        "通知一般由标题、主送机关、正文、落款和成文日期几部分组成。",
    ]))
    assert "汪明远" not in [text for _, text in outline(doc)]


def test_a_document_passed_at_a_meeting_and_issued_is_titled_below_the_notice():
    # The notice names the rules it issues ("…经…常务会议通过，现予印发"); the line repeating the
    # name above the rules' first chapter is their title.
    doc, _ = clean("\n".join([
        "各街道办事处，区政府各部门：",
        "《青禾区公共自行车管理办法》已经2024年3月5日召开的区人民政府第十二次常务会议通过，现予印发，请遵照执行。",
        "青禾区人民政府",
        "2024年3月11日",
        "青禾区公共自行车管理办法",
        "第一章 总则",
        "第一条 为规范公共自行车的投放和使用，方便市民短途出行，制定本办法。",
        "第二条 本办法适用于本区行政区域内公共自行车的投放、运营和使用。",
        "第二章 投放与运营",
        "第三条 公共自行车由区交通运输局统一规划投放。",
    ]))
    assert (1, "青禾区公共自行车管理办法") in outline(doc)


def test_an_attachment_named_in_the_notice_is_titled_over_its_general_provisions():
    # "附件：《…》" names the attached plan; its title line stands over "总则" (a chapter named
    # alone), not over a numbered part.
    doc, _ = clean("\n".join([
        "为做好汛期地质灾害防范工作，现将有关方案印发给你们，请结合实际抓好落实。",
        "附件：《南坪县汛期地质灾害防范方案（试行）》",
        "南坪县自然资源局",
        "2024年4月2日",
        "南坪县汛期地质灾害防范方案（试行）",
        "总则",
        "为最大限度减少地质灾害造成的损失，保障人民群众生命财产安全，制定本方案。",
        "组织体系",
        "县地质灾害防治指挥部负责全县汛期地质灾害防范工作的组织和协调。",
    ]))
    assert "南坪县汛期地质灾害防范方案（试行）" in [text for _, text in outline(doc)]


def test_parts_in_several_forms_between_paragraphs_are_sections_together():
    # One part named bare, one with a colon and its gloss, one by a label closed with a colon:
    # no form twice, yet each stands alone between two paragraphs.
    doc, _ = clean("\n".join([
        "开家长会，要紧的不是把成绩单念一遍，而是让家长带着办法回家，这是一次和家长一起商量孩子的机会。",
        "家长会上最容易出现的毛病",
        "不少老师把家长会开成了通报会，一个小时里念分数、讲纪律，家长插不上话，散会后也不知道该做什么。",
        "准备思路：先想清楚要家长做什么",
        "会前先用一句话写下这次最希望家长回去做的事，再围绕这件事准备材料和例子。",
        "几条小建议：",
        "第一，控制时长，一个小时以内为好；第二，留出提问时间；第三，会后给每位家长一张便条。",
    ]))
    assert outline(doc) == [(1, "家长会上最容易出现的毛病"), (1, "准备思路：先想清楚要家长做什么"),
                            (1, "几条小建议：")]


def test_one_bare_line_and_one_speaker_line_are_no_sections():
    # A short line between paragraphs and a line handing the next paragraph to a speaker
    # ("…表示：") are not two parts of different forms: the colon line introduces quoted words.
    doc, _ = clean("\n".join([
        "上周六，城西社区组织二十多名志愿者清理了河道两岸的垃圾，共清出塑料袋、饮料瓶等垃圾三百多公斤。",
        "志愿者们干劲十足",
        "大家分成三组，有的捞水面漂浮物，有的清理岸边杂草，有的负责分类装袋。",
        "社区负责人表示：",
        "我们打算每月组织一次清理活动，也欢迎更多居民报名加入志愿者队伍。",
    ]))
    assert outline(doc) == []


def test_a_parts_name_over_its_lead_sentence_heads_the_numbered_steps_below():
    # "做手工皂的三个步骤" names the part; its lead sentence announces the steps; "1." opens them.
    doc, _ = clean("\n".join([
        "手工皂怎么做",
        "自己动手做手工皂并不难，准备好材料，按部就班地操作，一个下午就能做好一批。",
        "1. 材料不同：冷制皂要用碱液，融化皂只要现成的皂基。",
        "2. 时间不同：冷制皂要晾一个月，融化皂当天就能用。",
        "3. 难度不同：冷制皂要掌握配比，融化皂几乎不会失手。",
        "做手工皂的三个步骤",
        "第一次动手的朋友可以按照下面的顺序来操作：",
        "1. 称量材料：",
        "- 按配方称好皂基和精油。",
        "2. 加热融化：",
        "- 隔水加热，边加热边搅拌。",
        "3. 入模冷却：",
        "- 倒进模具，放在阴凉处等它凝固。",
    ]))
    assert (1, "做手工皂的三个步骤") in outline(doc)


def test_two_named_points_run_in_where_the_page_already_names_its_points_so():
    # Part 一's three points are named alike (one length); part 二's two are named unlike each
    # other, but the page has shown how it names its points.
    doc, _ = clean("\n".join([
        "镇农技站2024年上半年工作总结",
        "上半年，农技站围绕粮食稳产和农民增收，扎实做好技术推广和服务工作，现总结如下。",
        "一、抓技术推广，粮食生产稳中有升。",
        "良种示范见效。在三个村建设水稻新品种示范片八百亩，亩产比常规品种高出一成左右。",
        "测土配方普及。为全镇两千多户农户免费检测土壤，发放施肥建议卡，化肥用量有所下降。",
        "病虫防控到位。组织统防统治四次，覆盖面积一万二千亩，没有出现大面积病虫危害。",
        "二、抓服务下沉，农民满意度提高。",
        "农技人员常驻田头。每名农技员联系两个村，农忙时节每周至少下村三天，现场解答农户问题。",
        "培训课堂送到家门口。上半年在村文化礼堂开设培训班十二期，培训农民六百多人次。",
    ]))
    assert runins(doc)[-2:] == ["农技人员常驻田头。", "培训课堂送到家门口。"]


def test_numbered_labels_naming_rules_are_sections_and_a_document_saying_so_is_not():
    # "借阅规定：" names the rules below it; "本办法规定：" would introduce a quotation of them.
    doc, _ = clean("\n".join([
        "阅览室管理办法",
        "为方便读者借阅，维护阅览室秩序，制定本办法。",
        "一、借阅规定：",
        "读者凭借书证借阅，每证限借三册，借期一个月。",
        "到期未还的，暂停借阅资格直至归还。",
        "二、阅览规定：",
        "阅览室内保持安静，不得大声喧哗，不得携带食物入内。",
        "三、赔偿办法：",
        "损坏或遗失图书的，按原价赔偿。",
    ]))
    assert [text for _, text in outline(doc)] == ["一、借阅规定：", "二、阅览规定：", "三、赔偿办法："]


def test_a_closed_label_where_a_document_states_its_rule_stays_text():
    from reportfmt.passes.headings.numbering import parse_marker
    from reportfmt.passes.headings.shapes import closed_shape

    line = "二、本办法规定："
    assert not closed_shape(line, parse_marker(line), "读者借书须出示借书证。")
    line = "二、借阅规定："
    assert closed_shape(line, parse_marker(line), "读者借书须出示借书证。")


def test_points_named_by_one_word_before_a_colon_run_in():
    doc, _ = clean("\n".join([
        "怎样写好会议通知",
        "一、通知的作用",
        "会议通知是召集参会人员的依据，写得清楚，会议才能按时开好。",
        "二、写通知的四个要求",
        "1. 早：至少提前三天发出，给参会人员留出安排工作的时间。",
        "2. 全：时间、地点、议题、参会范围和联系人一项都不能少。",
        "3. 简：把要求写成几条短句，不要写成长篇大论。",
        "4. 准：发出前再核对一遍会议室和时间，避免临时更改。",
    ]))
    assert runins(doc) == ["1. 早：", "2. 全：", "3. 简：", "4. 准："]


def test_a_numbered_question_and_answer_mark_is_no_point_name():
    from reportfmt.passes.headings.numbering import parse_marker
    from reportfmt.passes.headings.shapes import runin_cut

    line = "1. 问：社保卡丢了以后应该先到哪里办理挂失手续呢？"
    assert runin_cut(line, parse_marker(line)) == 0


def test_bulleted_points_named_with_an_aside_in_brackets_run_in():
    doc, _ = clean("\n".join([
        "体能测试怎么准备",
        "测试当天一共三项，每一项之间可以休息十分钟左右，下面说说每一项要注意什么。",
        "- 立定跳远 (3次): 取最好的一次成绩，起跳前双臂要充分摆动。",
        "- 仰卧起坐 (1分钟): 按完成的个数计分，下落时肩胛要触垫才算一个。",
        "- 八百米跑 (1次): 前半程不要冲得太快，留些体力在最后一圈冲刺。",
    ]))
    # (the typography pass sets the asides in full-width brackets, no blank before them)
    assert runins(doc) == ["- 立定跳远（3次）:", "- 仰卧起坐（1分钟）:", "- 八百米跑（1次）:"]


def test_the_title_of_an_articles_second_page_repeated_without_its_page_number_is_no_section():
    # "家访记录(2)" is the site's title for page 2; the page repeats "家访记录" above its text. The
    # repeat is no section, but it marks the article's head: the one bare line below is a section.
    doc, _ = clean("\n".join([
        "我要投稿 | 意见反馈",
        "家访记录(2)",
        "时间:2023-05-06 09:12:40 家访记录 我要投稿",
        "家访记录",
        "记录家访的经过时，先写清楚去了谁家、见了谁、谈了多长时间，再写谈话的要点。",
        "家长的意见",
        "家长提出的意见和要求，要用家长自己的话记下来，不要改成老师的口吻。",
        "回到学校以后，把家长的意见整理出来，能当场答复的当场答复，不能答复的说明原因。",
    ]))
    assert outline(doc) == [(1, "家长的意见")]


def test_a_bare_line_between_paragraphs_beside_a_proven_parent_line_is_its_sibling():
    # "社区食堂的由来" stands between two paragraphs; "社区食堂面临的困难" is proven a heading by the
    # numbered part under it. Both are sections of the one level.
    doc, _ = clean("\n".join([
        "社区食堂调查",
        "我们走访了城区六个社区食堂，和经营者、就餐老人都聊了聊，整理出下面的情况。",
        "社区食堂的由来",
        "最早的社区食堂是街道利用闲置用房办起来的，主要为辖区里独居和高龄的老人提供午餐。",
        "后来不少社区照着这个办法做，几年下来，城区已经有了二十多家。",
        "社区食堂面临的困难",
        "（一）就餐人数不稳定",
        "工作日中午人多，周末和节假日人少，饭菜备多了浪费，备少了不够吃。",
        "（二）运营成本偏高",
        "房租、水电和厨师工资都要钱，只靠饭钱难以维持，多数食堂靠补贴才能运转。",
    ]))
    assert [text for _, text in outline(doc)][:2] == ["社区食堂的由来", "社区食堂面临的困难"]


def test_a_pdfs_running_footer_counted_from_zero_is_no_sample_marker():
    # The document's name and a page number under each page of a shared PDF: "年度报告 0", "年度报告 1".
    doc, _ = clean("\n".join([
        "35",
        "年度报告 青溪小学 2023-2024 年度报告",
        "• Upload",
        "others",
        "• View",
        "12",
        "Embed Size (px)",
        "Citation preview",
        "Page 1: 青溪小学 - qingxi.edu.hk...阅读打卡人数比去年增加三成",
        "年度报告 0",
        "青溪小学",
        "2023-2024",
        "年度报告",
        "年度报告 1",
        "一、办学理念",
        "让每个孩子都找到自己擅长的事情，在尝试中学会负责，在合作中学会相处。",
        "二、学生发展",
        "本年度学生参加校外比赛获奖四十余项，阅读打卡人数比去年增加三成。",
        "年度报告 2",
        "三、教师发展",
        "全体教师完成三十学时的信息技术培训，八位教师在区级公开课中获奖。",
    ]))
    assert outline(doc) == [(1, "一、办学理念"), (1, "二、学生发展"), (1, "三、教师发展")]

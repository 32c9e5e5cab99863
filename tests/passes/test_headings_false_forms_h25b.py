"""False headings told apart by form (issue 18, round 25): lines that look like bare or numbered
headings but are items of a list, a field, a page's head or a question. Fixtures written for the
project in the forms template pages print them; each rule with a heading of like shape that stays."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_bulleted_items_alike_under_a_bare_head_are_no_headings():
    doc, _ = clean("\n".join([
        "社区志愿服务队",
        "志愿服务队由居民自愿报名组成，每月集中开展一次服务活动，平时按小组分头做事。",
        "环境小组",
        " • 每周清理楼道杂物",
        " • 照看小区里的花坛",
        "关爱小组",
        " • 陪独居老人聊天散步",
        " • 帮行动不便的老人取快递",
        "队员每季度轮换一次小组，年底评选优秀志愿者，颁发证书。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert heads == ["环境小组", "关爱小组"]
    assert "• 陪独居老人聊天散步" in "\n".join(paras(doc))


def test_a_bulleted_head_over_sentence_items_stays_a_heading():
    doc, _ = clean("\n".join([
        "春游安排说明",
        "今年春游去城郊的植物园，下面把要做的准备按人分开说明。",
        "• 班主任",
        "提前一天清点人数，准备好每个学生家长的联系电话。",
        "• 随队家长",
        "每人负责照看五名学生，集合时帮忙点名。",
        "出发时间为早上八点，请大家准时到校门口集合。",
    ]))
    assert [text for _level, text in outline(doc)] == ["• 班主任", "• 随队家长"]


def test_a_question_over_its_lettered_options_is_no_part_name():
    doc, _ = clean("\n".join([
        "二、单项选择题（共20题，每题2分）",
        "第1题下列节气中属于春季的是",
        "A.小暑",
        "B.清明",
        "C.白露",
        "D.大寒",
        "答案：B",
        "第2题一年中白天最长的节气是",
        "A.立夏",
        "B.夏至",
        "C.芒种",
        "D.小满",
        "答案：B",
    ]))
    assert [text for _level, text in outline(doc)] == []
    assert "第2题一年中白天最长的节气是" in paras(doc)


def test_a_part_name_over_a_list_numbered_afresh_stays_a_heading():
    doc, _ = clean("\n".join([
        "感谢信的基本结构",
        "1.标题。第一行居中写感谢信三个字。",
        "2.称呼。顶格写被感谢的单位或个人。",
        "3.正文。写清楚感谢的事由和心情。",
        "感谢信的写作注意事项",
        "1.内容要真实，事情经过不能夸大。",
        "2.语言要诚恳，不说客套的空话。",
    ]))
    assert "感谢信的写作注意事项" in [text for _level, text in outline(doc)]


def test_a_shorter_item_beside_a_long_one_of_its_list_stays_an_item():
    doc, _ = clean("\n".join([
        "活动目标：",
        "认识几种常见树木的落叶，说出它们的形状。",
        "活动过程：",
        "一、认识落叶",
        "1、带孩子到操场上捡几片不同形状的落叶。",
        "二、游戏：落叶飘飘",
        "1、第一轮游戏，比谁飘得慢",
        "2、第二轮游戏，比一比谁的落叶飘得离自己最远",
        "活动延伸：",
        "回家后和爸爸妈妈一起做一张树叶贴画，下次带来和小朋友分享。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert heads == ["活动目标：", "活动过程：", "一、认识落叶", "二、游戏：落叶飘飘", "活动延伸："]
    assert "1、第一轮游戏，比谁飘得慢" in paras(doc)


def test_a_name_with_a_comma_over_its_own_paragraph_stays_a_heading():
    doc, _ = clean("\n".join([
        "社区工作总结",
        "1、抓好环境整治，改善居住条件",
        "今年共清理卫生死角四十余处，新增绿化面积两千平方米，居民反映良好。",
        "2、做好为老服务，办好老年食堂",
        "老年食堂全年供餐一万余人次，为八十岁以上老人送餐上门。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert heads == ["1、抓好环境整治，改善居住条件", "2、做好为老服务，办好老年食堂"]


def test_an_element_name_with_a_gloss_after_a_dash_is_no_part_label():
    doc, _ = clean("\n".join([
        "一、请假条的基本结构",
        "标题 - 常见写法：",
        "请假条",
        "称呼 - 一般写法：",
        "尊敬的王老师：",
        "二、写作注意事项",
        "请假的理由要写清楚，时间要具体到哪一天。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert "标题 - 常见写法：" not in heads and "称呼 - 一般写法：" not in heads


def test_a_page_part_label_still_divides_the_page():
    doc, _ = clean("\n".join([
        "感谢信的格式：",
        "感谢信一般由标题、称呼、正文、结尾和落款五部分组成，正文写明感谢的事由。",
        "感谢信范文：",
        "尊敬的社区服务中心：上个月我家老人突发疾病，多亏你们及时联系医院，特此致谢。",
    ]))
    assert [text for _level, text in outline(doc)] == ["感谢信的格式：", "感谢信范文："]


def test_a_sample_number_glued_to_the_samples_first_words_after_the_titles_core_opens_a_sample():
    doc, _ = clean("\n".join([
        "春游日记汇总五篇",
        "春天到了，同学们都盼着去郊外走一走。下面是小编整理的春游日记5篇，供大家参考。",
        "春游日记 篇1今天我们班去了城东的湿地公园，一下车就看见成群的白鹭从芦苇里飞起来。",
        "老师让我们分成小组观察水边的植物，我们组找到了七种不同的水草，还画了下来。",
        "春游日记 篇2早上出发的时候还下着小雨，到了山脚下，天却慢慢晴了。",
        "我们沿着石阶往上爬，半山腰有一座小亭子，大家在亭子里一边吃午饭一边看云。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert heads == ["春游日记篇1", "春游日记篇2"]


def test_a_plans_copy_of_the_title_glued_to_its_first_part_opens_a_sample():
    doc, _ = clean("\n".join([
        "关于校园消防演练活动方案(精选3篇)",
        "为了让演练有序进行，需要提前制定好方案。下面是小编整理的校园消防演练活动方案，欢迎阅读。",
        "校园消防演练活动方案1一、演练目的",
        "通过演练，让师生熟悉火灾发生时的疏散路线，掌握基本的自救方法。",
        "二、演练时间",
        "本学期第十周星期三下午第二节课后。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert heads[0] == "校园消防演练活动方案1"
    assert "二、演练时间" in heads


def test_the_titles_core_followed_by_a_date_stays_a_paragraph():
    doc, _ = clean("\n".join([
        "社区垃圾分类工作汇报汇总三篇",
        "下面是小编整理的社区垃圾分类工作汇报3篇，欢迎借鉴。",
        "社区垃圾分类工作汇报3月以来，我们社区在各楼栋设立了分类投放点，安排志愿者值守。",
        "居民参与率从开始的四成提高到八成以上，厨余垃圾的分出量明显增加。",
    ]))
    assert not any("3月" in text for _level, text in outline(doc))


def test_the_title_over_each_sample_with_its_number_is_no_wrap_column():
    # Three lines of one length (the title, then its copy over each sample with a number) look
    # like a hard wrap's column; they are one line printed again, and the marker keeps its line.
    doc, _ = clean("\n".join([
        "小学秋季运动会活动方案(通用3篇)",
        "为了让运动会顺利进行，学校需要提前做好安排。以下是小编整理的小学秋季运动会活动方案，欢迎参考。",
        "小学秋季运动会活动方案(通用3篇)1",
        "一、活动目的：",
        "增强学生体质，培养团结协作的精神。",
        "二、活动时间：",
        "十月下旬，为期两天。",
        "小学秋季运动会活动方案(通用3篇)2",
        "活动名称：",
        "快乐运动，健康成长",
        "活动安排：",
        "第一天上午举行开幕式和田径预赛，下午进行趣味接力，第二天举行决赛和颁奖。",
        "小学秋季运动会活动方案(通用3篇)3",
        "活动口号：",
        "更快更高更强",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert "小学秋季运动会活动方案（通用3篇）2" in heads


def test_answers_collected_under_corner_bracketed_capital_numerals_are_samples():
    doc, _ = clean("\n".join([
        "『壹』 家长会发言稿怎么写，有没有例子",
        "一、开头：先感谢家长到场，再说明这次家长会要谈哪几件事。",
        "二、主体：讲清楚班级近况和需要家长配合的地方，举一两个具体的例子。",
        "『贰』 求一份简短的家长会发言稿",
        "各位家长晚上好！这学期孩子们在学习习惯上有了明显进步，感谢大家的支持。",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert heads[0].startswith("『壹』") and any(text.startswith("『贰』") for text in heads)


def test_a_quoted_title_in_corner_brackets_is_no_sample():
    doc, _ = clean("\n".join([
        "读书分享会发言",
        "『一个人的旅行』是我这个月读得最慢的一本书。",
        "作者骑车走了大半个国家，每到一处就写下一段见闻，读起来很安静。",
    ]))
    assert outline(doc) == []


def test_the_next_samples_name_ending_a_cut_page_still_opens_it():
    doc, _ = clean("\n".join([
        "房屋租赁合同范本6篇",
        "房屋租赁合同篇1",
        "出租方（甲方）：",
        "承租方（乙方）：",
        "甲乙双方经协商一致，就房屋租赁事宜订立本合同，共同遵守。",
        "一、租期一年，自签订之日起计算。",
        "二、租金按季度支付，每季度开始前五日内付清。",
        "房屋租赁合同篇2",
    ]))
    heads = [text for _level, text in outline(doc)]
    assert heads[0] == "房屋租赁合同篇1" and heads[-1] == "房屋租赁合同篇2"


def test_a_lone_numbered_name_ending_the_page_stays_a_paragraph():
    doc, _ = clean("\n".join([
        "房屋租赁注意事项",
        "签合同前要核对房东的房产证和身份证，确认出租人有权出租。",
        "押金和租金的支付方式要写进合同，保留好转账记录。",
        "房屋租赁合同篇2",
    ]))
    assert outline(doc) == []


def test_a_font_note_after_a_flattened_parts_name_stays_with_the_name():
    doc, _ = clean(
        "班级读书会总结格式\n"
        "某某中学团委 班级读书会总结格式 一、活动概况【黑体三号】 （一）活动名称【楷体三号】 "
        "写明读书会的名称，和计划书上的一致。【仿宋三号】 （二）参加人员【楷体三号】 "
        "写明参加读书会的同学人数和指导老师。【仿宋三号】 二、活动开展情况【黑体三号】 "
        "按时间先后写读书会的各个环节，重点写同学们的发言和收获。【仿宋三号】 "
        "三、存在问题【黑体三号】 写出准备和组织中的不足，以及下次改进的办法。【仿宋三号】")
    heads = [text for _level, text in outline(doc)]
    assert "一、活动概况【黑体三号】" in heads and "二、活动开展情况【黑体三号】" in heads


def test_a_flattened_parts_name_glued_to_its_value_is_still_cut_after_the_name():
    doc, _ = clean(
        "植树节活动方案\n"
        "为了增强同学们的环保意识，让大家在劳动中体会绿化的意义，学校团委和少先队大队部商量后，"
        "决定在植树节前后组织一次全校性的植树活动，特制定本方案。"
        "一、活动主题绿色校园从我做起 二、活动时间3月12日上午第二节课后 "
        "三、活动地点学校北侧围墙边的空地 四、活动要求各班班主任带队，提前分好小组，每组领取铁锹和水桶，"
        "注意安全，爱护工具，种完后给每棵树挂上班级的名牌，并安排同学每周浇水一次，"
        "学期末由团委检查成活情况，评出护绿小卫士。")
    heads = [text for _level, text in outline(doc)]
    assert "一、活动主题" in heads and "二、活动时间" in heads


def test_a_diarys_dated_entries_with_their_weather_are_its_sections():
    doc, _ = clean("\n".join([
        "驻村日记",
        "2019年3月4日 晴",
        "今天第一次到村里，村支书带我走了三个组，晚上在村委会的小房间里整理笔记到十点。",
        "3月5日 星期二 小雨",
        "雨不大，路却很滑。上午去了两户困难家庭，了解孩子上学和老人看病的情况。",
    ]))
    assert [text for _level, text in outline(doc)] == ["2019年3月4日晴", "3月5日星期二小雨"]


def test_closing_dates_without_weather_head_nothing():
    doc, _ = clean("\n".join([
        "致家长的一封信",
        "各位家长：寒假即将开始，请督促孩子按时完成作业，注意用火用电安全。",
        "2019年1月18日",
        "附：假期安全须知已发到班级群，请家长查看后签字，开学时交给班主任。",
        "2019年1月19日",
    ]))
    assert outline(doc) == []


def test_short_names_each_over_the_same_fields_are_sections():
    doc, _ = clean("\n".join([
        "市游泳馆调整开放时间的通知",
        "广大市民朋友：为方便大家锻炼，市游泳馆自下月起按季节调整开放时间。",
        "暑期",
        "7月1日至8月31日",
        "开放时间：上午8点到晚上9点",
        "平时",
        "9月1日至次年6月30日",
        "开放时间：下午2点到晚上8点",
        "每周二下午为换水时间，暂停开放。",
    ]))
    assert [text for _level, text in outline(doc)] == ["暑期", "平时"]


def test_a_post_under_its_persons_field_is_no_name_heading_fields():
    doc, _ = clean("\n".join([
        "县一中举办青年教师说课比赛",
        "本次比赛共有十二名青年教师参加，下面是获得一等奖的三位老师。",
        "参赛人：周明",
        "数学组教师",
        "说课题目：一次函数的图像",
        "参赛人：吴芳",
        "语文组教师",
        "说课题目：背影",
        "参赛人：郑强",
        "物理组教师",
        "说课题目：浮力",
        "学校将把获奖教师的说课视频放在校园网上，供大家学习。",
    ]))
    assert outline(doc) == []

"""Headings of know-how guides and flattened plans: named steps, question heads among bare heads,
a plan's two parts run together on one line. Fixtures written for the project, in the forms guide
pages and 文库 extractions print them; each rule with a line of the same shape that stays body."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_named_steps_under_a_part_are_its_subsections():
    doc, _ = clean("\n".join([
        "一、先想清楚写给谁",
        "申请书是写给批准的人看的，开头就要让对方知道你要什么，不必绕弯子。",
        "二、分三步来写",
        "第一步：说明事由",
        "用一两句话交代申请什么、为什么申请，比如因为搬家想调换宿舍。",
        "第二步：摆出理由",
        "把能说服对方的情况写具体，时间、人数和已经做过的准备都可以写上。",
        "第三步：表明态度",
        "最后写清楚获批以后会遵守哪些要求，再写上恳请批准之类的话。",
    ]))
    assert outline(doc) == [(1, "一、先想清楚写给谁"), (1, "二、分三步来写"), (2, "第一步：说明事由"),
                            (2, "第二步：摆出理由"), (2, "第三步：表明态度")]


def test_steps_written_as_sentences_stay_paragraphs():
    doc, _ = clean("\n".join([
        "整理旧档案的办法",
        "档案室每年年底都要清一次旧档案，下面是我们的做法。",
        "第一步，先把柜子里的材料全部取出，按年份摆在长桌上。",
        "这一步最费时间，最好安排两个人一起做。",
        "第二步，逐份核对目录，缺页的贴上便签。",
        "核对完的材料重新装盒，盒脊写上年份和类别。",
    ]))
    assert outline(doc) == []
    assert "第二步，逐份核对目录，缺页的贴上便签。" in paras(doc)


def test_steps_listed_line_after_line_are_a_list():
    doc, _ = clean("\n".join([
        "报名流程",
        "今年的报名全部在网上进行，请按下面的顺序办理：",
        "第一步：注册账号", "第二步：填写信息", "第三步：上传照片",
        "报名截止后不再补报，请大家抓紧时间办理。",
    ]))
    assert outline(doc) == []


def test_a_short_sample_flattened_with_blanks_keeps_its_two_parts_under_the_part_holding_it():
    doc, _ = clean("\n".join([
        "一、值班表由谁来排？",
        "一般由办公室主任牵头排，排好后报分管领导审定，再在门厅公示一周。",
        "二、值班表排好后贴在哪里？",
        "贴在门卫室和各楼层的公告栏，电子版同时发到单位的工作群。",
        "三、值班安排可以参考什么样子？",
        "  一、基本要求  节假日期间全体值班人员要坚守岗位，手机保持畅通，遇到停电、漏水等突发情况先处置再报告。"
        "  二、人员安排  白天由各科室负责人轮流带班，夜间由保卫科安排两人值守，每两小时巡查一次，交接时填写交接记录。",
    ]))
    assert outline(doc) == [(1, "一、值班表由谁来排？"), (1, "二、值班表排好后贴在哪里？"),
                            (1, "三、值班安排可以参考什么样子？"), (2, "一、基本要求"), (2, "二、人员安排")]


def test_numbers_inside_a_sentence_of_a_long_line_stay_in_it():
    doc, _ = clean("\n".join([
        "会议纪要",
        "本次会议由办公室主任主持，各科室负责人参加。会议讨论了下半年的几项重点工作，明确了两项任务："
        " 一、完善制度，二、加强检查。 会议要求各科室在本月底前报送落实方案，办公室汇总后提交下次会议研究，"
        "逾期未报的科室由分管领导督促落实，确保各项任务按时完成。",
    ]))
    assert outline(doc) == []
    assert len(paras(doc)) == 1


def test_a_restarted_list_followed_by_the_next_part_is_no_held_sample():
    doc, _ = clean("\n".join([
        "一、工作回顾",
        "今年以来，我们围绕年初确定的目标，扎实推进各项工作，取得了一定成效。",
        "二、存在问题",
        "一、制度执行不够严格，个别科室考勤记录不全。",
        "二、学习培训流于形式，培训后缺少检查和反馈。",
        "三、下步打算",
        "针对上述问题，我们将从三个方面加以整改，确保明年工作有新的起色。",
    ]))
    levels = {text: level for level, text in outline(doc)}
    assert levels.get("三、下步打算") == levels.get("二、存在问题")


def test_a_question_among_bare_section_names_is_one_of_them():
    doc, _ = clean("\n".join([
        "一份会议记录写完，过了半年还能不能看懂？不少人翻出旧记录，发现只剩几个人名和几句口号。",
        "什么是会议记录？",
        "会议记录是开会时当场写下的文字，记的是谁参加、议了什么、定了什么，不是会后的总结。",
        "开会之前准备什么",
        "先拿到议程，把每个议题写在本子的左边，右边留出空白，开会时往里填结论和分工。",
        "记录的三个要点",
        "一是议题要全，二是结论要准，三是分工要写到人，完成时间也要写上。",
    ]))
    assert outline(doc) == [(1, "什么是会议记录？"), (1, "开会之前准备什么"), (1, "记录的三个要点")]


def test_questions_glossed_after_a_dash_are_section_names():
    doc, _ = clean("\n".join([
        "开题报告是研究生写的第一份正式材料，很多同学写得又长又散，评审老师看了半天抓不住重点。",
        "是什么？——开题报告的用途",
        "开题报告是向评审组说明准备研究什么、打算怎样研究的材料，评审组据此决定课题能否开题。",
        "怎么写？——开题报告的结构",
        "一般依次写选题依据、研究内容、研究方法和进度安排，每一部分都要写到能够检查的程度。",
    ]))
    assert outline(doc) == [(1, "是什么？——开题报告的用途"), (1, "怎么写？——开题报告的结构")]


def test_a_question_opening_with_a_clause_stays_a_paragraph_among_bare_section_names():
    doc, _ = clean("\n".join([
        "一份会议记录写完，过了半年还能不能看懂？不少人翻出旧记录，发现只剩几个人名和几句口号。",
        "那么，会议记录到底记什么？",
        "会议记录是开会时当场写下的文字，记的是谁参加、议了什么、定了什么，不是会后的总结。",
        "开会之前准备什么",
        "先拿到议程，把每个议题写在本子的左边，右边留出空白，开会时往里填结论和分工。",
        "记录的三个要点",
        "一是议题要全，二是结论要准，三是分工要写到人，完成时间也要写上。",
    ]))
    assert outline(doc) == [(1, "开会之前准备什么"), (1, "记录的三个要点")]
    assert "那么，会议记录到底记什么？" in paras(doc)


def test_a_sample_glued_after_the_last_ones_signature_date_opens_a_sample():
    doc, _ = clean("\n".join([
        "暑假安全承诺书",
        "暑假安全承诺书(精选6篇)",
        "暑假安全承诺书 第1篇",
        "1、不私自下河游泳，不到没有护栏的水塘边玩耍。",
        "2、外出时告诉家长去向和回家时间，按时回家。",
        "学生签名：2025年7月2日 假期社会实践安全承诺书",
        "这个暑假我要去社区服务站参加社会实践，为了保证活动期间的安全，我向学校和家长作出如下承诺。",
        "一、按时到岗，不迟到早退，有事先向带队老师请假。",
    ]))
    assert (1, "假期社会实践安全承诺书") in outline(doc)
    assert "学生签名：2025年7月2日" in paras(doc)


def test_a_name_after_a_date_inside_a_sentence_stays_in_it():
    doc, _ = clean("\n".join([
        "暑假安全承诺书",
        "暑假安全承诺书(精选6篇)",
        "暑假安全承诺书 第1篇",
        "全班同学都在会上发了言，大家约定于2025年7月2日 一起签订安全承诺书",
        "这个暑假我要去社区服务站参加社会实践，为了保证活动期间的安全，我向学校和家长作出如下承诺。",
    ]))
    assert all("签订" not in text for _level, text in outline(doc))
    assert "全班同学都在会上发了言，大家约定于2025年7月2日一起签订安全承诺书" in paras(doc)


def test_a_document_name_after_a_date_on_a_page_of_one_document_is_no_sample():
    doc, _ = clean("\n".join([
        "社区志愿服务安全承诺书",
        "本人自愿参加社区组织的志愿服务活动，服务期间服从安排，注意自身安全，不做与服务无关的事情。",
        "承诺人：2025年7月2日 家长安全承诺书",
        "作为志愿者的家长，我已了解本次活动的内容和安全要求，同意孩子参加，并按时接送孩子往返服务点。",
    ]))
    assert outline(doc) == []
    assert "承诺人：2025年7月2日家长安全承诺书" in paras(doc)


def test_a_sentence_pointing_at_the_sample_below_is_no_part_label():
    doc, _ = clean("\n".join([
        "请假之前先想好理由和天数，写请假条时就不会东一句西一句，领导看了也容易批。",
        "请假条的组成",
        "一张请假条通常有标题、称呼、正文和落款四块，正文写清事由、起止日期和天数。",
        "参考范文",
        "下面是一份按这个顺序写成的范文：",
        "因家中老人住院需要陪护，特请假三天，自本月十二日至十四日，望批准。",
        "写作提示",
        "请假条要在请假之前交，事后补写的要说明没能提前请假的原因。",
    ]))
    headings = [text for _level, text in outline(doc)]
    assert "参考范文" in headings
    assert "下面是一份按这个顺序写成的范文：" in paras(doc)


def test_two_part_labels_of_a_format_page_stay_headings():
    doc, _ = clean("\n".join([
        "倡议书的写法",
        "倡议书格式：",
        "倡议书由标题、称呼、正文、结尾和落款五部分组成，正文要写明倡议的原因和具体做法。",
        "倡议书范文：",
        "全校同学们：为了让校园更加整洁，我们倡议大家从身边小事做起，不乱扔垃圾，爱护花草树木。",
    ]))
    assert [text for _level, text in outline(doc)] == ["倡议书格式：", "倡议书范文："]


def test_short_lines_closing_a_page_are_no_sections():
    doc, _ = clean("\n".join([
        "三月九日，全区教师代表大会在区文化中心开幕，二百多名代表参加会议，审议了工作报告。",
        "会议回顾了五年来教师队伍建设取得的成绩，并选出了新一届委员会委员二十一人。",
        "过去五年",
        "我们一起走过了哪些路？",
        "未来五年",
        "还有哪些目标在前方？",
        "请看下面这张图！",
    ]))
    assert outline(doc) == []


def test_bare_sections_with_paragraphs_stay_sections():
    doc, _ = clean("\n".join([
        "三月九日，全区教师代表大会在区文化中心开幕，二百多名代表参加会议，审议了工作报告。",
        "过去五年",
        "五年来全区新建学校六所，教师人数增加了四百多人，骨干教师的比例明显提高。",
        "未来五年",
        "今后五年要继续补齐农村学校的短板，让每个孩子都能在家门口上好学。",
    ]))
    assert outline(doc) == [(1, "过去五年"), (1, "未来五年")]


def test_parts_each_over_a_list_numbered_afresh_in_a_higher_family_hold_it():
    doc, _ = clean("\n".join([
        "报销单据被退回的原因，大致有下面几种:",
        "（1）票据不合规。",
        "一、发票抬头和单位全称不一致。",
        "二、发票上没有加盖发票专用章。",
        "（2）手续不齐全。",
        "一、没有经办人和部门负责人的签字。",
        "二、差旅费报销没有附上审批单。",
        "（3）报销超过时限。",
        "一、跨年度的票据没有在一月底前报销。",
    ]))
    assert outline(doc) == [(1, "（1）票据不合规。"), (1, "（2）手续不齐全。"), (1, "（3）报销超过时限。")]


def test_parts_that_run_on_as_sentences_do_not_hold_the_lists_under_them():
    doc, _ = clean("\n".join([
        "报销单据被退回的原因，大致有下面几种:",
        "（1）票据不合规。发票抬头和单位全称不一致的，财务一律退回。",
        "一、发票抬头和单位全称不一致。",
        "二、发票上没有加盖发票专用章。",
        "（2）手续不齐全。缺少签字的单据，财务不予受理。",
        "一、没有经办人和部门负责人的签字。",
        "二、差旅费报销没有附上审批单。",
    ]))
    assert all(not text.startswith("（") for _level, text in outline(doc))


def test_a_part_number_whose_name_was_lost_is_still_a_heading_before_its_named_sibling():
    doc, _ = clean("\n".join([
        "《西游记》读书笔记",
        "《西游记》写唐僧师徒四人西天取经的故事，一路上经历了九九八十一难，情节曲折，人物鲜明。",
        "一、",
        "书中最让人难忘的是孙悟空，他本领高强，敢作敢当，遇到妖怪从不退缩，对师父也始终忠心。",
        "二、我的读书收获",
        "做事要像取经一样有恒心，遇到困难不能半途而废，也要学会和同伴互相帮助。",
    ]))
    assert outline(doc) == [(1, "一、"), (1, "二、我的读书收获")]


def test_chunk_numbers_alone_on_their_lines_stay_paragraphs():
    doc, _ = clean("\n".join([
        "学校防火安全管理制度",
        "1、",
        "为加强学校消防安全管理，预防火灾事故的发生，保障师生生命和财产安全，特制定本制度。",
        "2、",
        "学校成立消防安全领导小组，校长任组长，总务主任任副组长，各处室负责人为成员。",
    ]))
    assert outline(doc) == []
    assert "1、" in paras(doc)


def test_a_storys_parts_named_after_their_count_are_its_sections():
    doc, _ = clean("\n".join([
        "抗洪值守记",
        "去年夏天我在村里参加了一次抗洪值守，下面分三段记下那几天的经过。",
        "第一段：暴雨",
        "那天傍晚雨下得特别大，河边的水位一个小时涨了半米，村里的广播一遍遍地响。",
        "第二段：守堤",
        "我们十几个人扛着沙袋上了堤，一直干到后半夜，衣服湿了又干，干了又湿。",
        "第三段：天亮",
        "天亮的时候雨终于小了，水位慢慢退下去，大家坐在堤上啃着馒头笑了。",
    ]))
    assert outline(doc) == [(1, "第一段：暴雨"), (1, "第二段：守堤"), (1, "第三段：天亮")]


def test_a_guide_saying_what_each_paragraph_holds_has_no_parts():
    doc, _ = clean("\n".join([
        "感谢信的写法",
        "正文一般写三段。",
        "第一段：写清楚对方在什么时候、为你做了什么事，让人一看就明白。",
        "第二段：写这件事给你带来的帮助，可以举一两个具体的例子。",
    ]))
    assert outline(doc) == []

"""Numbered and bare lines that are a list's items or a page's leftovers, not sections (issue 18,
round 42: false headings). Fixtures written for the project, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_short_item_right_under_a_long_item_of_its_list_is_an_item_too():
    # A how-to page's labels, each over a two-item list: the first item a long phrase with a
    # bracketed note (an item), the second, short, right under it with nothing between: the
    # same list's item, not a section, whatever follows it.
    doc, _ = clean("\n".join([
        "值班记录的填写要求",
        "值班记录是交接班的依据，记不清楚，下一班就不知道上一班做了什么，出了问题也查不到原因。",
        "记录的人要在交班前半小时写完，写完请带班领导看过再签字。",
        "抬头:",
        "1. 写明值班的日期、班次和值班人员的姓名（顶格，黑体小四）",
        "2. 下方注明天气和交班时间（居中，宋体五号）",
        "内容:",
        "1. 按时间顺序逐条写，每条写清发生了什么、怎么处理的、结果如何",
        "2. 未办完的事写明交给谁",
        "注:记录本不得撕页，写错处划线更正并签名。",
    ]))
    assert [text for _, text in outline(doc)] == ["抬头:", "内容:"]
    assert "2. 下方注明天气和交班时间（居中，宋体五号）" in paras(doc)
    assert "2. 未办完的事写明交给谁" in paras(doc)


def test_short_names_under_long_items_each_over_their_text_stay_sections():
    # The near miss: the short names stand over paragraphs of their own, and no item of theirs
    # stands right over the next one: sections.
    doc, _ = clean("\n".join([
        "社区志愿服务队工作总结",
        "一、基本情况",
        "服务队现有队员八十六人，全年开展活动四十余次，服务居民两千多人次。",
        "二、主要做法",
        "队员按楼栋分组，每组由一名老队员带两名新队员，活动前统一培训，活动后当天写小结。",
    ]))
    assert outline(doc) == [(1, "一、基本情况"), (1, "二、主要做法")]


def test_a_short_name_after_a_long_bare_item_and_over_its_text_stays_a_section():
    # The near miss: the first name stands over its paragraph, so the run is no stack of items;
    # the short name after the long bare one keeps its own paragraph and stays a section.
    doc, _ = clean("\n".join([
        "社区便民服务站建设情况",
        "1、设立服务站点",
        "今年在三个小区各设一处服务站，每周一至周五上午开门，代办社保、水电缴费等事项。",
        "2、第二批站点选在老旧小区，方便老人就近办事",
        "3、配齐人手",
        "每个服务站安排两名专职人员，另从退休党员中招募志愿者轮流值守。",
    ]))
    assert (1, "3、配齐人手") in outline(doc)
    assert (1, "1、设立服务站点") in outline(doc)


def test_short_names_stacked_with_a_sentence_item_are_that_lists_items():
    # A rule's part listing what a meeting does: four items one under the other, two closed by a
    # full stop, two short names without it: one list, no sections under 二、.
    doc, _ = clean("\n".join([
        "科室例会制度",
        "为规范例会管理，提高会议效率，特制定本制度。",
        "一、会议形式",
        "例会每月召开一次，由科长主持，全体人员参加。",
        "二、会议内容",
        "（一）学习上级下发的文件和会议精神。",
        "（二）讨论本月工作安排",
        "（三）检查各项制度落实情况",
        "（四）需要例会讨论决定的其他事项。",
        "三、会议记录",
        "例会由专人记录，会后三天内整理成纪要归档。",
    ]))
    assert outline(doc) == [(1, "一、会议形式"), (1, "二、会议内容"), (1, "三、会议记录")]
    assert "（二）讨论本月工作安排" in paras(doc)


def test_a_bare_name_stacked_among_named_points_stays_one_of_them():
    # The near miss: the items name themselves before a colon (a letter's elements); the one
    # element without a colon is one more of them, as the page's own list shows it.
    doc, _ = clean("\n".join([
        "【感谢信的基本格式】",
        "1.标题：可以只写“感谢信”，也可以写成“致某某的感谢信”。",
        "2.称呼：顶格写被感谢的单位或个人，后面加冒号。",
        "3.感谢的事由",
        "4.落款：写在正文右下方，先署名，再写日期。",
        "【感谢信的写作要点】",
        "感谢信要写清楚对方做了什么、帮了什么忙，语气真诚，篇幅不宜太长。",
    ]))
    assert "3.感谢的事由" in [text for _, text in outline(doc)]


def test_a_document_pages_head_and_its_title_broken_over_two_lines_are_no_sections():
    # A document-share page: the file's title (names masked), its date, size and page count, then
    # the document's own title again, broken over two lines at the PDF's width, then its parts.
    doc, _ = clean("\n".join([
        "守护星空的人照亮童年的人记xx县xx乡中心小学宿管老师",
        "2024-05-13",
        "23.5KB",
        "2 页",
        "纠错反馈",
        "守护星空的人,照亮童年的人——记 xx 县 xx 乡中心",
        "小学宿管老师",
        "一张值班表",
        "她管着三栋宿舍楼，每天晚上九点开始查房，一直查到孩子们都睡下才回值班室，十几年没有变过。",
        "一只急救箱",
        "值班室里放着一只用了多年的急救箱，孩子们磕了碰了、发烧咳嗽，第一个找的总是她。",
    ]))
    assert outline(doc) == [(1, "一张值班表"), (1, "一只急救箱")]


def test_bare_lines_above_the_title_printed_again_after_a_paragraph_are_left_to_the_other_rules():
    # The near miss: a paragraph stands above the title printed again (the page's own lead), so
    # the lines above it are no page head, and the bare sections below are read as before.
    doc, _ = clean("\n".join([
        "宿管老师的一天",
        "这是一篇记录乡村小学宿管老师日常工作的文章，供学校开展师德学习时参考使用。",
        "宿管老师的一天",
        "清早",
        "天刚亮她就起床烧好热水，挨个宿舍叫孩子们起床，帮低年级的孩子叠被子、梳头发。",
        "夜里",
        "熄灯以后她还要再巡一遍，给踢了被子的孩子盖好，听到有人咳嗽就记下来，第二天告诉班主任。",
    ]))
    assert outline(doc) == [(1, "清早"), (1, "夜里")]


def test_a_documents_size_alone_on_its_line_names_no_section():
    from reportfmt.passes.headings.labels import unnumbered_shape

    assert not any(unnumbered_shape(line) for line in ("3 页", "共12頁", "41.26KB", "5268字"))
    assert unnumbered_shape("三页日记")


def test_the_lines_above_the_title_printed_again_are_the_pages_head():
    from reportfmt.passes.headings.title_echoes import above_the_echo, title_echoes

    key = "宿管老师的十年"
    texts = ["2 页", "纠错反馈", "宿管老师的", "十年", "一张值班表", "她每天晚上九点开始查房，一直查到孩子们都睡下。"]
    echoes = title_echoes(texts, key)
    assert echoes == {2, 3}
    assert above_the_echo(texts, echoes, key) == {0, 1}
    # a paragraph above the title printed again: no head of the page's
    led = ["这篇文章记录了一位宿管老师十年的日常工作，供大家学习参考。", "纠错反馈", "宿管老师的十年", "一张值班表"]
    assert above_the_echo(led, title_echoes(led, key), key) == set()


def test_a_heading_printed_twice_with_no_paragraph_between_is_one_section():
    # A school site's page: the menu's current item above the document's title, then the same
    # word again as the document's first section: one section, the copy over its text.
    doc, _ = clean("\n".join([
        "引言",
        "某某县某某小学三年发展规划",
        "引言",
        "学校地处山区，全校八个班，学生大多住校。去年新建的食堂投入使用，学生的午餐和住宿条件都有了很大改善。",
        "附录",
        "规划由学校行政会议讨论通过，报县教育局备案后实施。",
    ]))
    assert [text for _, text in outline(doc)].count("引言") == 1


def test_the_same_section_name_in_two_samples_stays_in_each():
    # The near miss: each sample of a page names its parts alike, a paragraph between the copies.
    doc, _ = clean("\n".join([
        "班会活动方案（精选2篇）",
        "【篇1】垃圾分类主题班会",
        "活动目的",
        "让学生了解垃圾分类的基本知识，养成随手分类的好习惯，争做环保小卫士。",
        "活动过程",
        "先请同学们说说家里的垃圾怎么扔，再由老师出示分类图片，分组比赛谁分得又快又对。",
        "【篇2】节约用水主题班会",
        "活动目的",
        "引导学生认识节约用水的意义，学会在生活中节约每一滴水，并带动家人一起节水。",
        "活动过程",
        "课前请同学们记录一周的家庭用水量，课上交流节水的小窍门，最后每人写一条节水标语。",
    ]))
    assert [text for _, text in outline(doc)].count("活动目的") == 2


def test_a_heading_naming_a_rule_that_ends_in_a_verb_of_enactment_is_still_a_heading():
    # "公布" / "印发" closing a bare line: an organ's act ("县政府公布") is a notice line, but a
    # point a heading names ("值班表要提前公布", "纪要的整理和印发") is a section.
    from reportfmt.passes.headings.labels import unnumbered_shape

    assert unnumbered_shape("值班表要提前公布")
    assert unnumbered_shape("纪要的整理和印发")
    assert not unnumbered_shape("县人民政府公布")


def test_a_speaker_announcing_how_many_points_follow_is_no_parent_heading():
    # A speech: "我讲三个问题：" right over its numbered points is a sentence of the speech, not the
    # name of a part holding them.
    doc, _ = clean("\n".join([
        "家长会上的发言",
        "尊敬的各位家长：",
        "大家好！感谢各位在百忙之中来参加今天的家长会。",
        "今天我主要讲三个问题：",
        "1、孩子们在校的基本情况",
        "本学期孩子们的学习习惯有了明显进步，大部分同学能按时完成作业。",
        "2、需要家长配合的地方",
        "希望家长每天抽出时间陪孩子读书，检查孩子的作业。",
        "3、几点小建议",
        "多鼓励、少批评，多陪伴、少说教。",
    ]))
    assert "今天我主要讲三个问题：" in paras(doc)
    assert outline(doc) == [(1, "1、孩子们在校的基本情况"), (1, "2、需要家长配合的地方"), (1, "3、几点小建议")]


def test_a_count_naming_a_part_without_a_speaker_stays_its_parent():
    from reportfmt.passes.headings.labels import _parent_shaped, unnumbered_shape

    assert _parent_shaped("几点实用建议：", unnumbered_shape)
    assert not _parent_shaped("下面我谈几点体会：", unnumbered_shape)

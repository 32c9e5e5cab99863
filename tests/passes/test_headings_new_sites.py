"""Lines that only look like headings on sites the rules were not written for (issue 18, ninth
round): a sub-list under a numbered item, a byline under an essay, a sentence counting the
points it introduces, fields whose siblings run in. Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras, runins


def test_a_numbered_item_introducing_its_own_numbered_list_keeps_them_as_items():
    # The sub-items restart at 1 under an item of the same list: no sections, however long.
    doc, _ = clean("\n".join([
        "员工考勤办法",
        "1. 员工应按时到岗，不得无故迟到或提前离开工作岗位，违者按本办法第五条处理。",
        "2. 因工作需要延长工作时间的，须经部门负责人同意并登记，月累计不超过三十小时。",
        "3. 总部办公室的作息时间如下：",
        "1. 上午 8:30 至下午 5:30：星期一至星期五",
        "2. 中午 12:00 至 13:00：用餐与休息",
        "4. 员工请假须提前一天提交申请，紧急情况可先电话报告，事后两日内补办手续。",
    ]))
    assert outline(doc) == []


def test_two_byline_lines_under_an_essays_last_paragraph_are_no_sections():
    doc, _ = clean("\n".join([
        "我和书的故事",
        "小时候，妈妈每天晚上都给我讲一个故事，那些故事让我第一次知道了书里藏着一个很大的世界。",
        "后来我自己学会了认字，就常常抱着一本童话书坐在窗边，一读就是一个下午，连饭都忘了吃。",
        "如今我明白了，读书不只是为了考试，更是为了认识自己，也认识身边的这个世界。",
        "东湖路小学六年级二班 王小明",
        "辅导老师 李红",
        "老师点评：文章从小事写起，语言朴实，真实地写出了自己与书一起成长的过程，结尾点题自然。",
    ]))
    assert outline(doc) == []
    assert "辅导老师李红" in paras(doc)  # (typography drops the blank between CJK words)


def test_a_sentence_counting_the_ways_it_lists_is_no_part_label():
    doc, _ = clean("\n".join([
        "总结的种类和写法",
        "总结是对过去一段时间工作的回顾，机关、企业和学校都常用，写好总结对改进今后的工作很有帮助。",
        "总结的正文通常有三种写法：",
        "一是按时间顺序写，即把工作分成几个阶段逐一叙述，适合时间线清楚的工作；",
        "二是按内容分类写，即把工作分成几个方面逐项说明，适合头绪较多的工作；",
        "三是对比写法，即把今年和去年的情况放在一起比较，突出变化。",
    ]))
    assert outline(doc) == []


def test_siblings_that_are_all_label_and_value_fields_run_in_though_lines_stand_between_them():
    doc, _ = clean("\n".join([
        "迎新年游园会活动方案",
        "一、活动背景",
        "新年将至，为活跃校园文化生活，丰富同学们的课余时间，学生会决定举办迎新年游园活动。",
        "二、活动准备",
        "（一）宣传：展板、横幅、校园广播、班级通知",
        "1、展板：2块摆放在图书馆门口和食堂门口。",
        "2、广播稿3篇：于活动前三天每天中午播出。",
        "（二）参与方式：以班级为单位自愿报名参加",
    ]))
    assert outline(doc) == [(1, "一、活动背景"), (1, "二、活动准备")]
    assert runins(doc)[0] == "（一）宣传："
    assert runins(doc)[-1] == "（二）参与方式："


def test_a_numbered_provision_wrapped_before_its_sentence_ends_is_joined_and_stays_text():
    # A PDF extraction wraps at widths that vary with half-width characters: no single width.
    doc, _ = clean("\n".join([
        "（二）值班安排：",
        "1.周六至周日：上午八时至十一时三十分，下午二时三十",
        "分至五时。",
        "2.值班时间内，值班人员除外出处置突发事件者外，一律",
        "在岗。",
    ]))
    assert outline(doc) == []
    assert "1.周六至周日：上午八时至十一时三十分，下午二时三十分至五时。" in paras(doc)


def test_numbered_lines_under_a_provision_written_as_a_sentence_are_its_items():
    doc, _ = clean("\n".join([
        "一、本单位职工的考勤，除经单位负责人批准的外，一律以指纹打卡登记上下班时间。",
        "二、本单位作息时间规定如下：",
        "（一）夏季作息时间：",
        "1.上午：八时至十二时。",
        "2.下午：二时三十分至六时。",
        "（二）冬季作息时间：",
        "1.上午：八时三十分至十二时。",
        "2.下午：二时至五时三十分。",
    ]))
    assert outline(doc) == []


def test_parts_under_a_heading_keep_their_headings_beside_provisions_elsewhere():
    # The guard above judges a line by its own parent only.
    doc, _ = clean("\n".join([
        "一、工作目标",
        "通过集中整治，使全镇环境卫生面貌明显改善，群众满意度显著提高，长效机制基本建立。",
        "二、主要任务",
        "（一）清理积存垃圾",
        "对各村的房前屋后、河塘沟渠开展一次全面清理，做到垃圾日产日清，不留死角。",
        "（二）整治乱堆乱放",
        "对占道经营、乱堆柴草和建筑材料的情况进行集中整治，限期清理到位。",
    ]))
    assert outline(doc) == [(1, "一、工作目标"), (1, "二、主要任务"), (2, "（一）清理积存垃圾"),
                            (2, "（二）整治乱堆乱放")]


def test_an_outline_number_closed_by_a_dot_is_read_as_its_level():
    doc, _ = clean("\n".join([
        "1、目的：",
        "为规范员工出勤管理，维护正常的工作秩序，特制定本办法。",
        "2、职责：",
        "2.1. 行政部：",
        "负责考勤制度的制定、宣传与执行情况的检查，每月汇总考勤结果并公布。",
        "2.2. 各部门负责人：",
        "负责本部门员工日常出勤的监督，按时审核请假和加班申请，发现问题及时纠正。",
    ]))
    assert outline(doc) == [(1, "1、目的："), (1, "2、职责："), (2, "2.1. 行政部："), (2, "2.2. 各部门负责人：")]


def test_a_digit_numbered_chapter_above_its_first_decimal_child_is_a_heading():
    doc, _ = clean("\n".join([
        "某县地震应急预案",
        "1 总则",
        "1.1 编制目的",
        "为有效应对地震灾害，最大限度减少人员伤亡和财产损失，保障社会稳定，制定本预案。",
        "1.2 适用范围",
        "本预案适用于本县行政区域内发生的地震灾害的应对工作。",
        "2 组织体系",
        "2.1 指挥机构",
        "县抗震救灾指挥部负责统一领导、指挥和协调全县地震灾害的应急处置工作。",
    ]))
    assert outline(doc) == [(1, "1 总则"), (2, "1.1 编制目的"), (2, "1.2 适用范围"),
                            (1, "2 组织体系"), (2, "2.1 指挥机构")]


def test_a_line_opening_with_a_number_and_a_blank_but_no_decimal_child_stays_text():
    doc, _ = clean("\n".join([
        "社区活动简报",
        "3 月份社区共开展各类活动十余场，参与居民达五百余人次，受到广泛好评。",
        "下一步，社区将继续丰富活动形式，满足居民多样化的文化需求。",
    ]))
    assert outline(doc) == []


def test_numbered_items_whose_heads_enumerate_two_phrases_run_in_beside_each_other():
    doc, _ = clean("\n".join([
        "（三）工作原则",
        "1.统一领导、分工负责。在镇党委的统一领导下，各部门按照职责分工，密切配合，形成合力。",
        "2.预防为主、防救结合。坚持把预防放在首位，加强日常巡查，做到早发现、早报告、早处置。",
        "3.依靠科学、依法规范。采用先进的监测手段，依照有关法规开展应急处置工作。",
    ]))
    assert runins(doc) == ["1.统一领导、分工负责。", "2.预防为主、防救结合。", "3.依靠科学、依法规范。"]


def test_numbered_provisions_opening_with_a_clause_stay_running_text():
    doc, _ = clean("\n".join([
        "一、工作要求",
        "1.在汛期到来之前，各村要对辖区内的危险地段进行一次全面排查，建立台账。",
        "2.对排查出的隐患，要明确责任人，限期整改，确保安全度汛。",
    ]))
    assert runins(doc) == []


def test_an_outlines_chapter_and_first_section_on_one_extracted_line_are_split():
    doc, _ = clean("\n".join([
        "某镇森林防火应急预案",
        "1、总则 1.1 编制目的 为有效预防和扑救森林火灾，保护森林资源和人民群众生命财产安全，制定本预案。",
        "1.2 编制依据 依据《森林防火条例》等法律法规，结合本镇实际制定。",
        "1.3 适用范围 本预案适用于本镇行政区域内发生的森林火灾的预防和扑救。",
    ]))
    assert outline(doc)[:2] == [(1, "1、总则"), (2, "1.1 编制目的")]
    assert "为有效预防和扑救森林火灾，保护森林资源和人民群众生命财产安全，制定本预案。" in paras(doc)


def test_a_chapter_followed_by_a_section_of_another_chapter_is_not_split():
    doc, _ = clean("\n".join([
        "1、总则 2.1 编制目的 为有效预防和扑救森林火灾，保护森林资源和人民群众生命财产安全，制定本预案。",
    ]))
    assert outline(doc) == []


def test_a_part_after_a_same_family_list_numbered_afresh_still_finds_its_sibling():
    doc, _ = clean("\n".join([
        "春季植树活动方案",
        "五、活动地点",
        "城东滨河公园北侧绿化带，由园林所工作人员现场划定种植区域并提供工具。",
        "六、活动安排",
        "一.上午八点在公园北门集合，各班清点人数后由班长带队进入种植区域。",
        "二.每组领取树苗和工具，在工作人员指导下完成挖坑、栽种、浇水等环节。",
        "七、经费预算",
    ]))
    assert outline(doc) == [(1, "五、活动地点"), (1, "六、活动安排"), (1, "七、经费预算")]


def test_the_title_of_a_document_a_notice_issues_heads_its_chapters():
    doc, _ = clean("\n".join([
        "各村委会、镇直各单位：",
        "《某镇防汛抢险应急预案》已经镇政府研究同意，现印发给你们，请认真贯彻执行。",
        "某镇人民政府办公室",
        "某镇防汛抢险应急预案",
        "一、总则",
        "（一）编制目的",
        "为做好防汛抢险工作，保障人民群众生命财产安全，结合本镇实际，制定本预案。",
        "（二）适用范围",
        "本预案适用于本镇行政区域内洪涝灾害的预防和应急处置。",
    ]))
    assert outline(doc) == [(1, "某镇防汛抢险应急预案"), (2, "一、总则"), (3, "（一）编制目的"), (3, "（二）适用范围")]


def test_numbered_sentences_a_forum_reply_wraps_by_hand_are_list_items():
    # The poster breaks lines where the box ends, not where sentences end: "1、" runs on below.
    doc, _ = clean("\n".join([
        "社团干事工作心得",
        "一、我对干事工作的理解",
        "干事是社团和同学之间的桥梁，既要把社团的安排传达到位，也要把同学们的想法及时反映上来。",
        "二、我的几点做法",
        "我这一学期是这样做的",
        "1、每次活动前都提前一天在群里发通知，提醒大家带好东西，这样到了现场",
        "就不会手忙脚乱，也能节省不少时间",
        "2、活动结束后收集同学们的意见，整理好交给部长，让下次活动办得更好",
    ]))
    assert outline(doc) == [(1, "一、我对干事工作的理解"), (1, "二、我的几点做法")]


def test_numbered_headings_over_a_hard_wrapped_body_stay_headings():
    # A heading of clauses over body lines a document site wrapped: the body ends its sentences.
    doc, _ = clean("\n".join([
        "学校安全工作要点",
        "1、健全制度，压实责任",
        "学校成立安全工作领导小组，校长任组长，分管副校长具体负责，",
        "各年级明确一名安全联络员。",
        "2、排查隐患，及时整改",
        "每月开展一次校园安全大检查，发现问题当场登记，限期整改到位。",
    ]))
    assert outline(doc) == [(1, "1、健全制度，压实责任"), (1, "2、排查隐患，及时整改")]


def test_a_speechs_first_part_glued_after_the_sentence_announcing_the_parts():
    # A page cut short: only 一、 is visible, glued after "讲三点意见。" and glued to its own body.
    doc, _ = clean("\n".join([
        "镇长在全镇经济工作会议上的讲话",
        "同志们：刚才几位同志分别通报了各自分管领域的情况，讲得都很实在，我都同意。下面，我结合全镇实际，"
        "再讲三点意见。一、认清发展形势，增强做好工作的信心今年以来，全镇上下围绕年初确定的目标，"
        "克服了资金紧张、项目落地慢等困难，各项主要指标保持平稳增长。",
    ]))
    assert outline(doc) == [(1, "一、认清发展形势，增强做好工作的信心")]
    assert paras(doc)[-1].startswith("今年以来，全镇上下")


def test_a_count_in_running_text_before_a_numbered_clause_cuts_nothing():
    # No part glued after the count: "讲三点意见。" then prose, the 一、 later inside a sentence.
    doc, _ = clean("\n".join([
        "会议纪要",
        "会上，主任讲三点意见。大家认为要抓好落实，一、二季度的任务要按时完成，不得拖延。",
    ]))
    assert outline(doc) == []
    assert len(paras(doc)) == 1


def test_a_first_child_set_off_by_a_blank_under_its_part_where_the_page_ends():
    # A 文库 preview cut after the first item of 二、: its place proves it, no sibling is left.
    doc, _ = clean("\n".join([
        "冬季施工安全应急预案",
        "一、编制目的",
        "为做好冬季施工期间突发事件的防范和处置工作，保障施工人员生命安全，特制定本预案。",
        "二、组织机构",
        "1、领导小组 项目部成立冬季施工应急领导小组，由项目经理任组长，负责应急工作的统一指挥。",
    ]))
    assert outline(doc) == [(1, "一、编制目的"), (1, "二、组织机构"), (2, "1、领导小组")]


def test_a_lone_item_set_off_by_a_blank_with_text_between_it_and_its_part_stays_text():
    doc, _ = clean("\n".join([
        "冬季施工安全应急预案",
        "一、编制目的",
        "为做好冬季施工期间突发事件的防范和处置工作，保障施工人员生命安全，特制定本预案。",
        "二、组织机构",
        "项目部设应急领导小组和现场处置组，各组职责如下，由项目经理统一协调。",
        "1、领导小组 负责应急工作的统一指挥，组织召开应急会议，决定是否启动本预案。",
    ]))
    assert outline(doc) == [(1, "一、编制目的"), (1, "二、组织机构")]


def test_labels_set_off_from_their_explanation_by_a_dash_run_in():
    doc, _ = clean("\n".join([
        "通知的写法",
        "通知一般由三部分组成，写作时要做到条理清楚、语言简明。",
        "1.标题——写明发文机关、事由和文种，也可以省去发文机关。",
        "2.正文——交代通知的缘由、事项和执行要求，事项较多时可以分条列出。",
        "3.落款——署发文单位和日期。",
        "以上内容仅供参考，具体写法请结合单位实际。",
    ]))
    assert runins(doc) == ["1.标题", "2.正文", "3.落款"]
    assert outline(doc) == []
    assert "——署发文单位和日期。" in "".join(paras(doc))


def test_a_subtitle_dash_after_a_numbered_heading_is_no_label():
    # "——" opening a subtitle after a longer heading, nothing after it to explain: no run-in.
    doc, _ = clean("\n".join([
        "读书心得",
        "一、读书使人明智——读《论语》的几点体会",
        "孔子说“学而不思则罔，思而不学则殆”，读书与思考必须结合起来，才能真正有所收获。",
        "二、读书贵在坚持——读《曾国藩家书》有感",
        "曾国藩一生勤于读书，即使军务繁忙也从不间断，这份坚持值得我们每个人学习和效仿。",
    ]))
    assert runins(doc) == []
    assert [text for _, text in outline(doc)] == ["一、读书使人明智——读《论语》的几点体会",
                                                  "二、读书贵在坚持——读《曾国藩家书》有感"]

"""Numbered and labelled lines whose place in the page says they are a list, a menu or a
speaker's tag, not sections (issue 18, round h24: forms that carry to sites nobody tuned for).
Fixtures written for the project, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_run_of_chapter_lines_with_no_text_between_is_a_menu():
    # A reading site's chapter menu beside the chapter it shows: four chapter lines in a row,
    # none with a word of its own under it, is a list of links, not four sections.
    doc, _ = clean("\n".join([
        "山谷里的灯塔",
        "第一章 迷雾初起",
        "第二章 守塔老人",
        "第三章 暴雨之夜",
        "第四章 远方来信",
        "那天清晨，雾气从山谷深处漫上来，把整座小镇裹得严严实实，连钟楼的尖顶都看不见了。",
        "阿青推开窗，听见远处传来断断续续的汽笛声，她知道这是渡船在提醒岸上的人们。",
    ]))
    assert outline(doc) == []
    assert {"第一章 迷雾初起", "第四章 远方来信"} <= set(paras(doc))


def test_chapters_each_over_their_own_text_stay_sections():
    # The near miss: the same chapter lines, each over its own paragraph, are the book's sections.
    doc, _ = clean("\n".join([
        "山谷里的灯塔",
        "第一章 迷雾初起",
        "那天清晨，雾气从山谷深处漫上来，把整座小镇裹得严严实实，连钟楼的尖顶都看不见了。",
        "第二章 守塔老人",
        "守塔的老人姓周，在这座灯塔里住了三十多年，每天傍晚都会准时点亮塔顶的灯。",
        "第三章 暴雨之夜",
        "入夜以后雨越下越大，海面上的浪一阵高过一阵，老人披上雨衣爬上了塔顶。",
    ]))
    assert outline(doc) == [(1, "第一章 迷雾初起"), (1, "第二章 守塔老人"), (1, "第三章 暴雨之夜")]


def test_speakers_tags_in_brackets_are_no_sections():
    # A meeting's verbatim record: each speaker's bracketed tag on its own line, the chair's
    # coming back after others and right after itself. A speaker is no section.
    doc, _ = clean("\n".join([
        "社区议事会第三次会议实录",
        "[主持人]",
        "到会人数已过半，现在是下午两点整，议事会开始，请各位把手机调成静音。",
        "[居民代表王芳]",
        "想问一下小区东门的路灯什么时候能修好，晚上老人出门很不方便。",
        "[主持人]",
        "物业上周已经报修，零件到货后三天内装好，这件事放到最后一项再议。",
        "[主持人]",
        "下面请业委会通报停车位的分配方案。",
        "[业委会刘强]",
        "这次一共排出四十个车位，先按登记顺序抽签，剩下的再按月租分配。",
    ]))
    assert outline(doc) == []
    assert {"[主持人]", "[居民代表王芳]"} <= set(paras(doc))


def test_speakers_names_alone_on_their_lines_are_no_sections():
    doc, _ = clean("\n".join([
        "读书会访谈记录",
        "主持人",
        "欢迎两位嘉宾来到今天的读书会，先请您谈谈最近在读的一本书。",
        "林老师",
        "我最近在读一本讲老城街巷的随笔集，作者一条巷子一条巷子地走，写得很细。",
        "主持人",
        "这本书里有没有哪一段让您特别有感触？",
        "陈编辑",
        "我印象最深的是写菜市场的那一篇，早上五点的人声和灯光都写出来了。",
        "主持人",
        "谢谢两位，今天的访谈就到这里。",
    ]))
    assert outline(doc) == []


def test_labels_coming_round_in_each_sample_stay_sections():
    # The near miss: two lesson plans on one page, each with the same bracketed parts in the
    # same order (the second cut short): the names recur as a cycle, sections of each sample.
    doc, _ = clean("\n".join([
        "小班科学活动教案两篇",
        "【活动目标】",
        "认识常见的几种水果，能说出它们的颜色和形状。",
        "【活动准备】",
        "苹果、香蕉、橘子各一个，水果图片若干张。",
        "【活动过程】",
        "教师出示水果，请幼儿轮流摸一摸、闻一闻，再说说自己最喜欢哪一种。",
        "【活动目标】",
        "感知磁铁能吸住铁制的东西，愿意动手试一试。",
        "【活动准备】",
        "磁铁每人一块，回形针、木块、纸片放在托盘里。",
    ]))
    assert [text for _, text in outline(doc)] == ["【活动目标】", "【活动准备】", "【活动过程】",
                                                "【活动目标】", "【活动准备】"]


def test_long_numbered_items_stacked_without_text_are_a_list():
    # Two games of a lesson's part, each a long phrase with a comma, one right under the other:
    # the items of the part's list, however the part's own text goes on below them.
    doc, _ = clean("\n".join([
        "大班体育游戏教案",
        "一、活动目标",
        "练习单脚跳和双脚跳，能听口令改变跳的方向，体验和同伴一起游戏的快乐。",
        "二、活动准备",
        "场地上画好大小不同的圆圈，准备小红旗六面，哨子一只。",
        "三、活动过程",
        "1、第一轮比赛，看哪一队跳过的圆圈最多",
        "2、第二轮比赛，看哪一队最先把红旗送到终点",
        "比赛结束后请幼儿说一说，自己是用什么办法跳得又快又稳的。",
    ]))
    assert outline(doc) == [(1, "一、活动目标"), (1, "二、活动准备"), (1, "三、活动过程")]
    assert "1、第一轮比赛，看哪一队跳过的圆圈最多" in paras(doc)


def test_long_numbered_names_each_over_their_text_stay_sections():
    # The near miss: names as long, each over its own paragraph, or over its first child.
    doc, _ = clean("\n".join([
        "街道二〇二四年上半年工作总结",
        "上半年，街道围绕年初确定的目标任务，扎实推进各项工作，现将有关情况报告如下：",
        "一、抓好老旧小区改造，补齐居住环境短板",
        "全年计划改造的六个小区已开工四个，雨污分流和外墙保温工程同步推进，居民投诉明显减少。",
        "二、做实社区养老服务，回应老人急难愁盼",
        "（一）扩大助餐点覆盖",
        "新开助餐点三处，每天为四百多位老人送餐上门，菜单每周由老人代表一起商定。",
        "（二）开展上门巡访",
        "组织志愿者对独居老人每周巡访一次，发现问题当天报给社区网格员处理。",
    ]))
    assert outline(doc) == [(1, "一、抓好老旧小区改造，补齐居住环境短板"),
                            (1, "二、做实社区养老服务，回应老人急难愁盼"),
                            (2, "（一）扩大助餐点覆盖"), (2, "（二）开展上门巡访")]


def test_bare_part_names_over_one_sentence_each_are_the_parts_sections():
    # A letter guide's part: the letter's elements by bare name, each over its explanation, some
    # of them one short sentence; the sample letter's closing words below stay its text.
    doc, _ = clean("\n".join([
        "一、感谢信的组成",
        "感谢信写给帮助过自己的单位或个人，篇幅不长，但几个部分缺一不可，顺序也要按惯例来。",
        "称呼",
        "顶格写受信的单位名称或个人姓名，后面加冒号，如“社区志愿服务队：”。",
        "正文",
        "先写对方在什么时候、因为什么事帮助了自己，再写这份帮助带来的变化，最后表达谢意。",
        "落款",
        "写上感谢人的姓名和写信日期。",
        "二、示例",
        "社区志愿服务队：",
        "上个月家里老人突发急病，多亏你们连夜帮忙联系车辆送医，老人现已康复出院，全家人十分感激。",
        "此致",
        "敬礼！",
    ]))
    assert outline(doc) == [(1, "一、感谢信的组成"), (2, "称呼"), (2, "正文"), (2, "落款"), (1, "二、示例")]
    assert {"此致", "敬礼！"} <= set(paras(doc))


def test_bracketed_labels_over_paragraphs_or_numbered_parts_are_the_pages_sections():
    # One label over its paragraph, the next right over its own 一、 parts: both the page's
    # sections, the parts one level below.
    doc, _ = clean("\n".join([
        "社区读书月活动方案",
        "【活动目的】",
        "引导居民养成读书的习惯，让社区书屋真正用起来，也给孩子们一个假期里安静读书的去处。",
        "【前期准备】",
        "一、场地布置",
        "活动前一天由网格员整理书屋，摆好桌椅，借阅登记表放在门口。",
        "二、图书征集",
        "向居民征集闲置图书，每捐一本可换一张借阅卡，征集截止到本月十五日。",
    ]))
    assert outline(doc) == [(1, "【活动目的】"), (1, "【前期准备】"), (2, "一、场地布置"), (2, "二、图书征集")]


def test_one_bracketed_label_over_a_list_stays_body():
    # The near miss: a lone label over its numbered points names no section of its own.
    doc, _ = clean("\n".join([
        "图书借阅须知",
        "本书屋对社区全体居民开放，借阅前请先到服务台办理借阅卡，凭卡借书还书。",
        "【温馨提示】",
        "1、每人每次最多借阅两本书，借期两周，可以续借一次。",
        "2、图书如有损坏或遗失，请按原价赔偿或购买同样的新书归还。",
        "3、书屋内请保持安静，不要在阅览区饮食或大声接打电话。",
    ]))
    assert [text for _, text in outline(doc)] == []


def test_a_parts_first_element_right_under_the_parts_name_is_one_of_its_elements():
    # The first element's name stands right under "一、…", the others under the text before them.
    doc, _ = clean("\n".join([
        "写好会议通知，下面几点要先想清楚：",
        "一、通知要写清的内容",
        "时间地点",
        "- 写明开会的日期、起止时刻和会议室的门牌号，地点不好找的附上路线。",
        "参会人员",
        "- 写明哪些部门、哪些岗位的人参加，需要带材料的一并说明。",
        "会议议程",
        "- 按先后顺序列出要讨论的事项，每项注明由谁汇报、大约多长时间。",
        "二、发送方式",
        "通知一般提前三天发到各部门的工作群，重要会议还要电话确认一遍。",
    ]))
    assert outline(doc) == [(1, "一、通知要写清的内容"), (2, "时间地点"), (2, "参会人员"), (2, "会议议程"),
                            (1, "二、发送方式")]


def test_an_article_number_alone_on_its_line_is_no_element_name():
    doc, _ = clean("\n".join([
        "一、本会章程节录",
        "第卅五條",
        "本会会员应按时缴纳会费，连续两年未缴纳的，视为自动退会。",
        "第卅六條",
        "本会理事任期三年，可以连选连任，但连任不得超过两届。",
        "第卅七條",
        "本章程经会员大会通过后施行，修改时亦同。",
    ]))
    assert "第卅六條" not in [text for _, text in outline(doc)]

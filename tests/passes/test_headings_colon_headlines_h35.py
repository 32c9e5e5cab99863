"""Colon-titled headlines (round 35, issue 18): a feature's or a guide's part named by a short label,
a colon and a headline ("观察：…", "做法：…"), alone between two paragraphs, one or several on a page,
beside numbered parts or bare sub-heads. Look-alikes stay paragraphs: a field whose label names the
words it quotes (a theme, a slogan, a title), a field among fields, a speaker's line.
Fixtures written for the project (made-up names and text, the form only)."""

from __future__ import annotations

from helpers import clean, outline, paras

INTRO = ["临近年底，不少单位开始布置年度总结，记者走访了几家机关和企业，发现套用模板的现象相当普遍。",
         "一位在物流公司做调度的员工说，他的总结几乎全是从网上下载后改了几个数字，前后只花了半个小时。"]
AFTER = ["一位部门负责人说，两份总结连“存在的不足”一段都一字不差，只好退回去让他们重写。",
         "人事专家建议，平时养成记工作日志的习惯，年底写总结时就有具体的事和数字可写。"]


def test_a_lone_colon_headline_between_paragraphs_is_a_heading():
    headline = "怪现象：两个科室交来的总结几乎一模一样"
    doc, _report = clean("\n".join(["年终总结为何千篇一律", *INTRO, headline, *AFTER]))
    assert outline(doc) == [(1, headline)]
    assert paras(doc) == [*INTRO, *AFTER]


def test_a_colon_headline_stands_above_the_numbered_parts_below_it():
    doc, _report = clean("\n".join([
        "说课稿怎样写才出彩",
        "说课稿在教师招聘、职称评审和教学比赛中经常用到，好的说课稿要在十分钟里讲清设计思路。",
        "基本框架：先把架子搭起来再往里填内容",
        "一篇完整的说课稿包括说教材、说学情、说目标、说过程几个部分，前面的分析是后面设计的依据。",
        "1. 说教材：找准本课的位置",
        "要讲清本课在单元中的位置，以及它和前后课文的联系，让评委看到你对教材的整体把握。",
        "2. 说学情：看清学生的起点",
        "要具体分析学生已经会什么、可能卡在哪里，不写“学生基础较好”之类的套话。",
    ]))
    assert outline(doc) == [(1, "基本框架：先把架子搭起来再往里填内容"),
                            (2, "1. 说教材：找准本课的位置"), (2, "2. 说学情：看清学生的起点")]


def test_a_colon_headline_holds_the_bare_sub_heads_under_it():
    doc, _report = clean("\n".join([
        "获奖说课稿是怎样炼成的",
        "在去年的全市说课比赛中拿到一等奖的几位老师，都说自己的秘诀是把学情分析讲透了。",
        "这正是好说课稿的价值：不只说清教什么，更要说清为什么这样教。",
        "核心要素：获奖说课稿离不开的三个抓手",
        "教材分析要找准位置",
        "不但要说本课的内容，还要说清它在整个单元和整册书中的位置和作用，前后联系讲明白。",
        "学情分析要落到实处",
        "不要写“学生思维活跃”这样的套话，而要写清学生已经会什么、可能会在哪一步卡住。",
    ]))
    assert outline(doc) == [(1, "核心要素：获奖说课稿离不开的三个抓手"),
                            (2, "教材分析要找准位置"), (2, "学情分析要落到实处")]


def test_a_field_quoting_a_theme_or_a_slogan_stays_a_paragraph():
    for field in ("活动主题：传承红色基因争做时代新人", "活动口号：节约每一滴水从我做起",
                  "作文题目：记一次难忘的社区义务劳动"):
        lines = [*INTRO, field, *AFTER]
        doc, _report = clean("\n".join(["柳溪社区主题活动方案", *lines]))
        assert outline(doc) == [], field
        assert paras(doc) == lines, field


def test_a_field_among_fields_and_a_speakers_line_stay_paragraphs():
    fields = [*INTRO, "承办部门：柳溪社区居委会文体活动小组", "协办部门：柳溪社区志愿者服务站", *AFTER]
    doc, _report = clean("\n".join(["柳溪社区主题活动方案", *fields]))
    assert outline(doc) == []
    assert paras(doc) == fields
    talk = [*INTRO, "王老师：把学生真正放在课堂的中央", AFTER[0], "王老师：每节课都留出十分钟给学生提问",
            AFTER[1]]
    doc, _report = clean("\n".join(["一次教研活动的记录", *talk]))
    assert outline(doc) == []


def test_a_colon_headline_after_the_numbered_parts_stands_beside_them():
    doc, _report = clean("\n".join([
        "社区简报怎样编才有人看",
        "许多社区都在编简报，但不少简报印出来就进了抽屉，很少有人认真翻看，编的人也觉得没意思。",
        "一、选题要小",
        "一期简报只讲一两件事，把事情的来龙去脉讲清楚，比面面俱到的流水账更有人看。",
        "二、标题要实",
        "标题要让人一眼看出讲的是什么事，少用口号式的大标题，多用具体的数字和事实。",
        "编后记：让简报从抽屉里走出来的三点体会",
        "这几年我们把简报贴进楼道、发进居民群，读的人多了，提意见的人也多了，简报越编越实在。",
    ]))
    assert outline(doc) == [(1, "一、选题要小"), (1, "二、标题要实"), (1, "编后记：让简报从抽屉里走出来的三点体会")]

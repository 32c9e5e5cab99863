"""A know-how page's lone sample label ("范文", "例文", "示例") over the sample it gives: a part of
the page when the lines below open a document (its title over the line naming its readers, or
that line at once), with the sample's title a level under it (labels.sample_labels). Fixtures
written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_sample_label_over_a_titled_document_is_a_part_and_the_title_under_it():
    doc, _ = clean("\n".join([
        "借用场地的函怎么写",
        "向不相隶属的单位借用场地，要用函。下面说说它的几个部分。",
        "一、标题",
        "由发函单位、事由和文种组成，也可以只写事由和文种。",
        "二、正文",
        "先说借用的原因，再说借用的时间、用途和人数，最后表示感谢。",
        "范文",
        "关于借用体育馆举办职工运动会的函",
        "某某区文化体育中心：",
        "我单位拟于五月中旬举办职工运动会，因单位没有合适的场地，想借用贵中心体育馆两天。",
        "妥否，请函复。",
        "某某公司工会",
    ]))
    assert outline(doc) == [(1, "一、标题"), (1, "二、正文"), (1, "范文"), (2, "关于借用体育馆举办职工运动会的函")]
    assert paras(doc)[-2] == "妥否，请函复。"


def test_a_sample_label_over_a_salutation_is_a_part_of_its_own():
    doc, _ = clean("\n".join([
        "婚宴答谢词的写法",
        "答谢词要短，先谢来宾，再谢双方父母，最后祝大家吃好喝好，一般不超过三分钟。",
        "称呼要照顾到在座的长辈和领导，不要漏掉远道而来的客人。",
        "例文",
        "各位来宾、各位亲朋好友：",
        "今天是我和妻子结婚的日子，感谢大家在百忙之中赶来为我们祝福。",
        "最后，祝大家身体健康、万事如意！",
    ]))
    assert outline(doc) == [(1, "例文")]


def test_a_sample_label_over_an_example_sentence_stays_text():
    doc, _ = clean("\n".join([
        "分论点怎样写",
        "一、句式整齐",
        "几个分论点的句式最好相近，字数相当，读起来有节奏。",
        "示例：",
        "运动，可以强健体魄。",
        "运动，可以磨炼意志。",
        "二、角度清楚",
        "每个分论点只从一个角度展开，不要互相包含。",
    ]))
    assert outline(doc) == [(1, "一、句式整齐"), (1, "二、角度清楚")]
    assert "示例：" in paras(doc)


def test_a_channel_word_over_the_title_repeated_is_no_part():
    doc, _ = clean("\n".join([
        "范文",
        "班干部竞选演讲稿",
        "竞选演讲要讲清自己为什么想当、当上以后准备做什么，时间控制在两分钟以内。",
        "同学们好，我想竞选班级的学习委员，因为我愿意和大家一起把学习搞上去。",
    ]))
    assert "范文" not in [text for _, text in outline(doc)]


def test_a_numbered_part_naming_its_sample_holds_the_samples_title_a_level_down():
    doc, _ = clean("\n".join([
        "停水通知怎么写",
        "一、写作要点",
        "1. 标题",
        "直接写“停水通知”，或者在前面加上小区的名称。",
        "2. 正文",
        "写清停水的原因、起止时间和影响的楼栋，提醒住户提前储水。",
        "二、范文一则",
        "停水通知",
        "各位业主：",
        "因小区二次供水设备检修，本周六上午八时至下午五时全小区停水，请提前做好储水准备。",
        "某某物业服务中心",
    ]))
    assert outline(doc) == [(1, "一、写作要点"), (2, "1. 标题"), (2, "2. 正文"), (1, "二、范文一则"), (2, "停水通知")]


def test_a_numbered_part_naming_a_sample_over_plain_text_holds_no_title():
    doc, _ = clean("\n".join([
        "简报的写法",
        "一、正文的结构",
        "简报的正文一般先概述，再分条写做法和成效，最后写下一步打算。",
        "二、正文示例",
        "本周，某某局组织开展了安全生产大检查，共检查企业十二家，发现隐患九处。",
        "检查组当场反馈问题，督促企业限期整改，整改情况下周通报。",
    ]))
    assert outline(doc) == [(1, "一、正文的结构"), (1, "二、正文示例")]

"""Colon labels standing alone on their line as a page's (or each sample's) sections (issue 18,
round 23: colon_sections.py), and the near misses that stay body: a salutation, a form's stacked
fields, field lines with their values, a list of terms each glossed by a short sentence, sentences
that introduce what follows. Fixtures written for the project: made-up text in the forms real
pages take."""

from __future__ import annotations

from helpers import clean, outline, paras


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_each_samples_colon_labels_are_its_sections_above_its_numbered_steps():
    # Two samples print the same three labels: read sample by sample, each label once in each.
    doc, _ = clean(lines(
        "小学劳动课教学设计（精选2篇）",
        "劳动课教学设计 篇1",
        "教学目的：",
        "1、学会用抹布和水桶擦净课桌，知道先湿擦后干擦的顺序。",
        "2、愿意为班级出力，体会劳动后教室变整洁的快乐。",
        "课前准备：",
        "每个小组准备水桶一只、抹布四块、小刷子两把，教师提前录好示范视频。",
        "教学步骤：",
        "一、看一看",
        "教师播放示范视频，请学生说一说擦桌子分几步，每一步要注意什么。",
        "二、试一试",
        "学生分组擦桌子，教师巡视，提醒学生拧干抹布，不要把水洒在地上。",
        "劳动课教学设计 篇2",
        "教学目的：",
        "1、认识几种常见的叶菜，能说出它们的名字。",
        "2、学会择菜的方法，养成爱惜粮食的习惯。",
        "教学步骤：",
        "一、认一认",
        "教师出示菠菜、油麦菜和小白菜，请学生观察叶子的形状和颜色有什么不同。",
        "二、择一择",
        "学生两人一组，把黄叶和烂叶挑出来，再把菜根切掉，放进篮子里。",
    ))
    # (the sample marker's blank is dropped, as for every sample marker)
    assert outline(doc) == [
        (1, "劳动课教学设计篇1"), (2, "教学目的："), (2, "课前准备："), (2, "教学步骤："),
        (3, "一、看一看"), (3, "二、试一试"),
        (1, "劳动课教学设计篇2"), (2, "教学目的："), (2, "教学步骤："), (3, "一、认一认"), (3, "二、择一择")]


def test_colon_labels_of_a_page_without_samples_are_its_top_sections():
    doc, _ = clean(lines(
        "社区夜市整治工作安排",
        "为改善居民夜间出行环境，街道决定对东门夜市进行为期一个月的集中整治，现将有关事项安排如下。",
        "整治范围：",
        "东门路自公交站台至菜市场入口一段，长约四百米，包括两侧人行道和绿化带。",
        "责任分工：",
        "1、街道城管中队负责占道摊点的劝导和登记。",
        "2、社区居委会负责联系摊主，发放整治告知书。",
        "工作要求：",
        "各责任单位要每天晚上安排人员值守，发现问题当场处理，处理不了的及时上报街道。",
    ))
    assert outline(doc) == [(1, "整治范围："), (1, "责任分工："), (1, "工作要求：")]
    assert "1、街道城管中队负责占道摊点的劝导和登记。" in paras(doc)


def test_a_salutation_and_one_label_stay_paragraphs():
    # A letter's greeting opens its text above a paragraph; one more label is no series.
    doc, _ = clean(lines(
        "尊敬的各位评委：",
        "我叫王小明，来自城南中学初二（3）班，今天我演讲的题目是《我和我的书架》。",
        "补充说明：",
        "本文中的人物和事件都是作者根据自己的经历改写的，如有雷同纯属巧合。",
    ))
    assert outline(doc) == []
    assert "尊敬的各位评委：" in paras(doc)
    assert "补充说明：" in paras(doc)


def test_a_forms_stacked_labels_and_field_lines_stay_paragraphs():
    doc, _ = clean(lines(
        "场地借用登记表",
        "借用单位：",
        "联系电话：",
        "借用事由：",
        "本单位拟于下月五日在多功能厅举办职工书法比赛，需借用场地一天，请予支持。",
        "姓名：张某某",
        "日期：20xx年x月x日",
    ))
    assert outline(doc) == []
    assert {"借用单位：", "联系电话：", "借用事由：", "姓名：张某某"} <= set(paras(doc))


def test_labels_a_sentence_introduces_each_glossed_by_a_short_sentence_are_a_list_of_terms():
    doc, _ = clean(lines(
        "值班制度的几个特点",
        "学校的值班制度经过几年的修订，已经比较成熟，归纳起来，主要有这样几个方面值得注意。",
        "这项制度的特点包括：",
        "规范性：",
        "每个岗位都有书面职责。",
        "连续性：",
        "节假日也不留空档。",
        "可查性：",
        "每次交接都要签字。",
        "制度执行得好不好，关键还在于每个值班人员是否认真。",
    ))
    assert outline(doc) == []
    assert {"规范性：", "连续性：", "可查性："} <= set(paras(doc))


def test_sentences_closed_by_a_colon_introduce_what_follows_and_head_nothing():
    doc, _ = clean(lines(
        "关于开展读书月活动的通知",
        "为营造书香校园氛围，学校决定在四月份开展读书月活动，请各班认真组织，确保活动取得实效。",
        "具体安排如下：",
        "第一周各班召开读书动员会，由班主任介绍本次活动的安排和要求，学生制定个人读书计划。",
        "主要做法有：",
        "每天午读二十分钟，每周写一篇读书笔记，月底评选读书之星，名单在校园网公布。",
    ))
    assert outline(doc) == []
    assert {"具体安排如下：", "主要做法有："} <= set(paras(doc))


def test_a_label_of_the_same_sections_glued_to_its_text_is_split_off():
    doc, _ = clean(lines(
        "大班美术活动设计（精选2篇）",
        "大班美术活动设计 篇1",
        "活动目标：",
        "1、学习用树叶拼贴出小动物的样子。",
        "2、大胆想象，愿意向同伴介绍自己的作品。",
        "活动准备：各种形状的干树叶、胶水、卡纸、记号笔",
        "活动过程：",
        "一、看一看",
        "教师出示几幅树叶贴画，请幼儿说一说画上有什么，是用什么做成的。",
        "二、做一做",
        "幼儿自选树叶在卡纸上拼贴，教师巡回指导，鼓励幼儿拼出和别人不一样的动物。",
    ))
    assert outline(doc)[1:4] == [(2, "活动目标："), (2, "活动准备："), (2, "活动过程：")]
    assert "各种形状的干树叶、胶水、卡纸、记号笔" in paras(doc)


def test_a_forms_field_lines_between_section_labels_stay_paragraphs():
    doc, _ = clean(lines(
        "房屋押金收条的写法",
        "租房时交了押金，一定要让房东写一张收条，下面说说收条怎么写，供大家参考。",
        "收条内容：",
        "收条要写明收款人和交款人的身份、押金的数额以及退还的条件，双方签字后各执一份。",
        "收款人：（签名） 日期： 年 月 日",
        "交款人：（签名） 日期： 年 月 日",
        "注意事项：",
        "押金数额要同时写大写和小写，两者必须一致，涂改过的收条最好重新写一张。",
    ))
    assert [text for _, text in outline(doc)] == ["收条内容：", "注意事项："]
    # (the typography pass closes the blank after the full-width bracket)
    assert any(p.startswith("收款人：（签名）") for p in paras(doc))

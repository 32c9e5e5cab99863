"""Sample markers of 范文 pages that put the number at the end of the sample's own words:
"…范文第1篇", "…范文1", "…范本一", "…心得体会1：" (only where the page announces several), a
marker glued before the sample's first sentence, and "【范例一】" over a labelled field.
Fixtures written for the project."""

from __future__ import annotations

import panflute as pf

from helpers import clean
from reportfmt.passes.elements import block_text
from reportfmt.passes.headings.samples import announces_samples, sample_marker


def outline(doc):
    return [(b.level, block_text(b)) for b in doc.content if isinstance(b, pf.Header)]


def paras(doc):
    return [block_text(b) for b in doc.content if isinstance(b, pf.Para)]


def test_the_samples_words_then_its_number_mark_a_sample():
    for line, number in [("员工考勤管理制度范文第1篇", 1), ("员工考勤管理制度 第二篇", 2),
                         ("食堂卫生管理制度范文3", 3), ("社区志愿活动总结范本一", 1), ("家访心得范例 2：", 2),
                         ("【範例一】", 1), ("範文二：", 2),
                         ("社区消防演练方案汇总1", 1), ("【第二篇】社区消防演练方案", 2), ("篇（三）", 3),
                         ("例文一：", 1), ("篇一 社区消防演练方案", 1), ("消防演练方案范文（二）", 2),
                         ("消防演练方案（范文一）", 1), ("消防演练方案（篇二）", 2)]:
        marker = sample_marker(line)
        assert marker is not None and marker.number == number, line
        assert marker.end == len(line)
    # Sentences and numbered items are not sample markers, whatever number closes them.
    for line in ["我们一共学习了范文3。", "共有范文2篇", "第一条 范文由办公室统一保管", "参考资料第3页",
                 "一、学习范文1", "千篇一律", "这是一篇 好文章", "篇幅一般",
                 # A compilation's part in brackets is a page of the title; a bare "(一)" is a section.
                 "读后感汇总（3）", "社区消防演练方案（一）"]:
        assert sample_marker(line) is None, line


def test_a_genre_word_numbered_marks_a_sample_only_on_a_page_announcing_several():
    assert sample_marker("读书活动心得体会1：") is None
    assert sample_marker("读书活动心得体会1：", announced=True).number == 1
    assert sample_marker("年度工作总结 2", announced=True).number == 2
    assert announces_samples(["读书活动心得体会范文（二篇）"]) and announces_samples(["管理制度【五篇】"])
    assert not announces_samples(["我写了一篇心得"]) and not announces_samples(["千篇一律的总结"])


def test_samples_numbered_after_their_words_become_top_level_sections():
    doc, report = clean("\n".join([
        "仓库安全管理制度（精选3篇）",
        "仓库安全管理制度范文第1篇",
        "一、仓库内严禁烟火，管理人员每日下班前检查电源。",
        "二、货物分区存放，通道保持畅通，不得堆放杂物。",
        "仓库安全管理制度范文第2篇",
        "为保障仓储物资安全，结合本单位实际，制定本制度，请各班组遵照执行。",
        "仓库安全管理制度范文3",
        "仓库实行专人负责制，出入库须登记，账物相符。每月盘点一次，发现问题及时上报。",
    ]))
    assert outline(doc) == [(1, "仓库安全管理制度范文第1篇"), (1, "仓库安全管理制度范文第2篇"),
                            (1, "仓库安全管理制度范文3")]
    assert not [r for r in report.removed if r["rule"] != "metadata.title"]


def test_a_genre_word_numbered_under_a_title_announcing_two_samples():
    doc, _ = clean("\n".join([
        "参观红色教育基地心得体会范文（二篇）",
        "参观基地心得体会1：",
        "这次参观让我深受触动，革命先辈的事迹让我明白了今天生活的来之不易。",
        "参观基地心得体会2：",
        "走进纪念馆，一件件展品讲述着艰苦奋斗的岁月，我要把这份感动化为学习的动力。",
    ]))
    assert [h for _, h in outline(doc)] == ["参观基地心得体会1：", "参观基地心得体会2："]


def test_a_marker_after_a_blank_glued_to_its_first_sentence_is_split():
    doc, _ = clean("\n".join([
        "社区工作计划汇编（4篇）",
        "社区工作计划 篇1为做好今年的社区服务工作，进一步提升居民满意度，特制定本计划。",
        "一、指导思想",
        "坚持以人民为中心，把群众的事当作自己的事来办。",
    ]))
    assert outline(doc)[0] == (1, "社区工作计划篇1")  # the typography pass closes the blank
    assert paras(doc)[0].startswith("为做好今年的社区服务工作")


def test_a_bare_marker_over_a_labelled_field_is_not_named_by_it():
    doc, _ = clean("\n".join([
        "春节团拜会致辞",
        "【范例一】",
        "【致辞人】××县文化馆馆长",
        "各位来宾，同志们：新春佳节即将到来，我代表馆领导班子向大家致以节日的问候。",
    ]))
    assert outline(doc) == [(1, "【范例一】")]
    assert paras(doc)[0] == "【致辞人】××县文化馆馆长"


def test_a_reading_tip_naming_one_sample_above_its_text_takes_only_its_own_line():
    body = ["入党积极分子培养流程（精选4篇）", "一、确定入党积极分子", "由党员推荐、群团组织推优产生人选。",
            "二、培养教育考察", "党组织指定两名正式党员作培养联系人。"]
    doc, report = clean("\n".join([
        *body, "延伸阅读：入党积极分子思想汇报范文",
        "xx年x月我被确定为入党积极分子，这一年里我认真学习党的理论，在工作中处处以党员的标准要求自己。",
    ]))
    assert paras(doc)[-1].startswith("xx年x月我被确定为入党积极分子")
    assert [r["text"] for r in report.removed if r["rule"].startswith("recommendations.")] == [
        "延伸阅读：入党积极分子思想汇报范文"]
    assert [m["text"] for m in report.masks] == ["xx", "x"]
    # A list of other pages' titles under the same tip still ends the page.
    doc, report = clean("\n".join([
        *body, "延伸阅读：入党积极分子思想汇报范文", "2024年入党积极分子思想汇报", "预备党员转正申请书…",
    ]))
    assert paras(doc)[-1] == "党组织指定两名正式党员作培养联系人。"
    assert len([r for r in report.removed if r["rule"].startswith("recommendations.")]) == 3


def test_a_letters_sample_glued_to_its_salutation_after_the_titles_words():
    # "倡议书1" glued to the first sample's short salutation: the marker, then the letter.
    doc, _ = clean("\n".join([
        "节约用水倡议书",
        "节约用水倡议书1尊敬的居民朋友:",
        "水是生命之源，我们每个人都离不开水。为了让有限的水资源得到合理利用，我们向全体居民发出如下倡议。",
        "节约用水倡议书2亲爱的同学们：",
        "节约用水要从身边的小事做起，洗手时随手关紧水龙头，发现漏水及时报告学校后勤处。",
    ]))
    assert [text for _, text in outline(doc)] == ["节约用水倡议书1", "节约用水倡议书2"]
    assert "尊敬的居民朋友:" in paras(doc) or "尊敬的居民朋友：" in paras(doc)


def test_the_count_said_by_a_removed_lead_in_still_announces_the_samples():
    # The lead-in ends by saying how many samples follow; the boilerplate pass removes it, the page
    # has no title of its own and is cut short after its first sample: "…总结1" is still that
    # sample's marker, and the sample's parts sit under it.
    doc, report = clean("\n".join([
        "社区工作千头万绪,年底回顾一年的得失很有必要,总结写得好,来年的工作才有方向。"
        "下面是小编为大家收集的社区志愿服务年度工作总结三篇,欢迎参考!",
        "社区志愿服务年度工作总结1",
        "今年以来,我社区志愿服务队围绕居民需求开展了多项活动,现将全年工作总结如下。",
        "一、健全队伍,完善制度。",
        "社区志愿者由去年的四十人增加到七十余人,建立了登记、培训和表彰制度。",
        "二、走进楼栋,服务到户。",
        "志愿者分成六个小组,每周两次上门看望独居老人,帮助他们购买生活用品。",
    ]))
    assert any(r["rule"].startswith("lead-in.") and "三篇" in r["text"] for r in report.removed)
    assert outline(doc) == [(1, "社区志愿服务年度工作总结1"), (2, "一、健全队伍，完善制度。"),
                            (2, "二、走进楼栋，服务到户。")]


def test_the_titles_words_with_a_year_before_and_a_bracketed_number_after_mark_a_sample():
    from reportfmt.passes.headings.samples import numbered_title
    key = "重阳节敬老活动主持词"
    assert numbered_title("2019年重阳节敬老活动主持词(一)", key) == 1
    assert numbered_title("重阳节敬老活动主持词 （2）", key) == 2
    assert numbered_title("最新重阳节敬老活动主持词3", key) == 3
    # Not the title's words numbered: another line, a bare numeral (the title's own "统一"), a sentence.
    for line in ["重阳节敬老活动方案(一)", "重阳节敬老活动主持词", "2019年重阳节敬老活动主持词",
                 "主持词(一)", "重阳节敬老活动主持词一", "大家好，重阳节敬老活动主持词(一)"]:
        assert numbered_title(line, key) is None, line
    assert numbered_title("思想统一", "思想统一") is None

    doc, _ = clean("\n".join([
        "重阳节敬老活动主持词",
        "2019年重阳节敬老活动主持词(一)",
        "尊敬的各位老人、各位来宾:",
        "金秋送爽,丹桂飘香,今天我们相聚在社区活动中心,共同度过一年一度的重阳佳节。",
        "首先请社区书记致辞,大家掌声欢迎。",
    ]))
    # The year before the title's words and the number in brackets: the first sample's marker,
    # kept whole (not cut into the title and a lone "(一)", nor removed as the title again).
    assert outline(doc) == [(1, "2019年重阳节敬老活动主持词（一）")]


def test_the_title_followed_only_by_its_bracketed_one_is_the_first_samples_marker_kept_whole():
    doc, report = clean("\n".join([
        "志愿服务先进个人事迹材料",
        "以下是小编整理的志愿服务先进个人事迹材料,希望对大家有所帮助。",
        "志愿服务先进个人事迹材料（一）",
        "张明同志是社区的一名普通党员,退休以后,他每天清晨都到街心公园义务打扫卫生,十年如一日。",
        "在他的带动下,小区里越来越多的居民加入了志愿服务队伍。",
    ]))
    # Not cut into the title and a lone "（一）" (blocks: a title glued to its first section), not
    # removed as the title printed again (titles.first_sample): the first sample's heading.
    assert outline(doc) == [(1, "志愿服务先进个人事迹材料（一）")]
    assert not any(r["text"].startswith("志愿服务先进个人事迹材料（") for r in report.removed)


def test_the_titles_words_numbered_two_after_its_first_sample_stay_a_sample_heading():
    # Once "…倡议书1" has opened the samples, "…倡议书2" is the next sample, not the title repeated.
    doc, report = clean("\n".join([
        "节约用水倡议书",
        "节约用水倡议书1",
        "亲爱的居民朋友们：水是生命之源，让我们从关紧每一个水龙头做起，珍惜每一滴水。",
        "节约用水倡议书2",
        "各位同学：校园里的每一个水龙头都需要我们爱护，用完随手关闭，发现漏水及时报告。",
    ]))
    assert report.title == "节约用水倡议书"
    assert [text for _, text in outline(doc)] == ["节约用水倡议书1", "节约用水倡议书2"]
    assert not any(r["text"] == "节约用水倡议书2" for r in report.removed)


def test_an_essay_sites_marker_glued_to_the_essays_first_sentence_is_split():
    # A 作文 site's "X作文 篇N" glued to each essay's first words: every essay is a sample.
    doc, _ = clean("\n".join([
        "初中写景作文 篇1我家门前有一条小河，河水清清的，一年四季都在不停地流淌。",
        "春天，河岸上的柳树抽出嫩绿的新芽，几只小鸭子在水里游来游去。",
        "初中写景作文 篇2学校后面有一座小山，山不高，却是我们课间最喜欢去的地方。",
        "秋天，山上的枫叶红了，远远望去，像一团燃烧的火焰。",
    ]))
    assert outline(doc) == [(1, "初中写景作文篇1"), (1, "初中写景作文篇2")]
    assert "我家门前有一条小河，河水清清的，一年四季都在不停地流淌。" in paras(doc)


def test_a_sentence_mentioning_an_essay_and_its_part_is_no_marker():
    assert sample_marker("这篇作文篇幅不长，却写出了真情实感，值得同学们学习。") is None

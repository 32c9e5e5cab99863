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

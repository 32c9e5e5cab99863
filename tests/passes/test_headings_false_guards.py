"""Lines that look like headings and are none (issue 18, precision, round h16): what the
page shows around them says they are a date, a label heading nothing, a byline. Fixtures
written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.rules import decide


def test_a_closing_date_in_numerals_is_no_bare_section():
    # The notice's date, written in Chinese numerals, stands alone above one more paragraph: it
    # names no section, as the same date in digits would not.
    doc, _ = clean("\n".join([
        "图书角开放说明",
        "开放时间",
        "本图书角每周一至周五下午开放，周末及节假日闭馆，开放期间由志愿者轮流值守。",
        "借阅规则",
        "每位居民每次最多借阅两本图书，借期为十四天，逾期未还的暂停借阅资格一个月。",
        "二〇二四年九月一日",
        "本说明自发布之日起试行，未尽事宜由社区居委会负责解释，欢迎居民提出意见。",
    ]))
    assert outline(doc) == [(1, "开放时间"), (1, "借阅规则")]
    assert "二〇二四年九月一日" in paras(doc)


def test_an_attachment_label_ending_the_page_heads_nothing():
    # "附件：" is the page's last line: the attachment itself was not carried over. Since round
    # 29 the empty label goes as the page's debris (meta-lines.attachment-label-last), recorded;
    # it never becomes a heading.
    doc, report = clean("\n".join([
        "农机合作社季度例会纪要",
        "九月二十日上午，合作社召开季度例会，通报了秋收机具检修和燃油储备情况，各作业队汇报了人员安排。",
        "会议要求各作业队在十月初前完成机具试车，确保秋收期间不误农时，理事会将按周检查进度。",
        "附件：",
    ]))
    assert outline(doc) == []
    assert "附件：" not in paras(doc)
    assert [r["text"] for r in report.removed if r["rule"] == "meta-lines.attachment-label-last"] == ["附件："]


STUDY_NOTES = [
    "植物的光合作用学案",
    "光合作用的概念",
    "1.光合作用:绿色植物利用光能,把二氧化碳和水合成有机物并放出氧气的过程.",
    "2.场所:叶绿体是进行光合作用的主要场所.",
    "(1)光合作用的条件:需要光照,叶片中要有叶绿素,温度也要适宜.",
    "(2)光照越强,光合作用一般越旺盛,但超过一定强度后不再增加.",
    "影响光合作用的因素",
    "1.光照强度:在一定范围内,光照越强,光合作用越强.",
    "2.二氧化碳浓度:大棚种植常常补充二氧化碳来提高产量.",
]


def test_items_closed_by_a_period_typed_as_full_stop_are_sentences():
    # The page types its full stop as "." after the last word: "(2)…不再增加." is a sentence, a
    # list item, as it would be closed by "。"; the point names above the items are the sections.
    doc, _ = clean("\n".join(STUDY_NOTES))
    assert outline(doc) == [(1, "光合作用的概念"), (1, "影响光合作用的因素")]
    # (the typography pass writes the page's "." as "。" in the output)
    assert any(p.startswith("（2）光照越强") for p in paras(doc))


def test_a_part_name_glued_to_its_first_item_after_a_blank_is_split_not_closed_by_the_item():
    # "二、参会人员 （一）…。": the part's name, a blank, then its first item, one line: the name is
    # the heading, the item its text; the item's "。" does not close the part's name.
    doc, _ = clean("\n".join([
        "车间班前会制度",
        "为及时传达生产任务、排查安全隐患，结合车间实际，制定本制度，请各班组遵照执行。",
        "一、会议时间 班前会每天开工前召开，时长一般不超过十五分钟，遇节假日顺延。",
        "二、参会人员 （一）当班班长、安全员及全体当班操作工。",
        "（二）设备维修人员视当天检修安排列席。",
        "三、会议内容 （一）通报前一班次的生产完成情况和设备运行情况。",
        "（二）布置当班任务并提示重点危险源。",
    ]))
    assert [text for _, text in outline(doc)] == ["一、会议时间", "二、参会人员", "三、会议内容"]
    assert "（一）当班班长、安全员及全体当班操作工。" in paras(doc)


def test_bulleted_contents_entries_naming_a_format_are_no_page_parts():
    # A course's contents, one bulleted and numbered entry a line: "公文格式" and "通知的写法" name
    # chapters and sections of the course, not the format and sample parts of a 范文 page.
    doc, _ = clean("\n".join([
        "应用文写作",
        "王晓燕 李国栋",
        "目录",
        "• 1 第一章 应用文概述",
        "• 1.1 第一节 应用文的特点",
        "• 2 第二章 公文格式",
        "• 2.1 第一节 文头部分",
        "• 2.2 第二节 通知的写法",
        "• 3 第三章 事务文书",
        "• 3.1 第一节 计划与总结",
    ]))
    assert outline(doc) == []


def test_a_pupils_byline_under_each_essay_title_is_no_section():
    # "《…》" / "name school-and-class" / the essay: the title heads the essay across its byline;
    # the byline (two words parted by a blank) names no section.
    doc, _ = clean("\n".join([
        "校园读书节获奖习作两篇",
        "《操场边的银杏树》",
        "周雨桐 城南实验小学四（2）班",
        "操场边有一棵很老的银杏树，听说比我们学校的年纪还大。春天它抽出嫩绿的小扇子，秋天又把整个角落染成金黄。",
        "下课的时候，我们喜欢在树下捡叶子，夹进书里当书签，一本书翻开，满是秋天的味道。",
        "《爷爷的收音机》",
        "孙浩然 城南实验小学四（5）班",
        "爷爷有一台旧收音机，外壳的漆都磨掉了，可他每天早上还是要听一会儿新闻，一边听一边喝茶。",
    ]))
    assert outline(doc) == [(1, "《操场边的银杏树》"), (1, "《爷爷的收音机》")]
    assert "周雨桐城南实验小学四（2）班" in paras(doc)  # (the typography pass drops the blank)


def test_a_link_line_printed_above_each_order_is_no_section():
    # The gazette prints the same link line above each order; the orders' titles are the sections.
    # (Read by the rules alone: the whole pipeline takes the page's first line for its title.)
    texts = [
        "外文版本",
        "第7/2023号局长批示",
        "局长根据有关行政法规的规定，作出本批示，委任下列人员为咨询小组成员，任期两年。",
        "本批示自公布翌日起生效，原咨询小组成员的委任同时终止，相关工作由新成员接续。",
        "外文版本",
        "第8/2023号局长批示",
        "局长根据有关行政法规的规定，作出本批示，将咨询小组的工作期限延长至明年年底。",
    ]
    headings = {i for i, d in decide(texts).items() if d.kind == "heading"}
    assert headings == {1, 5}


def test_a_tests_numbered_questions_are_no_sections():
    # A question ends with its answer's blank, or its options A. B. C. follow it: no section, the
    # test's parts (一、选择题 …) are.
    doc, _ = clean("\n".join([
        "八年级物理单元练习",
        "一、选择题",
        "1.下列关于声音的说法中，正确的是（ ）",
        "A.声音可以在真空中传播",
        "B.声音是由物体振动产生的",
        "C.声音的传播速度与介质无关",
        "D.只要物体振动我们就能听到声音",
        "2.下面哪个现象属于光的折射",
        "A.小孔成像",
        "B.水中倒影",
        "C.筷子在水中弯折",
        "D.手影游戏",
        "二、填空题",
        "3.声音在十五摄氏度的空气中传播速度约为______米每秒。",
        "4.平面镜所成的像与物体到镜面的距离______。",
    ]))
    assert outline(doc) == [(1, "一、选择题"), (1, "二、填空题")]


def test_reference_entries_are_no_samples_or_sections():
    # "[1] 某某. 题名[J]. …": a reference list's entries (their work's kind coded as GB/T 7714
    # writes it), not samples marked "【一】".
    doc, _ = clean("\n".join([
        "浅谈农村小学阅读教学",
        "一、存在的问题",
        "农村学校图书资源不足，学生课外阅读时间少，家长对阅读重视不够，这些都影响了阅读教学的效果。",
        "二、改进的办法",
        "学校可以建立班级图书角，开展读书交流会，让学生在活动中爱上阅读，养成每天读书的习惯。",
        "参考文献：",
        "[1] 王某某. 小学语文阅读教学研究[J]. 教育探索, 2019(3): 12-14.",
        "[2] 李某某. 农村学校图书建设的思考[M]. 北京: 某某出版社, 2018.",
    ]))
    assert outline(doc) == [(1, "一、存在的问题"), (1, "二、改进的办法")]


def test_a_books_part_named_alone_in_a_chapters_title_line_is_no_sample():
    # "第二篇" names the book's part above one chapter's page; no other sample marker anywhere and
    # the page announces none ("第二篇" is an ordinal, not a count of samples).
    texts = [
        "第二篇 组织建设_五、支部委员会的选举",
        "五、支部委员会的选举",
        "210.支部委员会每届任期几年？",
        "党的基层委员会每届任期三年至五年，总支部委员会和支部委员会每届任期一般为三年。",
        "211.支部委员会的委员候选人怎样产生？",
        "候选人一般由上届支部委员会根据多数党员的意见提出，经过党员酝酿讨论后确定。",
    ]
    decisions = decide(texts)
    assert 0 not in decisions
    assert {i for i, d in decisions.items() if d.kind == "heading"} == {2, 4}

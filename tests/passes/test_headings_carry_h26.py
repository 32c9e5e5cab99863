"""Numbered headings read by the form of their series (issue 18, round h26): parts over a list
numbered afresh, led in by a line of their own. Fixtures written for the project, with made-up
content."""

from __future__ import annotations

from helpers import clean, outline


def test_parts_over_a_led_in_list_numbered_afresh_are_headings():
    # "1. 名" / a line leading into the list / "1. …" "2. …" "3. …" / "2. 名" / body: the list under
    # the first part counts afresh, the second part holds body text only.
    doc, _ = clean("\n".join([
        "去年秋天参加了一期基层文书写作研修班，把收获记在这里。",
        "1. 研修的主要安排",
        "研修一共安排了三个专题，其中我觉得最有用的是：",
        "1. 材料写作专题，讲师拿了几份改前改后的稿子逐段对照；",
        "2. 调查研究专题，带我们到两个乡镇座谈了半天；",
        "3. 信息报送专题，讲了怎样把一件事写成两百字的简讯。",
        "2. 自己的体会",
        "最大的体会是动笔之前先把情况问清楚，问清楚了，材料自然就有东西可写。",
    ]))
    assert outline(doc) == [(1, "1. 研修的主要安排"), (1, "2. 自己的体会")]


def test_a_list_led_in_under_a_second_part_stays_a_list():
    # The near miss: a quoted outline "一、…" "二、…" led in under a part "二、" whose siblings are
    # plain parts: the quote is no part of the page's own series.
    doc, _ = clean("\n".join([
        "写材料的开头有几种常见办法，下面举三种。",
        "一、直截了当",
        "直接说出发文的目的，不绕弯子，通知和意见常这样开头。",
        "二、先说成绩",
        "总结常先用一段话概括成效，比如某站的总结分为以下几部分：",
        "一、抓好主业，任务按期完成。",
        "二、抓好改革，制度更加健全。",
        "三、抓好作风，队伍更有干劲。",
        "先概括这三方面，读者心里就有了全文的框架。",
        "三、引用名言",
        "讲话稿常以一句名言开头，引用要准确，不能断章取义。",
    ]))
    assert outline(doc) == [(1, "一、直截了当"), (1, "二、先说成绩"), (1, "三、引用名言")]


def test_a_closed_part_over_a_sentence_leading_into_its_list_is_a_heading():
    # "（三）…。" over a sentence ending on a colon, then its own list "1.…" "2.…": the sentence
    # opens the part's text as a paragraph would.
    doc, _ = clean("\n".join([
        "值班记录写得清楚，交接才不会出错，一份记录大致分下面几块。",
        "（一）记录时间。",
        "每一条记录都要写明具体到分钟的时间，跨夜的班次还要写清日期。",
        "（二）值班人员。",
        "写明当班人和接班人的姓名，临时替班的也要注明是替谁的班。",
        "（三）处理事项。",
        "这是记录的主要部分，常见的写法有两种：",
        "1.简要写法。只记事情的起因和处理结果，适合日常的小事。",
        "2.详细写法。把经过一步一步写下来，适合要上报的事情。",
        "（四）交接签字。",
        "交班时双方核对记录无误后分别签名，记录本放回值班室的抽屉里。",
    ]))
    assert [text for _level, text in outline(doc)] == [
        "（一）记录时间。", "（二）值班人员。", "（三）处理事项。", "（四）交接签字。"]


def test_a_signature_beside_a_closing_date_is_no_heading():
    # Two short orders one under the other, each closing with its date and the signer's name:
    # the name under the date signs the order above, it opens no section.
    doc, _ = clean("\n".join([
        "市政服务局文件汇编",
        "第7/2021号局长批示",
        "局长根据有关规定，作出如下批示：",
        "一、设立社区服务协调小组，负责研究和跟进社区服务的安排。",
        "二、协调小组的行政辅助由社区服务处提供。",
        "二〇二一年四月九日",
        "局长 石 明 远",
        "第8/2021号局长批示",
        "局长根据有关规定，将第3/2019号批示设立的工作组的存续期延长一年。",
        "二〇二一年四月十日",
        "局长 石 明 远",
    ]))
    assert outline(doc) == [(1, "第7/2021号局长批示"), (1, "第8/2021号局长批示")]


def test_a_number_alone_over_its_name_and_first_item_is_one_heading():
    # "1." on a line of its own, the part's name on the next, its first item "（1）…" under it: the
    # number and the name are one heading.
    doc, _ = clean("\n".join([
        "写观察日记，先要学会看，再要学会写，下面分两步说。",
        "1.",
        "观察日记的写法",
        "（1）写清时间。每篇日记开头写明哪天观察的，天气怎样。",
        "（2）写看到的变化。和前一次比，哪里长高了，哪里变了颜色。",
        "（3）写自己的想法。看到这些变化，心里想到了什么。",
    ]))
    assert outline(doc)[0] == (1, "1. 观察日记的写法")


def test_a_chunk_number_alone_over_text_joins_nothing():
    # The near miss: a page chunk's "1、" over a line of text and no list under it stays apart.
    doc, _ = clean("\n".join([
        "春天来了，河边的柳树发出了新芽，孩子们放学后都爱到河边去玩。",
        "1、",
        "河边的小路",
        "小路两旁长满了野花，有黄的、白的，还有紫的，蝴蝶在花丛里飞来飞去。",
    ]))
    assert "1、 河边的小路" not in [text for _level, text in outline(doc)]


def test_named_parts_under_a_contracts_named_article_are_its_sub_sections():
    # "第三条 费用" over "1、场地费" / "（1）金额" / body …: a contract names its articles and, under
    # them, the points of each; sentences under an article stay its clauses.
    doc, _ = clean("\n".join([
        "场地租用合同",
        "第一条 场地位置",
        "甲方出租的场地位于本市东城路八号院内，面积约一百二十平方米。",
        "第二条 租用期限",
        "租用期限自签订之日起一年，期满前一个月双方协商是否续租。",
        "第三条 费用",
        "1、场地费",
        "（1）金额",
        "每月_________元，按季度结算，合同期内不作调整。",
        "（2）付款时间",
        "乙方应在每个季度开始前五日内转入甲方指定的账户。",
        "2、杂项费用",
        "（1）场地的水电费由乙方负担，按物业出具的单据结算。",
        "（2）场地的保洁由乙方自行安排，费用自理。",
        "第四条 其他约定",
        "1、乙方不得将场地转租他人，不得存放易燃易爆物品。",
        "2、合同到期后乙方不再续租的，应将场地清理干净后交还甲方。",
    ]))
    texts = [text for _level, text in outline(doc)]
    assert {"1、场地费", "（1）金额", "（2）付款时间", "2、杂项费用"} <= set(texts)
    assert not any(text.startswith(("1、乙方", "2、合同", "（1）场地", "（2）场地")) for text in texts)


def test_a_numbered_name_over_a_blank_line_is_a_field():
    # "1.器材名称、规格" over a line that is only a blank: a form's field and its value, no heading.
    doc, _ = clean("\n".join([
        "器材借用合同",
        "第一条 借用器材",
        "1.器材名称、规格",
        "________________________________",
        "2.器材数量及附件，以双方签字的交接清单为准。",
        "第二条 借用期限",
        "借用期限自交付之日起三个月，到期前双方可协商延长。",
        "第三条 归还",
        "乙方应在借用期满之日将器材完好归还，损坏的照价赔偿。",
    ]))
    assert "1.器材名称、规格" not in [text for _level, text in outline(doc)]


def runins(doc) -> list[str]:
    import panflute as pf

    from reportfmt.passes.elements import inline_text

    found: list[str] = []
    doc.walk(lambda e, _d: found.append(inline_text(e)) if isinstance(e, pf.Span) and "runin" in e.classes else None)
    return found


def test_labelled_points_a_section_opens_with_run_in():
    # "二、开放时间调整" / "调整原因：…。" / "新的时段：…。": the part's points named by labels.
    doc, _ = clean("\n".join([
        "各位居民：",
        "社区活动室下月起要进行线路改造，开放安排有以下变动，请大家留意。",
        "一、临时地点",
        "活动室临时搬到社区服务站三楼西侧，从北门进入后乘电梯上楼即可。",
        "二、开放时间调整",
        "调整原因：服务站晚上要承办居民培训，三楼需要在晚上八点以前清场，周一上午还要统一保洁。",
        "新的时段：改造期间活动室开放时间为周二至周日上午九点到晚上八点，节假日另行通知。",
        "三、其他事项",
        "改造完成后活动室搬回原处，恢复原来的开放时间，给大家带来的不便敬请谅解。",
    ]))
    assert {"调整原因：", "新的时段："} <= set(runins(doc))


def test_longer_labels_a_lead_sentence_opens_run_in():
    # A sentence leading into the points ("…原因有两个：") and two points named at some length.
    doc, _ = clean("\n".join([
        "周例会为什么越开越长",
        "翻看这半年的会议记录，我发现会议拖长的原因主要有两个：",
        "议题事先没有收集齐全：很多事情是在会上临时提出的，大家没有准备，只好当场讨论，一讨论就停不下来。",
        "发言没有时间上的约束：每个人都想把自己的情况说完整，主持人又不好意思打断，结果一个人说了二十分钟。",
        "找到原因以后，我们改了两条规矩，会议时间缩短了一半。",
    ]))
    assert {"议题事先没有收集齐全：", "发言没有时间上的约束："} <= set(runins(doc))


def test_a_dash_typed_for_one_opens_the_series():
    # "—、" (a dash typed in place of 一) before "二、" "三、": the series' first part.
    doc, _ = clean("\n".join([
        "为做好本学期的实验室安全工作，结合学院实际，制定本办法。",
        "—、总体要求",
        "实验室安全坚持预防为主、谁使用谁负责的原则，做到有制度、有检查、有记录。",
        "二、日常管理",
        "每间实验室都要指定一名安全员，每天下班前检查水电和门窗，并在记录本上签字。",
        "三、检查与考核",
        "学院每月组织一次安全检查，检查结果计入各实验室的年度考核。",
    ]))
    assert [text for _level, text in outline(doc)] == ["—、总体要求", "二、日常管理", "三、检查与考核"]


def test_a_double_dash_opens_no_series():
    from reportfmt.passes.headings.numbering import parse_marker

    assert parse_marker("——、以上为补充说明") is None
    assert parse_marker("—、总体要求").number == 1


def test_sloppy_marks_after_a_number_read_as_its_marker():
    # "3," (a comma typed for the dot) after "1." "2." parts: the series' third part.
    doc, _ = clean("\n".join([
        "1.倡议书的含义",
        "倡议书是向大家公开提出建议、号召共同去做某件事的书信，不带强制性。",
        "2.倡议书的特点",
        "倡议书面向的人多，内容要具体，语气要热情，让读的人愿意响应。",
        "3,倡议书的种类",
        "按发起人分，有个人倡议书和集体倡议书；按内容分，有环保、节约、安全等多种。",
    ]))
    assert [text for _level, text in outline(doc)] == ["1.倡议书的含义", "2.倡议书的特点", "3,倡议书的种类"]


def test_the_one_part_a_page_cut_at_its_top_shows_heads_its_items():
    # Page 2 of a guide: it opens inside part 1's list ("（4）…"), then shows part "2。" with its own
    # items "（1）…" "（2）…" each over a paragraph: part 2 is a heading above its items.
    doc, _ = clean("\n".join([
        "（4）活动目标：写明参加的人通过活动要有哪些收获，目标要具体。",
        "（5）活动流程：按时间顺序写出每个环节的内容和负责人。",
        "（6）经费预算：列出每一项开支的用途和金额。",
        "策划书没有固定的格式，但上面这些要素一样也不能少。",
        "2。怎样写好一份策划书",
        "（1）先做调查",
        "动笔之前先了解参加对象的想法和往年活动的情况，策划才有针对性。",
        "（2）再定主题",
        "主题要简短好记，能让人一眼看出活动要做什么。",
    ]))
    assert outline(doc) == [(1, "2。怎样写好一份策划书"), (2, "（1）先做调查"), (2, "（2）再定主题")]


def test_a_named_article_over_a_clause_leading_into_its_blank_is_a_section():
    # "第一条场地位置" over "甲方出租的场地位于：" (the clause ends on a colon before its blank).
    doc, _ = clean("\n".join([
        "场地租赁合同",
        "甲乙双方经友好协商，就甲方将其场地出租给乙方使用一事，订立本合同。",
        "第一条场地位置",
        "甲方出租的场地位于：",
        "第二条租赁期限",
        "租赁期限为一年，自本合同签订之日起计算，期满后乙方有优先续租权。",
        "第三条租金支付",
        "乙方于每季度开始前五日内支付当季租金，逾期十日以上的，甲方有权收回场地。",
    ]))
    assert [text for _level, text in outline(doc)][:3] == ["第一条场地位置", "第二条租赁期限", "第三条租金支付"]


def test_a_field_whose_value_is_a_booked_title_is_no_heading():
    # An exam page: "1. 题目：《…》" (a field, its value a booked title) over "2. 内容：" and the text.
    doc, _ = clean("\n".join([
        "下面是近年小学语文面试中考过的一道试讲题，供大家练习。",
        "1. 题目：《河边的清晨》",
        "2. 内容：",
        "河边的清晨",
        "天刚蒙蒙亮，河面上飘着一层薄薄的雾，几只白鹭站在浅滩上，一动也不动。",
        "渐渐地，太阳从对岸的山后面升起来，雾散了，河水亮得像一面镜子。",
    ]))
    texts = [text for _level, text in outline(doc)]
    assert "1. 题目：《河边的清晨》" not in texts and "2. 内容：" not in texts


def test_bare_names_over_a_one_line_gloss_and_a_paragraph_are_sections():
    # "选题要小" / "不要贪大求全，要从身边的小事写起" (a gloss, no closing mark) / its paragraph.
    doc, _ = clean("\n".join([
        "写好一篇调查小报告，关键在开头的准备。下面是老师们总结的两条经验，供同学们参考。",
        "选题要小",
        "不要贪大求全，要从身边的小事写起",
        "比如调查班上同学每天喝水的情况，比调查全市居民的饮水习惯要实在得多，也更容易做完。",
        "数据要真",
        "不能凭印象估计，要一个一个去问去记",
        "每份问卷都要有人填、有人收，记录下来的数字才经得起老师和同学的追问。",
    ]))
    assert [text for _level, text in outline(doc)] == ["选题要小", "数据要真"]

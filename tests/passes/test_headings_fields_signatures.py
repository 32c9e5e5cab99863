"""Lines of a notice or an order that look like headings and are none (issue 18, precision,
round h22): a numbered field that says all it has on its line, an order's signer under its date.
Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline, paras, runins

DRILL_NOTICE = [
    "关于开展秋季消防疏散演练的通知",
    "各班级、各处室：",
    "为提高师生应急避险能力，学校定于下周组织一次消防疏散演练，现将有关事项通知如下：",
    "1.演练时间：10月18日上午第二节课后",
    "2.疏散路线与集合要求：",
    "各班按教室门口张贴的路线图撤离，到操场东侧按班级列队，班主任清点人数后向总指挥报告。",
    "听到警报后不得返回教室取物，楼梯间一律靠右通行，不推不挤，不得大声喧哗。",
    "3.集合地点：学校田径场东侧草坪",
    "4.各班主任要在演练前一天向学生讲清疏散路线和注意事项，并检查教室前后门是否通畅；",
    "5.演练结束后各处室在三天内向安全办提交书面小结，写明存在的问题和改进办法。",
]


def test_a_numbered_field_right_above_its_next_sibling_is_no_section():
    # "1.演练时间：…" and "3.集合地点：…" are a label and its value with the next item right under
    # them: fields of the notice, not sections, though item 2 heads a paragraph of its own.
    # (Item 2, a label closed by its colon among fields, is one more item of the list, as
    # "2、字体字号：" under "1、文本：按照…" is: no section either. Over its own paragraph between
    # fields that run in at their colon, it runs in as they do (round 54, proofs.colon_label_runins).)
    doc, _ = clean("\n".join(DRILL_NOTICE))
    assert outline(doc) == []
    assert runins(doc) == ["1.演练时间：", "2.疏散路线与集合要求：", "3.集合地点："]
    assert "2.疏散路线与集合要求：" in paras(doc)
    assert "1.演练时间：10月18日上午第二节课后" in paras(doc)
    assert "3.集合地点：学校田径场东侧草坪" in paras(doc)


def test_a_field_above_its_own_paragraph_keeps_its_subtitle():
    # Near miss: "一、引言：从试点到推广" opens a paragraph of its own, and its sibling does too: a
    # heading with a subtitle, as before.
    doc, _ = clean("\n".join([
        "社区垃圾分类工作回顾",
        "一、引言：从试点到推广",
        "两年前，街道在三个小区试行垃圾分类，定时定点投放，由志愿者在桶边值守引导居民。",
        "二、主要做法：党员带头",
        "各小区党支部组织党员认领楼栋，每周入户宣传一次，并把分类情况在楼道公示栏公布。",
    ]))
    assert outline(doc) == [(1, "一、引言：从试点到推广"), (1, "二、主要做法：党员带头")]


def test_a_part_name_set_off_from_its_note_by_a_blank_is_the_heading():
    # A 文库 extraction lost the line breaks under each part's name; the blank stands for them and
    # the note after it holds clause marks, so the name alone is the heading, the note its body.
    doc, _ = clean("\n".join([
        "借用物品登记单的填写说明",
        "登记单由借出部门保管，借用人逐项填写，归还时由保管员核对签字。",
        "一、物品名称 按资产标签上的名称填写，型号、编号不得省略",
        "二、借用期限",
        "一般不超过十五个工作日，确需延长的，到期前向保管员说明原因并重新登记。",
        "三、归还核对 保管员当面清点数量、检查外观，发现损坏的在备注栏注明",
    ]))
    assert outline(doc) == [(1, "一、物品名称"), (1, "二、借用期限"), (1, "三、归还核对")]
    assert "按资产标签上的名称填写，型号、编号不得省略" in paras(doc)
    assert "保管员当面清点数量、检查外观，发现损坏的在备注栏注明" in paras(doc)


def test_a_heading_of_two_phrases_set_off_by_a_blank_stays_whole():
    # Near miss: "强化组织领导 压实工作责任" is one name in two phrases, no clause mark after the
    # blank: the whole line is the heading.
    doc, _ = clean("\n".join([
        "街道安全生产工作要点",
        "一、强化组织领导 压实工作责任",
        "街道安委会每季度召开一次会议，研究部署重点行业领域的安全检查，明确各科室的包保责任。",
        "二、突出排查整治 消除事故隐患",
        "对辖区餐饮场所、出租房屋和在建工地开展拉网式排查，发现的隐患建立台账限期整改。",
    ]))
    # (the typography pass drops the blank between the two phrases)
    assert outline(doc) == [(1, "一、强化组织领导压实工作责任"), (1, "二、突出排查整治消除事故隐患")]


def test_an_outline_quoted_inside_a_part_goes_on_no_part():
    # A know-how page quotes a report's outline, numbered 一、 again inside its own part 二; the
    # quoted "三、" is that outline's third line, and the page's own "三、" comes after it.
    doc, _ = clean("\n".join([
        "汇报材料怎样列提纲",
        "列提纲是写汇报材料的第一步，提纲搭好了，材料就有了骨架。这里说两种常见的办法。",
        "一、按工作板块列",
        "把一年的工作按业务板块分开，每个板块一个部分，适合职能比较分散的单位。",
        "二、按成效提炼",
        "先把成效提炼成几句话，再作为各部分的标题。如某街道的年度汇报依次是：",
        "一、民生实事件件落地，群众满意度稳步提升。",
        "二、基层治理持续深化，矛盾纠纷就地化解。",
        "三、营商环境不断优化，辖区经济回升向好。",
        "这样列出来的提纲，读者一看标题就知道取得了哪些成绩。",
        "三、按问题倒推",
        "从上级关心的问题出发，倒推每一部分要回答什么，适合专题汇报。",
    ]))
    assert outline(doc) == [(1, "一、按工作板块列"), (1, "二、按成效提炼"), (1, "三、按问题倒推")]
    assert "三、营商环境不断优化，辖区经济回升向好。" in paras(doc)


def test_a_part_after_a_list_numbered_afresh_inside_the_part_before_stays():
    # Near miss: the sub-list under part 二 is numbered 一、 二、 again, and part 三 comes right after
    # it with no quoted "三、" before: it is the page's part, as before.
    doc, _ = clean("\n".join([
        "社区志愿服务队年度安排",
        "一、队伍建设",
        "今年计划新招募志愿者四十名，按楼栋组建服务小组，每组确定一名联络员。",
        "二、服务项目",
        "服务项目分两类，由各小组认领：",
        "一、为独居老人每周上门探访一次，帮助购买生活用品。",
        "二、为双职工家庭的孩子开设周末托管，辅导作业。",
        "三、激励办法",
        "志愿服务时长记入积分，年底按积分评选优秀志愿者并给予表彰。",
    ]))
    assert [text for _level, text in outline(doc)][-1] == "三、激励办法"


def test_paragraphs_named_by_a_label_before_a_colon_run_in():
    # A notice names its points by labels before a colon, each opening its paragraph of sentences;
    # one plain paragraph stands between two of them. No section: the labels run in.
    doc, _ = clean("\n".join([
        "关于做好本学期教材征订工作的通知",
        "下学期教材征订工作即将开始，为保证开学前教材按时到位，现将有关安排通知如下：",
        "选用：各教研室应在第十二周前确定下学期所用教材，优先选用近三年出版的规划教材。",
        "报送：教材选用表经教研室主任和分管院长签字后，报送教务处教材科，逾期不再补订。",
        "自编讲义需要印制的，一并在选用表中注明份数。",
        "发放：教材到校后由各学院指定专人领取，并在开学第一周内发放到班级。",
        "教务处",
    ]))
    assert outline(doc) == []
    assert runins(doc) == ["选用：", "报送：", "发放："]
    assert "自编讲义需要印制的，一并在选用表中注明份数。" in paras(doc)


def test_fields_whose_values_are_no_sentences_stay_plain():
    # Near miss: a record's fields ("时间：", "地点：", "主持人：") hold values, not sentences; and two
    # labelled paragraphs alone make no series.
    doc, _ = clean("\n".join([
        "物业服务座谈会记录",
        "时间：2024年6月12日下午",
        "地点：社区议事厅",
        "主持人：社区居委会主任",
        "会议听取了物业公司上半年服务情况汇报，居民代表就停车管理和绿化养护提出了意见。",
        "张先生：小区东门晚上经常有车辆乱停，消防通道被堵，希望物业加强巡查。",
        "李女士：楼道灯坏了两个星期还没修好，报修以后没有人回复，希望尽快处理。",
    ]))
    assert outline(doc) == []
    assert runins(doc) == []


CERTIFICATE_KNOWHOW = [
    "在职证明怎么写",
    "（一）在职证明的用途",
    "在职证明是单位为职工出具的、证明其正在本单位工作的书面材料，办理签证、贷款和租房时常常用到。",
    "（二）在职证明的结构",
    "在职证明一般由标题、正文、落款三部分组成，各部分的写法都比较固定。",
    "标题",
    "在第一行居中写“在职证明”四个字，字号可以比正文稍大一些，不必另加单位名称。",
    "正文",
    "写明职工的姓名、身份证号、入职时间、所在部门和岗位，最后写上“特此证明”四个字。",
    "落款",
    "1.在正文右下方写单位全称并加盖公章。",
    "2.在单位名称下方写出具证明的年、月、日。",
]


def test_bare_element_names_inside_a_numbered_part_are_its_subsections():
    doc, _ = clean("\n".join(CERTIFICATE_KNOWHOW))
    assert outline(doc) == [(1, "（一）在职证明的用途"), (1, "（二）在职证明的结构"),
                            (2, "标题"), (2, "正文"), (2, "落款")]


def test_two_bare_lines_inside_a_part_stay_plain():
    # Near miss: two short lines alone (a sample letter's "请假条" title and its signer) are no
    # series of element names; the part's text stays as it is.
    doc, _ = clean("\n".join([
        "请假条的写法",
        "一、格式要点",
        "请假条篇幅短小，但要写清请假的原因、起止时间和天数，并由本人签名，以便存档备查。",
        "二、例文",
        "下面是一张学生写给班主任的请假条，可以照着这个样子写，注意称呼后面要加冒号。",
        "请假条",
        "王老师：因昨晚发烧，今天需要到医院复查，不能到校上课，特请假一天，请批准。",
        "学生李明",
    ]))
    assert outline(doc) == [(1, "一、格式要点"), (1, "二、例文")]


def test_a_colon_label_right_under_its_part_is_the_first_of_its_labels():
    # "语气：" stands right under "二、写法上的不同", its siblings under paragraphs: all three are the
    # part's labelled subsections, the first one too.
    doc, _ = clean("\n".join([
        "述职报告和工作总结的区别",
        "一、对象不同",
        "述职报告是向选派单位和群众报告履职情况，工作总结则面向本单位，回顾一段时间的工作。",
        "二、写法上的不同",
        "语气：",
        "述职报告用第一人称，语气谦和，重在说明自己做了什么、做得怎样，接受大家评议。",
        "篇幅：",
        "述职报告一般控制在二十分钟以内讲完，工作总结可以根据工作量的多少适当展开。",
        "重点：",
        "述职报告突出个人的职责和作为，工作总结突出单位的成绩、问题和下一步的打算。",
    ]))
    assert outline(doc) == [(1, "一、对象不同"), (1, "二、写法上的不同"),
                            (2, "语气："), (2, "篇幅："), (2, "重点：")]


def test_a_view_counter_above_the_text_is_no_section():
    # "2031人看过" stands between the byline and the text: a counter, not the first of the bare
    # section names below it.
    doc, _ = clean("\n".join([
        "表格里的合并单元格怎么拆分",
        "2031人看过",
        "先选中要拆分的单元格",
        "在表格里点一下已经合并的单元格，或者按住鼠标拖动选中一片合并过的区域，再打开布局菜单。",
        "再按行列数拆分",
        "在拆分单元格的对话框里填好要拆成几行几列，确认以后原来的内容会留在左上角的第一格里。",
    ]))
    assert outline(doc) == [(1, "先选中要拆分的单元格"), (1, "再按行列数拆分")]


def test_short_items_under_a_line_counting_its_parts_are_a_list():
    # "…包括…两部分。" counts the two items right below it: a list inside the paragraph's point,
    # not two sections (the text after them is about something else).
    doc, _ = clean("\n".join([
        "检讨书的写法",
        "检讨书是犯了错误以后向组织或老师说明情况、表明态度时写的文书，语气要诚恳。",
        "（一）开头交代事情的经过，写清时间、地点和自己做错了什么，不要回避责任。",
        "（二）正文一般包括认识和改正措施两部分。",
        "1.对错误的认识",
        "2.今后的改正措施",
        "结尾写上检讨人的姓名和日期，必要时请家长或班主任签字确认，一并交给老师。",
    ]))
    assert outline(doc) == []
    assert "1.对错误的认识" in paras(doc) and "2.今后的改正措施" in paras(doc)


def test_the_last_field_of_a_record_left_blank_is_no_section():
    # "五、记录：" is left blank right under "四、列席人员：" (blank too) and opens no text: the
    # record's fields end there, before a line no numbering reads; the parts with text stay.
    doc, _ = clean("\n".join([
        "家长委员会第二次会议记录",
        "一、时间：2024年3月5日下午三点",
        "二、地点：学校三楼会议室",
        "三、出席人员：家长委员会全体委员",
        "四、列席人员：",
        "五、记录：",
        "（会议内容见下页）",
        "六、主席报告",
        "本学期学校将开展春季运动会和读书节活动，请各位委员协助联系家长志愿者，做好安全保障。",
        "七、临时动议",
        "有委员提出放学时段校门口车辆拥堵，建议学校与交警中队联系，在高峰时段安排人员疏导。",
    ]))
    assert outline(doc) == [(1, "六、主席报告"), (1, "七、临时动议")]
    assert "五、记录：" in paras(doc)


def test_a_blank_label_over_its_own_list_stays_a_heading():
    # Near miss: "四、命题依据：" is left blank on its line but heads the list under it.
    doc, _ = clean("\n".join([
        "一、作文题目：那一次，我学会了等待",
        "二、作文类型：记叙文",
        "三、写作要求：写一件让自己学会耐心的事情，写清起因、经过和结果，写出心理的变化。",
        "四、命题依据：",
        "1. 初一学生常常急于求成，对“等待”有切身的体会，容易找到写作的素材。",
        "2. 题目中的“那一次”限定了写一件事，有利于学生学会选材，避免记流水账。",
        "五、评分标准：",
        "1. 内容：选材真实具体，能写出变化的过程和感悟。",
        "2. 结构：开头点题，中间详写经过，结尾照应题目。",
    ]))
    assert (1, "四、命题依据：") in outline(doc)

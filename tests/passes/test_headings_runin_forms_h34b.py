"""Numbered headings run in with their body on one line, told by the shape of their siblings
(issue 18, round 34, helper h34b). Fixtures written for the project in the forms such pages print;
each with a look-alike that must stay as it was."""

from __future__ import annotations

from helpers import clean, outline, paras, runins


def _report(third: str) -> str:
    return "\n".join([
        "某镇2023年政府信息公开工作年度报告",
        "一、总体情况",
        "（一）主动公开情况。全年公开补贴发放、项目招标和村务财务信息一百二十条，均在规定时限内发布。",
        "（二）依申请公开情况。全年收到公开申请两件，都在法定期限内答复，没有引起复议。",
        third,
        "（四）平台建设情况。镇政府网页新设“办事指南”栏目，群众可以在线查到各类证明的办理材料。",
        "二、存在的问题",
        "公开内容还不够全面，部分栏目更新较慢，下一步将安排专人维护。",
    ])


def test_a_numbered_sentence_with_a_blank_among_run_ins_stays_a_paragraph():
    # "（三）全年 没有…": a blank inside a sentence that opens on its first word, no name before
    # it: the line is all body and stays whole.
    line = "（三）全年 没有发生因公开引起的行政复议和诉讼，群众对公开工作总体满意。"
    doc, _ = clean(_report(line))
    assert runins(doc) == ["（一）主动公开情况。", "（二）依申请公开情况。", "（四）平台建设情况。"]
    # (the typography pass closes a blank between two Chinese characters)
    assert line.replace(" ", "") in paras(doc)


def test_a_blank_beside_plain_numbered_sentences_proves_nothing():
    # Siblings that are whole sentences (no run-in): the blank line is a paragraph as before.
    doc, _ = clean("\n".join([
        "关于做好假期安全工作的提醒",
        "1.假期外出要提前告知家人行程，按时回家。",
        "2.电动车充电 不要放在楼道和室内，充满后及时拔掉插头，防止起火。",
        "3.不到没有救生设施的河塘游泳，遇到险情及时拨打报警电话。",
    ]))
    assert runins(doc) == []
    # (the typography pass closes a blank between two Chinese characters)
    assert "2.电动车充电不要放在楼道和室内，充满后及时拔掉插头，防止起火。" in paras(doc)


def test_a_numbered_line_left_open_above_its_wrapped_clauses_stays_a_list_item():
    # "4.…，" wrapped by hand over "…，…" (no sentence end): one sentence, a list item as before.
    doc, _ = clean("\n".join([
        "关于开展读书月活动的安排",
        "1.各科室要在本月十日前报送参加人员名单，",
        "名单写明姓名、职务和联系电话，由办公室汇总",
        "2.各科室要在本月二十日前报送读书笔记，",
        "笔记手写或打印均可，每人不少于两篇",
    ]))
    assert runins(doc) == []
    assert outline(doc) == []


def test_a_bracketed_number_with_a_stray_enumeration_comma_is_one_marker():
    # "(1)、上午破冰——…": the 、 typed after the bracket belongs to the marker; the labels run in
    # before their dash as "(1)上午破冰——…" would.
    doc, _ = clean("\n".join([
        "公司秋季拓展活动方案",
        "一、活动安排",
        "(1)、上午破冰——全体人员按抽签分成六组，每组自取队名、设计队旗。",
        "(2)、午间野炊——各组领取食材自己搭灶，由行政部评出最佳厨房。",
        "(3)、下午协作赛——包括盲阵、信任背摔等三项，累计计分。",
        "二、保障措施",
        "（一）、交通",
        "公司统一租用两辆大巴，早上七点半在园区东门集合。",
        "（二）、安全",
        "聘请拓展基地的专职教练两名，现场配备急救箱。",
    ]))
    assert outline(doc) == [(1, "一、活动安排"), (1, "二、保障措施"), (2, "（一）、交通"), (2, "（二）、安全")]
    assert runins(doc) == ["(1)、上午破冰", "(2)、午间野炊", "(3)、下午协作赛"]
    assert "(1)、上午破冰——全体人员按抽签分成六组，每组自取队名、设计队旗。" in paras(doc)
    assert "公司统一租用两辆大巴，早上七点半在园区东门集合。" in paras(doc)


def test_rules_numbered_with_a_stray_enumeration_comma_stay_a_list():
    # "(1)、上课时要…。": whole sentences, one rule each; the wider marker makes them no headings.
    # (Rules of two clauses, "(2)、上课认真听讲，积极发言，…", run in after their first comma in
    # pairs, as "2、…" and "(2)…" lines already do: comma_runins_in_pairs, left as it was.)
    lines = ["(1)、上课时要认真听讲并积极举手发言。",
             "(2)、每天按时完成老师布置的各项作业。",
             "(3)、爱护公物不在课桌和墙壁上乱写乱画。"]
    doc, _ = clean("\n".join(["某班班级公约", "为了建设文明班级，全班同学共同遵守以下约定。", *lines]))
    assert outline(doc) == []
    assert runins(doc) == []
    for line in lines:
        assert line in paras(doc)

"""A list's first item glued after the sentence that introduces it (issue 18, round 37): the page kept
the breaks between its items but lost the one before the first, "…由下面几块组成。1.编制说明 交代…" over
"2.人员分工 …". Fixtures written for the project: made-up text in the forms such pages take."""

from __future__ import annotations

from helpers import clean, outline, paras
from reportfmt.passes.headings.midline import led_first_item_cuts


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_a_first_part_glued_after_its_lead_sentence_heads_its_section():
    doc, _ = clean(lines(
        "社区活动方案怎么写",
        "一份完整的活动方案通常由活动目的、人员分工和经费预算几块组成。1.活动目的 说明为什么要办这次活动，"
        "要解决居民反映的哪些问题。",
        "2.人员分工 列出总负责人和各小组的联络人，写明每个人的手机号码。",
        "3.经费预算 按场地、物料和餐费分项列出，合计金额要与申请的数额一致。",
    ))
    assert [text for _, text in outline(doc)] == ["1.活动目的", "2.人员分工", "3.经费预算"]
    kept = paras(doc)
    assert "一份完整的活动方案通常由活动目的、人员分工和经费预算几块组成。" in kept


def test_the_cut_falls_after_the_sentence_and_needs_the_sibling_below():
    text = "填写时请注意以下事项，逐条核对：1、姓名与证件一致；"
    assert led_first_item_cuts(text, ["2、日期写全年月日；"]) == [len("填写时请注意以下事项，逐条核对：")]
    # no sibling numbered 2 below: nothing proves a list
    assert led_first_item_cuts(text, ["以上内容由本人填写。"]) == []
    # the next numbered line is of another family: no sibling
    assert led_first_item_cuts(text, ["（二）其他事项"]) == []


def test_an_attachment_label_keeps_its_list():
    # "附件：1.…" / "2.…": a label and its list, no sentence before the first item.
    assert led_first_item_cuts("附件：1.社区活动报名表", ["2.活动安全须知"]) == []
    doc, _ = clean(lines(
        "关于举办社区运动会的通知",
        "各居民小组：",
        "为丰富居民业余生活，社区定于下月举办第三届运动会，请各小组做好报名工作。",
        "附件：1.运动会报名表",
        "2.运动会安全须知",
    ))
    assert outline(doc) == []


def test_a_clock_time_is_no_lead():
    assert led_first_item_cuts("集合时间为上午8:1、2号车在门口等候，", ["2、…"]) == []

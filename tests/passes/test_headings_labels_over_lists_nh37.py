"""A numbered label closed by its colon, alone on its line, right above its own list numbered 1, 2 …
heads that list, though the list's items are sentences and the label's siblings provisions (issue 18,
round 37: "五、其他约定：" / "1、…。" / "2、…。" was left text). Fixtures written for the project,
with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_label_over_its_own_numbered_sentences_is_a_heading():
    doc, _ = clean("\n".join([
        "仓库场地租赁协议",
        "甲乙双方经友好协商，就仓库场地租赁事宜达成如下协议：",
        "一、甲方将其位于城南物流园的三号仓库出租给乙方存放日用百货。",
        "二、租赁期限为一年，自签订之日起计算，期满后乙方有优先续租权。",
        "三、租金每季度结算一次，乙方应于每季度首月五日前付清。",
        "四、其他约定：",
        "1、乙方不得在仓库内存放易燃易爆物品，不得擅自改变仓库结构。",
        "2、仓库内货物的保管责任由乙方承担，甲方负责房屋主体的维修。",
        "3、本协议一式两份，双方各执一份，自签字之日起生效。",
    ]))
    assert outline(doc) == [(1, "四、其他约定：")]
    assert "1、乙方不得在仓库内存放易燃易爆物品，不得擅自改变仓库结构。" in paras(doc)


def test_a_bracketed_label_over_its_steps_is_a_heading():
    doc, _ = clean("\n".join([
        "（一）活动时间：五月十二日上午八点半在学校操场集合。",
        "（二）参加人员：四年级全体学生和班主任。",
        "（三）活动流程：",
        "1、各班清点人数后由班主任带队步行前往河边公园。",
        "2、到达后分组捡拾垃圾，由组长记录每组收集的数量。",
        "3、活动结束后回到学校，每人写一篇不少于三百字的体会。",
    ]))
    assert (1, "（三）活动流程：") in outline(doc)


def test_a_label_over_its_own_items_beside_a_field_is_a_heading():
    # Beside a field ("文本：按照…") the label over its own items is still the items' heading
    # (lb37's labelling decision, on four own-tune sites; round 37 had kept it a field).
    doc, _ = clean("\n".join([
        "申报材料编制要求",
        "1、文本：按照标准纸张纵向排版，左侧装订成册。",
        "2、字号：",
        "（1）封面标题用二号黑体，居中书写；",
        "（2）正文用四号仿宋体，行距固定。",
        "3、申报材料须附主管部门的审核意见。",
    ]))
    assert (1, "2、字号：") in outline(doc)
    assert all(text != "1、文本：按照标准纸张纵向排版，左侧装订成册。" for _, text in outline(doc))


def test_a_sentence_introducing_its_points_is_no_label():
    doc, _ = clean("\n".join([
        "一、公开的内容包括：",
        "1、每月的财务收支情况；",
        "2、集体资产的出租情况；",
        "二、公开的内容由委员会审核后张贴在公告栏，任何人不得擅自改动。",
    ]))
    assert all(text != "一、公开的内容包括：" for _, text in outline(doc))


def test_a_label_over_one_item_only_is_not_proven():
    doc, _ = clean("\n".join([
        "一、场地由甲方负责清扫，乙方应保持整洁。",
        "二、备注：",
        "1、本条款未尽事宜由双方另行协商确定。",
        "三、本协议自双方签字之日起生效。",
    ]))
    assert all(text != "二、备注：" for _, text in outline(doc))

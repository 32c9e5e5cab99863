"""Headings of know-how guides and flattened plans: named steps, question heads among bare heads,
a plan's two parts run together on one line. Fixtures written for the project, in the forms guide
pages and 文库 extractions print them; each rule with a line of the same shape that stays body."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_named_steps_under_a_part_are_its_subsections():
    doc, _ = clean("\n".join([
        "一、先想清楚写给谁",
        "申请书是写给批准的人看的，开头就要让对方知道你要什么，不必绕弯子。",
        "二、分三步来写",
        "第一步：说明事由",
        "用一两句话交代申请什么、为什么申请，比如因为搬家想调换宿舍。",
        "第二步：摆出理由",
        "把能说服对方的情况写具体，时间、人数和已经做过的准备都可以写上。",
        "第三步：表明态度",
        "最后写清楚获批以后会遵守哪些要求，再写上恳请批准之类的话。",
    ]))
    assert outline(doc) == [(1, "一、先想清楚写给谁"), (1, "二、分三步来写"), (2, "第一步：说明事由"),
                            (2, "第二步：摆出理由"), (2, "第三步：表明态度")]


def test_steps_written_as_sentences_stay_paragraphs():
    doc, _ = clean("\n".join([
        "整理旧档案的办法",
        "档案室每年年底都要清一次旧档案，下面是我们的做法。",
        "第一步，先把柜子里的材料全部取出，按年份摆在长桌上。",
        "这一步最费时间，最好安排两个人一起做。",
        "第二步，逐份核对目录，缺页的贴上便签。",
        "核对完的材料重新装盒，盒脊写上年份和类别。",
    ]))
    assert outline(doc) == []
    assert "第二步，逐份核对目录，缺页的贴上便签。" in paras(doc)


def test_steps_listed_line_after_line_are_a_list():
    doc, _ = clean("\n".join([
        "报名流程",
        "今年的报名全部在网上进行，请按下面的顺序办理：",
        "第一步：注册账号", "第二步：填写信息", "第三步：上传照片",
        "报名截止后不再补报，请大家抓紧时间办理。",
    ]))
    assert outline(doc) == []

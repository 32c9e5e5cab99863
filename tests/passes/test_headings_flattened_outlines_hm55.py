"""A 文库 extraction of a document numbered as an outline, run onto one line: "…预案 1 总则 1.1 编制目的
为了…。 1.2 编制依据 依据…" with the breaks left as blanks, or "…指南第1章总则1.1适用范围本指南…。1.2定义与
职责本指南中…" with none left (issue 18, round 55: m.wenke99.com, renrendoc.com, and the chunks of
zixin.com.cn). The items 1.1 1.2 … 2.1 run in order after sentence ends, colons or blanks (a chapter's
first after the chapter's short head); three whose names end at a blank or at a name word glued to
the body prove the outline. Fixtures written for the project, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_an_outline_flattened_with_blanks_is_cut_at_its_items():
    doc, _ = clean("\n".join([
        "青石镇山洪灾害防御预案",
        "青石镇山洪灾害防御预案 1 总则 1.1 编制目的 为了做好山洪灾害的防御工作，最大限度减少人员伤亡，制定本"
        "预案。 1.2 编制依据 依据防汛条例和县山洪灾害防御预案等规定。 1.3 适用范围 本预案适用于本镇山洪灾害的"
        "预防和应急处置： 1.3.1沿河村组的转移避险； 1.3.2 学校和敬老院的转移安置。 1.4 工作原则 坚持以人为本、"
        "预防为主，镇村两级分级负责。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert headings[-4:] == ["1.1 编制目的", "1.2 编制依据", "1.3 适用范围", "1.4 工作原则"]
    body = paras(doc)
    assert "依据防汛条例和县山洪灾害防御预案等规定。" in body
    assert "坚持以人为本、预防为主，镇村两级分级负责。" in body


def test_an_outline_flattened_without_blanks_is_cut_at_its_items_and_name_words():
    doc, _ = clean("\n".join([
        "文档简介",
        "社区燃气安全应急处置指南第1章总则1.1编制依据依据燃气管理的有关规定和本市燃气事故应急预案，结合本社区"
        "实际，制定本指南。1.2适用范围本指南适用于本社区范围内燃气泄漏事故的先期处置。1.3工作原则坚持快速响应、"
        "先救人后处置。第2章组织与职责2.1职责分工网格员负责入户宣传和隐患登记，物业公司负责关阀断气和现场警戒。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert "第1章总则" in headings
    assert "1.1编制依据" in headings
    assert "1.2适用范围" in headings
    assert "1.3工作原则" in headings
    body = paras(doc)
    assert any(p.startswith("依据燃气管理的有关规定") for p in body)
    assert "本指南适用于本社区范围内燃气泄漏事故的先期处置。" in body


def test_figures_with_decimals_in_a_paragraph_are_no_outline():
    text = ("今年全镇农业产值增长1.1个百分点，新建高标准农田两千亩，完成年度目标任务。1.2万名群众参加了农技培训，"
            "培训满意度较上年提高。1.3倍于去年的订单让合作社忙个不停，社员收入明显增加，村集体经济也有了起色。"
            "下一步，镇里将继续抓好产业发展，推动特色种植提质增效，让更多农户增收致富。")
    doc, _ = clean("\n".join(["青石镇农业农村工作总结", text]))
    assert outline(doc) == []
    assert text in "".join(paras(doc))


def test_a_contents_list_run_onto_a_line_is_no_outline():
    contents = ("目录 1 总则 1.1 编制目的 1.2 编制依据 1.3 适用范围 1.4 工作原则 2 组织机构 2.1 镇防汛指挥部 "
                "2.2 村级防汛工作组 2.3 抢险突击队 3 预警与响应 3.1 监测预警 3.2 转移避险 3.3 应急处置 "
                "3.4 信息报告 4 保障措施 4.1 物资保障 4.2 通信保障 5 附则")
    doc, _ = clean("\n".join([
        "青石镇山洪灾害防御预案",
        contents,
        "为了做好山洪灾害的防御工作，最大限度减少人员伤亡和财产损失，保障群众生命安全，制定本预案。本预案由镇"
        "防汛办公室负责解释，自印发之日起施行，各村要结合实际制定村级转移方案，明确转移路线和安置地点。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert "1.1 编制目的" not in headings and "1.2 编制依据" not in headings

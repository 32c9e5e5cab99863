"""A part's name glued to a body that opens by naming the document itself, "二、适用范围本办法适用于…"
(issue 18, round 53: 文库 and document-site extractions that lost the line break after the name;
read on several hosts' pages, where the parts stayed text or the whole line was read as one heading).
The name ends in a part's name word (范围, 内容, 附则 …); after a verb the same words are its object.
Fixtures written for the project, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_parts_glued_to_a_course_naming_itself_are_cut_from_their_bodies():
    doc, _ = clean("\n".join([
        "《园艺基础》课程说明",
        "一、课程简介：园艺基础是一门面向一年级学生的选修课，讲授花卉和蔬菜的栽培方法。",
        "二、课程目标本课程的目标是让学生认识常见的花卉和蔬菜，能够独立完成播种、移栽和日常养护。",
        "具体目标包括：1. 认识二十种常见花卉；2. 学会配制培养土；3. 能够写出一份种植记录。",
        "三、教学内容本课程的教学内容包括土壤与肥料、播种与育苗、病虫害防治，以及校园菜地的实践等。",
        "具体教学内容如下：1. 土壤的种类和改良；2. 常用肥料的使用方法。",
    ]))
    headings = outline(doc)
    assert (1, "二、课程目标") in headings
    assert (1, "三、教学内容") in headings
    body = "\n".join(paras(doc))
    assert "本课程的目标是让学生认识常见的花卉和蔬菜，能够独立完成播种、移栽和日常养护。" in body
    assert "本课程的教学内容包括土壤与肥料、播种与育苗、病虫害防治，以及校园菜地的实践等。" in body


def test_a_flattened_rule_cuts_its_scope_part_at_the_document_naming_itself():
    doc, _ = clean("\n".join([
        "星河物业车辆停放管理办法",
        "文档简介",
        "星河物业车辆停放管理办法一、前言近来小区车辆逐年增多，乱停乱放时有发生，为了让道路保持畅通，"
        "物业服务中心制定本办法，请各位业主配合执行。二、适用范围本办法适用于小区内停放的所有机动车和"
        "非机动车，包括业主、租户和来访人员的车辆，均需按照本办法的规定停放。三、职责分工1.物业服务中心："
        "负责车位的划定和日常巡查，发现违规停放及时劝导。2.业主委员会：负责监督本办法的执行情况。"
        "四、停放规定1.机动车：一律停放在划定的车位内。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert "二、适用范围" in headings
    scope = "本办法适用于小区内停放的所有机动车和非机动车，包括业主、租户和来访人员的车辆，均需按照本办法的规定停放。"
    assert scope in "\n".join(paras(doc))


def test_a_two_character_closing_part_is_cut_at_the_rule_naming_itself():
    doc, _ = clean("\n".join([
        "青禾街道防汛应急预案",
        "一、编制目的为了做好汛期防范工作，最大限度减少人员伤亡和财产损失，结合街道实际，制定本预案。",
        "二、适用范围本预案适用于街道辖区内因强降雨引发的积水、内涝和房屋渗漏等险情的处置。",
        "三、附则本预案由街道应急管理办公室负责解释，自印发之日起施行。",
    ]))
    headings = outline(doc)
    assert (1, "二、适用范围") in headings
    assert (1, "三、附则") in headings
    assert "本预案由街道应急管理办公室负责解释，自印发之日起施行。" in "\n".join(paras(doc))


def test_a_provision_whose_verb_takes_the_document_as_object_stays_text():
    # "认真落实本单位…", "严格执行本制度…": the words before 本 end in a verb, no part's name.
    doc, _ = clean("\n".join([
        "各班组安全生产要求",
        "一、严格执行本制度的各项规定，班组长每天上岗前检查一次设备，发现隐患立即上报。",
        "二、认真落实本单位安全生产责任，每月组织一次安全学习，做好学习记录。",
        "三、按时参加公司组织的应急演练，不得无故缺席。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert not any(text.startswith(("一、严格执行", "二、认真落实")) and len(text) <= 8 for text in headings)
    body = "\n".join(paras(doc))
    assert "一、严格执行本制度的各项规定，班组长每天上岗前检查一次设备，发现隐患立即上报。" in body

"""A 文库 document extracted in chunks, a chunk a line, its 一、 parts numbered in order across the
chunks and glued after the sentence before them (issue 18, round 55: the chunked extractions of
m.wenkunet.com, 74807.com and taowenge.com, whose chunks may open with their numbers, "2、…";
boteman.cn and zixin.com.cn print their chunks so too, with numbered points glued mid-line). No one
line holds a chain of its own, so the page's chain, three parts at least, proves the glued ones
(and a part after a chunk's number); a glued part is cut off only
where its name's end is proven: its first child glued after it, a name word with its body glued
on, or the body echoing the name. Fixtures written for the project, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_parts_glued_across_chunks_are_cut_at_their_name_words():
    doc, _ = clean("\n".join([
        "青禾街道垃圾分类推进方案",
        "青禾街道垃圾分类推进方案为改善街巷环境，结合本街道实际，制定本方案。一、工作目标到年底，辖区小区"
        "全部设置分类投放点，居民分类知晓率达到九成以上。二、主要任务（一）建好投放点。在每个小区入口附近"
        "设置四分类投放亭，配齐",
        "洗手池和照明设施，早晚各开放两小时。（二）做好宣传。组织志愿者入户发放分类指南，在楼道张贴图示，"
        "每月举办一次分类知识讲座，邀请物业人员和居民代表参加讨论。",
        "三、实施步骤第一阶段（3月至5月）摸清底数，确定投放点位置；第二阶段（6月至10月）全面推开，逐个小区"
        "验收；第三阶段（11月至12月）总结经验。四、保障措施街道成立工作专班，把分类经费列入年度预算，每月"
        "通报各社区进度。",
    ]))
    headings = outline(doc)
    assert (1, "一、工作目标") in headings
    assert (1, "二、主要任务") in headings
    assert (1, "三、实施步骤") in headings
    assert (1, "四、保障措施") in headings
    body = paras(doc)
    assert any(p.startswith("到年底，辖区小区全部设置分类投放点") for p in body)
    assert "街道成立工作专班，把分类经费列入年度预算，每月通报各社区进度。" in body


def test_parts_whose_first_child_is_glued_after_them_are_cut_there():
    doc, _ = clean("\n".join([
        "柳湾镇防汛应急预案",
        "柳湾镇防汛应急预案一、总则（一）编制目的为及时有序地应对汛期险情，减少人员伤亡和财产损失，制定本"
        "预案。（二）适用范围本预案适用于本镇行政区域内的洪涝灾害防范和处置工作。",
        "（三）工作原则坚持以人为本、预防为主，镇村两级分级负责。二、组织体系（一）镇防汛指挥部镇防汛指挥部"
        "由镇长任指挥长，分管副镇长任副指挥长，负责全镇防汛工作的统一指挥。",
        "（二）村级防汛工作组各村成立防汛工作组，由村支部书记任组长。三、预警与响应（一）预警发布镇防汛"
        "指挥部根据气象部门的预报，及时向各村发布预警信息，必要时组织群众转移。",
        "四、附则本预案由镇防汛指挥部办公室负责解释，自印发之日起施行。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert "一、总则" in headings
    assert "二、组织体系" in headings
    assert "三、预警与响应" in headings
    assert "四、附则" in headings
    assert "本预案由镇防汛指挥部办公室负责解释，自印发之日起施行。" in paras(doc)


def test_a_part_opening_a_numbered_chunk_is_cut_off_the_chunk_number():
    doc, _ = clean("\n".join([
        "石桥村道路硬化实施方案",
        "1、石桥村道路硬化实施方案为方便群众出行，结合本村实际，制定本方案。一、工作目标年内完成村内主干道"
        "硬化，总长约三公里，两侧设置排水沟。二、主要任务（一）修路。（二）护路。",
        "2、三、实施步骤第一阶段摸底测量，确定线路走向；第二阶段组织施工，分段验收合格后通车。四、保障措施"
        "村两委成立工作专班，每周通报工程进度，资金使用情况按月公开。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert headings[-2:] == ["三、实施步骤", "四、保障措施"]
    body = paras(doc)
    assert "2、" in body  # the chunk's number is kept, a line of its own
    assert any(p.startswith("第一阶段摸底测量") for p in body)


def test_a_name_word_going_on_with_its_sentence_proves_no_glued_part():
    sentence = "三、工作要求是人人参与，层层落实责任，每周五向街道报送一次进展情况。"
    doc, _ = clean("\n".join([
        "柳岸社区文明创建工作安排",
        "柳岸社区文明创建工作安排为抓好文明创建，结合社区实际，制定本安排。一、工作目标年内创成市级文明社区，"
        "居民满意率达到九成以上，楼道杂物清理率达到百分之百。",
        "二、主要任务（一）美化环境。（二）倡导新风。各网格每月开展一次志愿服务，评选文明家庭。" + sentence,
    ]))
    headings = [text for _, text in outline(doc)]
    assert "三、工作要求" not in headings
    assert any(sentence in p for p in paras(doc))


def test_a_sentence_list_of_steps_stays_one_paragraph():
    text = "整治分三步走：一、摸底。二、整改。三、验收。每一步都要有记录，由社区干部签字确认后交街道存档备查。"
    doc, _ = clean("\n".join([
        "楼道整治工作小结",
        "今年以来，社区把楼道整治作为为民办实事的重点，发动党员和楼栋长一起参与，清理杂物一百余车。",
        text,
        "下一步，社区将把楼道整治纳入日常巡查，防止杂物回潮。",
    ]))
    assert outline(doc) == []
    # (an older rule sets the sentence's items on lines of their own; none is a heading)
    assert text in "".join(paras(doc))


def test_a_month_after_a_sentence_end_is_no_glued_part():
    doc, _ = clean("\n".join([
        "青禾社区文化活动总结",
        "一、基本情况",
        "社区全年组织文化活动二十余场，参与居民三千多人次，活动场地主要在社区广场和文化室。",
        "二、主要做法",
        "社区先征求居民意见再定活动内容，广场舞队和合唱队由居民自己推选队长。三、四月份天气转暖后，"
        "各队每周在广场排练两次，由文化室提供音响设备和饮用水。",
        "三、存在不足",
        "活动场地偏小，年轻居民参与较少。",
    ]))
    headings = [text for _, text in outline(doc)]
    assert headings == ["一、基本情况", "二、主要做法", "三、存在不足"]
    assert any(p.startswith("社区先征求居民意见再定活动内容") and "三、四月份天气转暖后" in p for p in paras(doc))

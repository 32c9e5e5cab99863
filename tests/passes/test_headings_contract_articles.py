"""A contract's named articles ("第二条：服务费用" over its clauses) are headings; a law's articles,
which hold their sentence on their line, stay provisions with a marked label (issue 18, round 23:
contract_articles.py). Fixtures written for the project: made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline, paras


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_named_articles_of_a_contract_are_its_sections_and_their_clauses_stay_items():
    doc, _ = clean(lines(
        "绿化养护服务合同",
        "甲方：__________",
        "乙方：__________",
        "甲乙双方本着平等互利的原则，就甲方厂区绿化养护事宜达成如下协议，共同遵守。",
        "第一条、养护范围",
        "厂区主干道两侧绿化带及办公楼前草坪，面积约三千平方米，具体以附图为准。",
        "第二条：养护标准",
        "1、草坪高度保持在五至八厘米，每月修剪不少于两次。",
        "2、乔木、灌木每季度修剪一次，及时清除枯枝。",
        "第三条 费用及支付",
        "养护费用每年人民币______元，分两次支付，每半年支付一次。",
    ))
    assert outline(doc) == [(1, "第一条、养护范围"), (1, "第二条：养护标准"), (1, "第三条 费用及支付")]
    assert "1、草坪高度保持在五至八厘米，每月修剪不少于两次。" in paras(doc)


def test_articles_holding_their_sentences_stay_provisions():
    doc, _ = clean(lines(
        "某某县公共自行车管理办法",
        "第一条 为规范公共自行车的使用和管理，方便群众短途出行，制定本办法。",
        "第二条 本办法适用于本县城区范围内公共自行车的设置、使用和管理。",
        "第三条 使用者应当爱护车辆，按规定时间归还，不得私自占用。",
    ))
    assert outline(doc) == []
    assert any(p.startswith("第二条") and p.endswith("管理。") for p in paras(doc))


def test_one_short_article_among_provisions_is_no_named_article():
    doc, _ = clean(lines(
        "某某社区议事规则",
        "第一条 为推进社区协商民主，保障居民参与社区事务的权利，制定本规则。",
        "第二条 议事会每季度召开一次，必要时可以临时召开。",
        "第三条 附则",
        "本规则由社区居委会负责解释，自公布之日起施行。",
        "第四条 议事会的决定应当在社区公告栏公布，接受居民监督。",
    ))
    assert outline(doc) == []


def test_a_named_article_over_its_numbered_clauses_heads_them_among_provisions():
    doc, _ = clean(lines(
        "仓库租赁合同",
        "出租方：__________",
        "承租方：__________",
        "双方就承租方租用出租方仓库一事，经协商一致，订立本合同。",
        "第一条 仓库坐落于某某工业园区东区三号。",
        "第二条 租赁用途为存放日用百货，不得存放易燃易爆物品。",
        "第三条 仓库面积______平方米，租金每月______元。",
        "第四条 租赁期限和交付",
        "1. 租期______年，自______年______月______日起计算。",
        "2. 出租方应在合同签订后五日内将仓库钥匙交给承租方。",
        "第五条 双方签字盖章后本合同生效。",
    ))
    assert outline(doc) == [(1, "第四条 租赁期限和交付")]
    assert any(p.startswith("第二条") and p.endswith("易燃易爆物品。") for p in paras(doc))
    # a law's article leading into its items says a sentence first: no heading
    doc, _ = clean(lines(
        "某某市养犬管理规定",
        "第一条 为规范养犬行为，维护市容环境和社会秩序，制定本规定。",
        "第二条 有下列情形之一的，由公安机关责令改正：",
        "（一）携犬出户未束犬链的；",
        "（二）携犬进入公共场所的。",
        "第三条 本规定自公布之日起施行。",
    ))
    assert outline(doc) == []

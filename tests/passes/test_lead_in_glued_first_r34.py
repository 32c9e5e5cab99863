"""A site's lead-in glued before the document's first line with no blank between (round 34,
glued.glued_first_sentences): the lead-in's sentences go, cut whole from the line's start to
their stop, when what follows opens a document (a salutation, an addressee, a numbered heading,
the first sample's name) or the sentences speak as the site (小编, 范文, 供大家参考). A news
item's paragraph whose sentence names 大家 and a 方案 stays whole.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts

LEAD = ("石刻里也有不少租地的契约，可见把约定写下来由来已久。"
        "下面给大家带来一些关于车位出租合同的范本，欢迎阅读与借鉴，希望对你们有帮助！")
CONTRACT = ["出租方（甲方）：柳某某", "承租方（乙方）：周某某",
            "经双方平等协商，就甲方车位出租事宜订立本合同，各方共同遵守。"]


def test_a_lead_in_glued_to_the_first_samples_name_goes():
    doc, _report = clean("\n".join(["车位出租合同范本8篇", LEAD + "车位出租合同篇1", *CONTRACT]))
    assert texts(doc)[0] == "车位出租合同篇1"
    assert LEAD not in "\n".join(texts(doc))


def test_a_lead_in_glued_to_a_salutation_goes():
    lead = "国旗下讲话稿怎么写？下面是小编整理的一篇讲话稿，供大家参考。"
    speech = ["尊敬的各位老师，亲爱的同学们：", "大家早上好！今天我讲话的题目是《珍惜时间》。"]
    doc, _report = clean("\n".join(["珍惜时间国旗下讲话稿", lead + speech[0], speech[1]]))
    assert texts(doc)[:2] == speech


def test_a_speaker_recommending_a_book_before_the_salutation_stays():
    line = "今天我给大家推荐《乡土中国》，希望大家喜欢。同学们：新学期开始了，希望大家多读好书。"
    doc, _report = clean("\n".join(["读书分享", line, "第二段正文，讲的是读书的方法。"]))
    assert texts(doc)[0] == line


def test_a_news_paragraph_naming_residents_and_a_plan_stays_whole():
    paragraph = ("3月12日晚，桂园社区在楼道口召开加装电梯议事会，二十多位居民代表围坐在一起逐项商量。"
                 "大家当场议定先由楼栋长挨户收集意见，再请设计单位出两套方案交全楼投票。"
                 "今年街道计划在六个老旧小区推进加装电梯。（周某某）")
    doc, _report = clean("\n".join(["桂园社区：楼道口开起议事会", "来源：县融媒体中心", paragraph]))
    assert any(paragraph[:40] in line for line in texts(doc))


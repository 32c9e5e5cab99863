"""A writer's own collective offering its way to others, kept (issue 18, round 30: every word of the
document kept). A unit sharing its practice ("以下是我们镇的做法，仅供参考", "以上是我们的一些粗浅
体会") speaks in its own 我们 about its own place or work; a site says 我们 only as the one that did
something for the reader ("我们为大家整理了…"), and that still goes. Fixtures are written for the
project, words made up."""

from __future__ import annotations

from helpers import clean, texts

TITLE = "村务公开怎么做"
BODY = ["一、公开内容", "村级财务收支每季度公开一次，重大事项随时公开。",
        "二、公开方式", "在村务公开栏张贴，同时在村民微信群发布。"]


def test_a_posters_own_way_offered_for_reference_stays():
    own = "说明：以下是我们镇去年统一规范后的做法，仅供坛友参考。"
    doc, report = clean("\n".join([TITLE, own, *BODY]))
    assert texts(doc) == [own, *BODY]
    assert own not in [r["text"] for r in report.removed]


def test_a_unit_sharing_its_own_way_stays_at_the_head_and_at_the_end():
    head = "这里把我们村的做法整理出来，希望对大家有所帮助。"
    tail = "以上是我们的一些粗浅体会，仅供大家参考。"
    doc, _report = clean("\n".join([TITLE, head, *BODY, tail]))
    assert texts(doc) == [head, *BODY, tail]


def test_the_site_doing_it_for_the_reader_still_goes():
    lead = "以下是我们为大家整理的村务公开做法范文，仅供参考。"
    doc, report = clean("\n".join([TITLE, lead, *BODY]))
    assert texts(doc) == BODY
    assert [r["text"] for r in report.removed if r["rule"].startswith("lead-in.")] == [lead]


CONTRACT = ["设计委托合同", "甲方：某某餐饮管理有限公司", "乙方：某某设计工作室",
            "乙方按甲方要求完成门店标识设计，甲方按约定支付设计费。"]


def test_a_clause_saying_whose_the_copyright_is_stays_at_the_end():
    # A footer says 版权所有 beside a site's name, a year or ©; a contract's clause says whose it is.
    clause = "本合同涉及的设计图纸版权所有归甲方，乙方不得擅自复制使用。"
    doc, _report = clean("\n".join([*CONTRACT, clause]))
    assert texts(doc)[-1] == clause
    footer = "版权所有：某某设计网 2010-2024"
    doc, report = clean("\n".join([*CONTRACT, clause, footer]))
    assert texts(doc)[-1] == clause
    assert [r["text"] for r in report.removed if r["rule"] == "footer.copyright"] == [footer]

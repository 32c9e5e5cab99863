"""Run-in headings that name their paragraph: quoted or booked names, names closed by "！", a
paragraph opening with a quotation, and unnumbered names in a series (series.py). Fixtures written
for the project, in the forms 倡议书, plans, speeches and blog posts print them."""

from __future__ import annotations

from helpers import clean, outline, paras, runins


def test_a_numbered_name_may_quote_a_slogan_holding_marks_of_its_own():
    doc, _ = clean("\n".join([
        "文明旅游倡议书", "广大市民朋友：", "为营造良好的旅游环境，我们发出如下倡议：",
        "一、争做“文明旅游、安全出游”的宣传者。出游前主动了解目的地的风俗习惯，把文明出游的理念告诉亲友。",
        "二、争做“文明旅游、安全出游”的实践者。游览时爱护景区设施，不乱写乱画，不随手丢弃垃圾。",
        "三、争做“文明旅游、安全出游”的监督者。看到不文明的行为要善意提醒，共同维护景区秩序。",
        "让我们携起手来，共同营造文明和谐的旅游环境。",
    ]))
    assert runins(doc) == ["一、争做“文明旅游、安全出游”的宣传者。", "二、争做“文明旅游、安全出游”的实践者。",
                           "三、争做“文明旅游、安全出游”的监督者。"]
    assert outline(doc) == []


def test_a_numbered_name_may_name_a_document_or_a_system_in_quotes():
    doc, _ = clean("\n".join([
        "某局党支部工作计划",
        "一、学习《条例》。组织全体干部职工认真学习新修订的条例，每月至少开展一次集中学习。",
        "二、落实“三会一课”。严格按照规定召开支部党员大会、支委会和党小组会，按时上好党课。",
        "三、开展“结对帮扶”。每名党员联系一户困难群众，每季度至少走访一次，帮助解决实际困难。",
    ]))
    assert runins(doc) == ["一、学习《条例》。", "二、落实“三会一课”。", "三、开展“结对帮扶”。"]


def test_a_paragraph_may_open_with_a_quotation_after_its_name():
    doc, _ = clean("\n".join([
        "学习心得",
        "一、坚持问题导向。“问题是时代的声音”，我们要敢于直面问题，善于分析问题，把解决问题作为出发点。",
        "二、坚持系统观念。“万物得其本者生”，工作中要统筹兼顾、整体推进，防止顾此失彼、单打独斗。",
    ]))
    assert runins(doc) == ["一、坚持问题导向。", "二、坚持系统观念。"]
    assert paras(doc)[0].endswith("把解决问题作为出发点。")


def test_a_name_closed_by_an_exclamation_mark_runs_in():
    doc, _ = clean("\n".join([
        "节约倡议书", "同志们：",
        "1．节约用水！我们要从身边的小事做起，随手关闭水龙头，一水多用，杜绝长流水现象。",
        "2．节约用电！做到人走灯灭，空调温度夏季不低于二十六度，下班关闭电脑显示器。",
        "3．节约用纸！提倡双面打印，尽量使用电子文档，减少纸张浪费。",
    ]))
    assert runins(doc) == ["1．节约用水！", "2．节约用电！", "3．节约用纸！"]


def test_a_quotation_after_a_colon_is_what_the_line_introduces_not_a_paragraph():
    doc, _ = clean("\n".join([
        "关于修改某某办法的决定",
        "一、第三条修改为：“本办法适用于本市行政区域内的各类建设项目，另有规定的除外。”",
        "二、第五条修改为：“主管部门应当在十个工作日内作出决定，并书面告知申请人。”",
    ]))
    assert runins(doc) == []
    assert outline(doc) == []

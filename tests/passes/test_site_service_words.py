"""A site's service buttons alone on a line outside the text (round 37, issue 18): its contact
desk, its member and author centres, its subscription account, the way back home, the scan and
listen buttons. They go above the document's first line and after its last one; a notice that
names one of them over its own paragraph keeps it. Every line here was written for this test."""

from __future__ import annotations

from helpers import clean, removed_by, texts

BODY = ["今年以来，社区围绕老旧小区改造开展了入户走访，共收集居民意见一百二十余条。",
        "针对停车难、照明差等问题，社区联合物业制定了分批整改清单，目前已完成六项。",
        "下一步，社区将把整改进度按月公示，接受居民监督。"]
RULE = "meta-lines.site-service-word"


def test_service_buttons_after_the_text_go():
    tail = ["微信订阅号", "联系客服"]
    doc, report = clean("\n".join([*BODY, *tail]))
    assert texts(doc) == BODY
    assert removed_by(report, RULE) == tail


def test_a_scan_button_closing_the_page_goes():
    doc, report = clean("\n".join([*BODY, "扫描"]))
    assert texts(doc) == BODY
    assert removed_by(report, RULE) == ["扫描"]


def test_a_sites_links_closing_the_page_go():
    tail = ["我要纠错", "手机版"]
    doc, report = clean("\n".join([*BODY, *tail]))
    assert texts(doc) == BODY
    assert removed_by(report, RULE) == tail


def test_account_bar_buttons_above_the_title_go():
    head = ["【会员中心】", "创作中心"]
    doc, report = clean("\n".join([*head, "社区老旧小区改造工作情况", *BODY]))
    assert texts(doc) == BODY
    assert report.title == "社区老旧小区改造工作情况"
    assert removed_by(report, RULE) == head


def test_a_service_word_heading_its_paragraph_inside_the_text_stays():
    # A platform's work plan names its member centre over the paragraph about it.
    lines = [BODY[0], "会员中心", "全年新增注册会员八百余人，会员活动每月开展一次，参与人数稳步增长。", BODY[2]]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == lines
    assert removed_by(report, RULE) == []

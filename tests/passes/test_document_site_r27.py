"""Document-site and paywall lines (issue 18, round 27): an English-interface mirror's buttons and
its citation preview's snippet, a download price with decimals, a note of how many of the file's
pages are previewed. Near misses stay: a report's sentence about its own pages, an English word in
a sentence. Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区安全巡查制度"
BODY = ["一、总则", "为了加强社区安全管理，保障居民生命财产安全，结合本社区实际，制定本制度。",
        "二、巡查范围", "巡查范围包括楼道、地下车库、消防通道和公共活动场地。"]


def test_an_english_mirrors_buttons_and_preview_snippet_go():
    head = ["• Upload", "Embed Size (px)", "Citation preview",
            "Page 1: 东风社区居委会 - example.org...为了加强社区安全管理，保障居民生命财产安全。"]
    doc, report = clean("\n".join([TITLE, *head, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "document-site.viewer-buttons-english") == [
        "• Upload", "Embed Size (px)", "Citation preview"]
    assert len(removed(report, "document-site.preview-page-snippet")) == 1


def test_a_price_with_decimals_and_the_pages_previewed_go():
    lines = ["下载资源需要6.99金币", "本文档共16页，当前预览前5页", "预览前3页/共12页"]
    doc, report = clean("\n".join([TITLE, *BODY[:2], *lines, *BODY[2:]]))
    assert texts(doc) == BODY
    assert removed(report, "document-site.download-cost") == ["下载资源需要6.99金币"]
    assert removed(report, "paywall.pages-previewed-of-total") == lines[1:]


def test_a_sentence_about_pages_or_an_english_word_stays():
    lines = ["本报告共16页，前5页为调查概况，其余为分项数据和附表。", "会议邀请Upload公司的技术人员作了讲解。"]
    doc, _ = clean("\n".join([TITLE, *BODY, *lines]))
    assert texts(doc)[-2:] == lines


def test_a_viewers_buttons_and_its_end_of_reading_note_go():
    lines = ["用App打开", "原创文档", "此文档被下载 35 次", "阅读已结束，如果下载本文需要使用 2 下载券"]
    doc, report = clean("\n".join([TITLE, lines[0], lines[1], *BODY, *lines[2:]]))
    assert texts(doc) == BODY
    assert removed(report, "document-site.viewer-buttons") == lines[:3]
    assert removed(report, "paywall.reading-ended-pay-to-download") == lines[3:]


def test_a_sentence_about_an_app_or_original_work_stays():
    lines = ["居民可以用App打开社区服务平台，在线预约办事。", "原创文档的版权归作者所有，转载须经本人同意并注明出处。"]
    doc, _ = clean("\n".join([TITLE, *BODY, *lines]))
    assert texts(doc)[-2:] == lines


def test_a_template_shops_buy_wall_and_price_field_go():
    lines = ["获取完整文档请先购买", "下载价格8 图币"]
    doc, report = clean("\n".join([TITLE, *lines, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "paywall.buy-for-full-document") == lines
    # a sentence on prices stays
    sentence = "活动室场地使用价格：每小时50元，由物业统一收取。"
    doc, _ = clean("\n".join([TITLE, *BODY, sentence]))
    assert texts(doc)[-1] == sentence

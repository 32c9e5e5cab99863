"""文库 page forms (round 54): a download notice numbers its clauses 1、 2. 3：, never 2.1, so a
document's decimal section line that names a 平台 or a 下载 stays on a 文库 page; a viewer's close
inviting the reader to download the file if they like it goes, and an app review's own "喜欢就下载吧"
stays. Fixtures are written for the project with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

# Two 文库 markers (a file-fact line and a download button) switch the document-site profile on.
FACTS = ["上传人:梧****桐 文档编号:4455667 上传时间:2024-05-06 格式:DOCX 页数:12 大小:40.2KB",
         "点击下载"]
TITLE = "社区团购平台运营情况调研报告"
SECTION = "二、调研发现"
DECIMAL = ("2.1本次走访的六个小区中，团购平台共有九家，居民多在晚间下单，"
           "次日到自提点取货，部分平台已提供送货上门和小程序下载服务。")
AFTER = "2.2自提点设在楼道口，雨天取货不便，售后退换要找团长协调。"


def test_a_decimal_section_line_naming_a_platform_stays_on_a_wenku_page():
    doc, report = clean("\n".join([TITLE, *FACTS, SECTION, DECIMAL, AFTER]))
    assert removed(report, "document-site.numbered-notice") == []
    body = texts(doc)
    assert DECIMAL in body
    assert AFTER in body


def test_a_notice_clause_numbered_with_a_dot_still_goes():
    clause = "2. 本站不支持迅雷下载，请改用浏览器自带的下载功能。"
    doc, report = clean("\n".join([TITLE, *FACTS, clause, SECTION, DECIMAL]))
    assert removed(report, "document-site.numbered-notice") == [clause]
    assert texts(doc)[-1] == DECIMAL


def test_a_decimal_line_under_a_download_notice_is_not_taken_for_its_clause():
    notice = ["下载须知", "1、本站不提供文档的编辑服务。", "2、如需退款请联系客服处理。"]
    doc, _report = clean("\n".join([TITLE, *FACTS, *notice, DECIMAL, AFTER]))
    assert DECIMAL in texts(doc)
    assert AFTER in texts(doc)
    assert notice[1] not in texts(doc) and notice[2] not in texts(doc)


def test_a_download_if_you_like_close_goes_on_a_wenku_page():
    for close in ("喜欢就下载吧，查找使用更方便", "如果喜欢就下载吧！", "亲,喜欢的话就下载吧"):
        doc, report = clean("\n".join([TITLE, *FACTS, close, SECTION, AFTER]))
        assert removed(report, "document-site.download-if-liked") == [close], close
        assert texts(doc) == [SECTION, AFTER]


def test_an_app_reviews_own_download_invitation_stays():
    lines = ["记账小工具试用体验", "这款记账工具界面简洁，分类清楚，每月还能自动生成收支图表。",
             "喜欢就下载吧，查找使用更方便"]
    doc, report = clean("\n".join(lines))
    assert removed(report, "document-site.download-if-liked") == []
    assert lines[2] in texts(doc)

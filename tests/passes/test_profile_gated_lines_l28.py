"""A 文库 page cut short shows one marker of the document-site profile and the profile's own lines
(issue 18, round 28, l28).

A document-sharing page's first screen, as a scrape keeps it, may hold a single marker ("合集下载",
"开通vip", "《X.doc》由会员分享…") and then its buttons and notices ("下载须知", "文档贡献者",
"友情提示"), the lines the profile's gated rules name. Counted on 文库 pages of the search tool's
`pages` corpus (360docs-, ishare-, taowenge-like pages show one marker at their top). One marker
with two such lines switches the profile on; a marker alone, or the gated lines alone, do not.
Fixtures are written here in our own words with made-up names.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾社区年度工作总结"
BODY = ["今年以来，青禾社区坚持把为民服务放在首位，先后走访困难家庭四十余户，解决实际问题二十多件。",
        "在环境整治方面，社区组织志愿者清理楼道杂物，拆除违规搭建十二处，居民满意度明显提升。"]


def test_one_marker_and_two_gated_lines_switch_the_profile_on():
    doc, report = clean("\n".join([TITLE, "合集下载", "下载须知", "文档贡献者", *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "document-site.download-notice-label") == ["下载须知"]
    assert removed(report, "document-site.file-button") == ["文档贡献者"]


def test_one_marker_and_one_gated_line_leave_the_profile_off():
    doc, _report = clean("\n".join([TITLE, "合集下载", "文档贡献者", *BODY]))
    assert texts(doc) == ["文档贡献者", *BODY]


def test_gated_lines_without_a_marker_leave_the_profile_off():
    doc, _report = clean("\n".join([TITLE, "下载须知", "文档贡献者", *BODY]))
    assert texts(doc) == ["下载须知", "文档贡献者", *BODY]

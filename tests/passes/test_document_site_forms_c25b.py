"""A 文库 page's file facts by form (issue 18, round 25, c25b): a bracketed placeholder for a page's
preview image, a field whose value is only an office file's format or size (whatever its label),
what the downloaded file allows, the download counter, the bracketed label of the notice about
the file and its numbered clauses. Each with a line of the same shape that stays. Fixtures are
written for the project, words made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "2024年社区志愿服务工作总结"
BODY = ["今年以来，社区志愿服务队围绕居民需求，组织开展各类服务活动四十余次，参与人数超过六百人次。",
        "一、主要做法",
        "一是建立服务台账，逐户了解老人和困难家庭的需要；二是固定每周六为服务日，方便居民预约。",
        "二、下一步打算",
        "明年将继续扩大队伍，把助老、助学和环境整治三项服务做细做实。"]


def page(head: list[str], tail: list[str] = ()):
    return clean("\n".join([TITLE, *head, *BODY, *tail]))


@pytest.mark.parametrize(("line", "rule"), [
    ("[图片：第1页预览]", "document-site.page-image-label"),
    ("【预览图 第3页】", "document-site.page-image-label"),
    ("资料格式：doc", "document-site.file-format-value"),
    ("附件大小：56KB", "document-site.file-format-value"),
    ("已下载 12 次", "document-site.download-count"),
    ("本资料每一页都由会员提供，下载后可编辑。", "document-site.editable-after-download"),
])
def test_file_facts_go(line, rule):
    doc, report = page([line])
    assert removed(report, rule) == [line]
    assert texts(doc)[0] == BODY[0]


@pytest.mark.parametrize("line", [
    "图1 第3页所列各项指标完成情况",
    "提交格式：pdf",
    "附件大小：不超过5MB",
    "下载次数较多的资料将优先更新。",
    "报名表下载后请如实填写，于5月10日前交回。",
])
def test_lines_of_the_same_shape_stay(line):
    doc, _report = page([], [line])
    assert line in texts(doc)


def test_file_notice_label_takes_its_clauses():
    notice = ["【文档说明】", "1、本文档为word格式，下载后可编辑。", "2、如有疑问请联系客服。"]
    doc, report = page(notice)
    assert removed(report, "document-site.file-notice-label") == ["【文档说明】"]
    assert not any(line in texts(doc) for line in notice)
    assert texts(doc)[0] == BODY[0]


def test_a_documents_own_note_stays():
    note = ["【编制说明】", "1、本方案依据区里的年度计划编制。", "2、方案由社区居委会负责解释。"]
    doc, _report = page([], note)
    assert all(line in texts(doc) for line in note)

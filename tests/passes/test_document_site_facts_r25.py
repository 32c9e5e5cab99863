"""A 文库 page's facts about the file by form (issue 18, round 25): the file's page count (alone or
as a numbered clause of the notice), its format note, the site's "documents are uploaded by users"
clause, and on a document site only (two markers) the facts box's label, a group-buy field and the
preview's refresh control. Near misses stay: a rule counting its own 章 and 条, a meeting's
papers counted in pages, a book's 内容简介 on a page that is no document site.
Fixtures are written for the project, words made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区志愿服务活动方案"
BODY = ["为弘扬志愿服务精神，丰富社区居民文化生活，结合本社区实际，制定本方案。",
        "一、活动时间", "2024年3月5日至3月31日。", "二、活动内容",
        "组织志愿者开展环境清扫、敬老助残和政策宣传等活动，每周不少于两次。"]


@pytest.mark.parametrize(("line", "rule"), [
    ("本文档共5页，可阅读全部内容。", "document-site.document-page-count"),
    ("1、本文档共12页，下载后可阅读全部内容。", "document-site.document-page-count"),
    ("本资料为word格式，可自由编辑。", "document-site.file-format-note"),
    ("3、本站文档均由网友或合作方上传，本站不保证内容的准确性。", "document-site.uploaded-by-users"),
])
def test_the_sites_facts_about_the_file_go(line, rule):
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert removed(report, rule) == [line]
    assert texts(doc)[0] == BODY[0]


@pytest.mark.parametrize("line", ["一、本制度共五章二十条，自印发之日起施行。", "会议材料共12页，请与会人员提前阅读。",
                                  "本文件共3页，请各单位认真核对。"])
def test_a_documents_own_count_stays(line):
    doc, _report = clean("\n".join([TITLE, *BODY, line]))
    assert texts(doc)[-1] == line


def test_the_facts_box_goes_on_a_document_site_only():
    box = ["文档信息", "文档格式：PDF", "本文档共8页，可阅读全部内容。", "团购合买：点击进入团购", "内容简介",
           "刷新页面文档预览"]
    doc, report = clean("\n".join([TITLE, *box, *BODY]))
    assert texts(doc) == BODY
    for line, rule in (("文档信息", "facts-box-label"), ("团购合买：点击进入团购", "group-buy"),
                       ("内容简介", "facts-box-label"), ("刷新页面文档预览", "preview-refresh")):
        assert line in removed(report, f"document-site.{rule}"), line
    # No document site: a book's own 内容简介 heading stays.
    book = ["内容简介", "本书讲述了一个山村小学教师三十年如一日坚守讲台的故事，语言朴实，感人至深。"]
    doc, _report = clean("\n".join(["山里的灯", *book, *BODY]))
    assert "内容简介" in texts(doc)

"""A web address alone on its line under a sentence that points the reader to it ("…网址如下：",
"详见：", "網址如下：") is the document's: kept. A page's bare link among its facts still goes."""

from __future__ import annotations

from helpers import clean, texts

HEAD = ["关于公布年度优秀志愿服务项目名单的通知", "发布时间：2024-06-03", "各区志愿服务组织："]


def test_an_address_under_a_pointing_sentence_stays():
    lines = ["现将年度优秀志愿服务项目名单予以公布，项目的详细介绍已在市志愿服务平台发布，网址如下：",
             "https://www.example-volunteer.cn/projects/2024/list.html",
             "希望各组织以获评项目为榜样，进一步提升志愿服务水平。", "详见：", "http://www.example-volunteer.cn/n/18.pdf",
             "某市志愿服务联合会", "2024年6月3日"]
    doc, report = clean("\n".join([*HEAD, *lines]))
    assert texts(doc) == [HEAD[2], *lines]
    assert [r["rule"] for r in report.removed] == ["metadata.title", "metadata.date"]


def test_traditional_pointer_too():
    lines = ["本會年度報告已上載至網站，網址如下：", "https://www.example-club.org.hk/report-2024.pdf",
             "如有查詢，請致電本會秘書處。"]
    doc, _ = clean("\n".join(["會員通告", "各位會員：", *lines]))
    assert texts(doc)[-3:] == lines

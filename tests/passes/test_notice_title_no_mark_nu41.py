"""A notice's title ending in 公告 whose words before it name no organisation ("某某项目招标公告",
"…招聘公告") is its title, not a 发文机关标志: no issuer is made of it, and the title line leaves
the body as a title does. A mark naming its issuer ("某县人民政府公告") is still one. Made-up pages."""

from __future__ import annotations

from helpers import clean, texts

BODY = ["项目编号：NL-2025-017",
        "南岭县第二中学食堂设备采购项目已具备招标条件，现进行公开招标，欢迎符合条件的供应商参加投标。",
        "一、采购内容", "商用蒸饭柜四台，不锈钢操作台十二张。"]


def test_a_tender_notice_title_is_no_issuers_mark():
    doc, report = clean("\n".join(["南岭县第二中学食堂设备采购项目招标公告", *BODY]))
    assert report.title == "南岭县第二中学食堂设备采购项目招标公告"
    assert report.gongwen == [] and "issuer" not in doc.metadata and "issuer_mark" not in doc.metadata
    assert texts(doc) == BODY


def test_a_governments_notice_mark_still_names_its_issuer():
    _doc, report = clean("\n".join(["南岭县人民政府公告", "南政告〔2025〕2号", "关于春季森林防火期的公告",
                                   "为加强春季森林防火工作，现将有关事项公告如下。", "南岭县人民政府", "2025年3月1日"]))
    marks = {g["field"]: g["value"] for g in report.gongwen}
    assert marks["issuer_mark"] == "南岭县人民政府公告" and marks["issuer"] == ["南岭县人民政府"]

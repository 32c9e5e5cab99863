"""List-valued metadata (a notice's issuer, a 公文's issuers) comes out in docProps/custom.xml
as one string, items joined by "、", on every DOCX path: the report layout written from the
document itself (no copy) and from a laid-out copy, and the 公文 layout; a page without list
metadata keeps pandoc's custom.xml byte for byte."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import panflute as pf
import pytest
from lxml import etree

from reportfmt.api import convert_file
from reportfmt.write import render
from reportfmt.write.custom_props import fill_lists, list_texts

HEAD = ("<html><head><meta charset='utf-8'><title>关于开展秋季道路巡查的通知_某某县人民政府</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/gk'>信息公开</a></div><div class='main'>"
        "<table class='facts'>"
        "<tr><td>索引号：</td><td>00123456/2026-00301</td><td>主题分类：</td><td>交通</td></tr>"
        "<tr><td>发布机构：</td><td>某某局</td><td>成文日期：</td><td>2026年09月12日</td></tr>"
        "<tr><td>文号：</td><td>某交发〔2026〕31号</td><td>发布日期：</td><td>2026年09月14日</td></tr></table>"
        "<h1>关于开展秋季道路巡查的通知</h1><div class='content'>")
BODY = ("<p>入秋以来雨水偏多，为及早发现路面塌陷和边坡松动，现就秋季道路巡查安排如下。</p>"
        "<p>一、巡查范围</p><p>县道、乡道及通村公路全部纳入巡查，重点查看桥涵、陡坡和临水路段。</p>"
        "<p>二、上报方式</p><p>发现隐患当日拍照登记，次日上午前报送县局养护股，重大险情立即电话报告。</p>")
FOOT = "</div></div><div class='foot'>主办：某某县人民政府办公室</div></body></html>"
JOINT = ("---\nreportfmt:\n  layout: gongwen\nissuer:\n  - 甲局\n  - 乙局\n---\n\n"
         "关于联合开展河道清理的通知\n\n各有关单位：\n\n"
         "为改善汛前河道行洪条件，两局决定于十月联合开展一次河道清理，请各单位按分工抓好落实。\n\n"
         "甲局　　乙局\n\n2026年9月20日\n")
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
PLAIN = ("---\ntitle: 一份普通的说明\nauthor: 张三\nversion: 第二版\n---\n\n"
         "这是一段普通的正文，没有任何列表形式的元数据。\n")


def custom_xml(docx: str | Path) -> str:
    with zipfile.ZipFile(docx) as z:
        return z.read("docProps/custom.xml").decode("utf-8")


def properties(docx: str | Path) -> dict[str, str]:
    return dict(re.findall(r'name="([^"]+)"><vt:lpwstr>([^<]*)</vt:lpwstr>', custom_xml(docx)))


@pytest.fixture
def in_place(monkeypatch):
    """Records whether each report-layout DOCX was written from the document itself."""
    seen: list[bool] = []
    original = render._docx_in_place

    def spy(doc, dumped):
        data = original(doc, dumped)
        seen.append(data is not None)
        return data

    monkeypatch.setattr(render, "_docx_in_place", spy)
    return seen


@pytest.mark.parametrize(("body", "no_copy"), [
    (BODY, True),  # no notice lines, no closing: the DOCX is written from the document itself
    ("<p>各乡镇交通管理站：</p>" + BODY + "<p>某某局</p><p>2026年9月12日</p>", False),  # recipients, closing: a copy
])
def test_a_notices_issuer_from_its_facts_box_is_a_custom_property(tmp_path, in_place, body, no_copy):
    page = tmp_path / "notice.html"
    page.write_text(HEAD + body + FOOT, encoding="utf-8")
    record = convert_file(page, tmp_path / "out", to="docx")
    assert in_place == [no_copy]
    props = properties(record["outputs"]["docx"])
    assert props["issuer"] == "某某局"
    assert props["doc_number"] == "某交发〔2026〕31号"


def test_a_gongwens_two_issuers_are_one_property_and_its_layout_still_reads_the_list(tmp_path):
    page = tmp_path / "joint.md"
    page.write_text(JOINT, encoding="utf-8")
    record = convert_file(page, tmp_path / "out", to="docx")
    docx = record["outputs"]["docx"]
    assert properties(docx)["issuer"] == "甲局、乙局"
    with zipfile.ZipFile(docx) as z:
        body = etree.fromstring(z.read("word/document.xml")).find("w:body", NS)
    joint = [("".join(p.itertext())) for p in body.iterfind("w:p", NS)
             if p.find("w:pPr/w:pStyle[@w:val='GongwenMarkJoint']", NS) is not None]
    # The joint mark still prints each issuer on a line of its own (gongwen.py reads the list).
    assert joint == ["甲局", "乙局"]


def test_a_page_without_list_metadata_keeps_pandocs_custom_xml(tmp_path, monkeypatch):
    page = tmp_path / "plain.md"
    page.write_text(PLAIN, encoding="utf-8")
    after = custom_xml(convert_file(page, tmp_path / "after", to="docx")["outputs"]["docx"])
    monkeypatch.setattr(render, "fill_lists", lambda doc: None)  # as before the fix
    before = custom_xml(convert_file(page, tmp_path / "before", to="docx")["outputs"]["docx"])
    assert after == before
    assert properties(tmp_path / "after" / "plain.docx")["version"] == "第二版"


def test_only_lists_of_plain_inlines_are_joined_and_a_written_value_stays():
    doc = pf.Doc(metadata={"issuer": ["甲局", "乙局"], "one": "单个值", "blank": []})
    doc.metadata["nested"] = pf.MetaList(pf.MetaMap(name=pf.MetaString("某人")))
    doc.metadata["amp"] = pf.MetaList(pf.MetaInlines(pf.Str("A&B")), pf.MetaString("<C>"))
    assert list_texts(doc) == {"issuer": "甲局、乙局", "amp": "A&B、<C>"}
    xml = ('<Properties><property pid="2" name="amp"><vt:lpwstr></vt:lpwstr></property>'
           '<property pid="3" name="issuer"><vt:lpwstr>已有</vt:lpwstr></property>'
           '<property pid="4" name="nested"><vt:lpwstr></vt:lpwstr></property></Properties>')
    assert fill_lists(doc)(xml) == xml.replace('"amp"><vt:lpwstr>', '"amp"><vt:lpwstr>A&amp;B、&lt;C&gt;')
    assert fill_lists(pf.Doc(metadata={"title": "只有标题"})) is None

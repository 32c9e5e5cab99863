"""A government page's box of the document's facts (索引号, 发布机构, 成文日期, 文号): its 文号, its issuer
and its 成文日期 become metadata and are in the manifest, whether the extraction left the box outside the
article (it goes), the box is a table inside it (it stays: web-gold keeps such a box as text), or the
page is text (its lines go as meta-lines)."""

from __future__ import annotations

import pytest

from reportfmt.api import convert_file
from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text

BOX = ("<table class='facts'>"
       "<tr><td>索引号：</td><td>00912345/2026-00077</td><td>主题分类：</td><td>农业、水利</td></tr>"
       "<tr><td>发布机构：</td><td>北坡县农业农村局</td><td>成文日期：</td><td>2026年05月06日</td></tr>"
       "<tr><td>标题：</td><td colspan='3'>关于做好春播农资供应的通知</td></tr>"
       "<tr><td>文号：</td><td>北农发〔2026〕9号</td><td>发布日期：</td><td>2026年05月08日</td></tr></table>")
TEXT = ("<p>各乡镇农业服务中心：</p>"
        "<p>春播在即，为保证种子和化肥按时到户，现将有关事项通知如下。</p>"
        "<p>一、摸清需求</p><p>各中心要在五月十五日前摸清辖区内种子、化肥的需求数量，建立台账。</p>"
        "<p>二、严把质量</p><p>对经销门店开展一次拉网式检查，发现假冒伪劣农资一律下架。</p>"
        "<p>北坡县农业农村局</p><p>2026年5月6日</p>")


def _page(inside: bool) -> str:
    head = ("<html><head><meta charset='utf-8'><title>关于做好春播农资供应的通知_北坡县人民政府</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/gk'>政务公开</a></div>")
    if inside:
        main = f"<div class='content'>{BOX}<h1>关于做好春播农资供应的通知</h1>{TEXT}</div>"
    else:
        main = f"<div class='main'>{BOX}<h1>关于做好春播农资供应的通知</h1><div class='content'>{TEXT}</div></div>"
    return head + main + "<div class='foot'>主办：北坡县人民政府办公室</div></body></html>"


@pytest.mark.parametrize("inside", [False, True])
def test_the_boxs_facts_become_metadata(inside):
    processed = process_bytes(_page(inside).encode("utf-8"), "notice.html", build_options())
    doc, report = processed.doc, processed.report
    assert doc.get_metadata("doc_number") == "北农发〔2026〕9号"
    issuer = doc.get_metadata("issuer")
    assert (issuer if isinstance(issuer, list) else [issuer]) == ["北坡县农业农村局"]
    assert report.doc_number == "北农发〔2026〕9号"
    assert report.issuer == "北坡县农业农村局"
    assert report.date == "2026-05-06"  # 成文日期, not the day it was put online
    body = "\n".join(block_text(b) for b in doc.content)
    assert "索引号" not in body if not inside else "索引号" in body  # inside the article the box stays, as
    assert "各乡镇农业服务中心：\n" in body  # web-gold's annotators keep it; outside, extraction leaves it


def test_a_text_pages_box_lines_give_the_facts_and_go(tmp_path):
    page = tmp_path / "notice.txt"
    page.write_text("关于做好春播农资供应的通知\n"
                    "索引号：00912345/2026-00077 主题分类：农业\n"
                    "发布机构：北坡县农业农村局 成文日期：2026年05月06日\n"
                    "文号：北农发〔2026〕9号 发布日期：2026年05月08日\n"
                    "各乡镇农业服务中心：\n"
                    "春播在即，为保证种子和化肥按时到户，现将有关事项通知如下。\n"
                    "一、摸清需求\n各中心要在五月十五日前摸清辖区内种子、化肥的需求数量，建立台账。\n"
                    "北坡县农业农村局\n2026年5月6日\n", encoding="utf-8")
    record = convert_file(page, tmp_path / "out", to="md")  # (the manifest's line for the page)
    assert (record["doc_number"], record["issuer"], record["date"]) == ("北农发〔2026〕9号", "北坡县农业农村局",
                                                                          "2026-05-06")
    text = (tmp_path / "out" / "notice.md").read_text(encoding="utf-8")
    assert "doc_number: 北农发〔2026〕9号" in text
    assert "索引号" not in text and "文号：" not in text


def test_a_label_inside_a_longer_word_or_a_number_of_another_shape_is_no_doc_number():
    page = ("<html><head><meta charset='utf-8'><title>某某颗粒说明书</title></head><body><div class='content'>"
            "<p>批准文号：国药准字Z20260001</p><p>本品用于缓解感冒引起的头痛、发热等症状，饭后温水冲服。</p>"
            "<p>每日三次，每次一袋，儿童用量请遵医嘱，服药期间忌食辛辣油腻食物，如症状加重请及时就医。</p>"
            "</div></body></html>")
    processed = process_bytes(page.encode("utf-8"), "leaflet.html", build_options())
    assert processed.report.doc_number is None
    assert "doc_number" not in processed.doc.metadata

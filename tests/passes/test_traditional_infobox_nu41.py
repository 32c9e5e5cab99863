"""A government page's box of facts in traditional script (發文字號, 發佈機構, 發文日期, 索引號,
主題分類) gives the document's number and issuer as the simplified box does (round 40:
索引号/发布机构/文号 -> doc_number, issuer). Made-up page."""

from __future__ import annotations

import panflute as pf

from reportfmt.options import build_options
from reportfmt.pipeline import run_passes
from reportfmt.read.reader import read_bytes

BOX = [("索引號", "000000-2024-00031", "主題分類", "防災減災"),
       ("發佈機構", "某縣應急管理局", "發文日期", "2024年09月12日"),
       ("發文字號", "某應急〔2024〕18號", "", "")]
BODY = ["各鄉鎮人民政府，縣直各有關單位：",
        "為提高應對突發汛情的能力，決定於本月下旬在沿河鄉鎮舉辦一次防汛綜合演練，現將有關事項通知如下。",
        "一、演練時間", "2024年9月26日上午九時開始，持續約三小時。"]


def page(box: list[tuple[str, ...]]) -> bytes:
    rows = "".join("<tr>" + "".join(f"<td>{cell}{'：' if i % 2 == 0 and cell else ''}</td>"
                                    for i, cell in enumerate(row)) + "</tr>" for row in box)
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    return (f"<html><head><title>關於辦理秋季防汛演練的通知</title></head><body><div class='content'>"
            f"<table>{rows}</table><h1>關於辦理秋季防汛演練的通知</h1>{paragraphs}</div></body></html>").encode()


def metadata(box: list[tuple[str, ...]]) -> dict:
    doc = read_bytes(page(box), "notice.html")
    run_passes(doc, build_options({}))
    return {key: pf.stringify(value) for key, value in doc.metadata.content.items()}


def test_traditional_labels_give_number_and_issuer():
    meta = metadata(BOX)
    assert meta["doc_number"] == "某應急〔2024〕18號"
    assert meta["issuer"] == "某縣應急管理局"
    assert meta["date"] == "2024-09-12"


def test_the_same_as_the_simplified_labels():
    names = {"索引號": "索引号", "主題分類": "主题分类", "發佈機構": "发布机构",
             "發文日期": "发文日期", "發文字號": "发文字号"}
    simplified = [tuple(names.get(cell, cell) for cell in row) for row in BOX]
    assert {k: v for k, v in metadata(simplified).items() if k in ("doc_number", "issuer")} == {
        k: v for k, v in metadata(BOX).items() if k in ("doc_number", "issuer")}

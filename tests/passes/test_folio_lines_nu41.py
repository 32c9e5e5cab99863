"""A 文库 page whose text came from a PDF keeps the PDF's printed page numbers ("— 1 —", "- 2 -")
on lines of their own between its paragraphs: they go, recorded (injected.folio-line), as the
viewer's "第 3 页 共 8 页" does. A line saying something with a number between dashes stays."""

from __future__ import annotations

from helpers import clean, removed_by, texts

LINES = ["一、基本情况", "本中心全年共接诊门诊患者一万二千余人次，较上年增长百分之八。", "— 1 —",
         "家庭医生签约服务覆盖率达到百分之四十五，重点人群签约率稳步提高。", "- 2 -",
         "二、主要工作", "全年为辖区老年人开展免费健康体检两千余人次。", "－12－", "第 3 页 共 8 页",
         "慢性病患者规范管理率均达到百分之七十以上。"]


def test_folio_lines_go_recorded():
    doc, report = clean("\n".join(["社区卫生服务中心年度工作总结", *LINES]))
    assert texts(doc) == [line for line in LINES if line not in ("— 1 —", "- 2 -", "－12－", "第 3 页 共 8 页")]
    assert removed_by(report, "injected.folio-line") == ["— 1 —", "- 2 -", "－12－"]


def test_a_line_with_words_between_dashes_stays():
    body = ["一、展台安排", "本届读书节共设六个展台，分别由各年级布置。", "- 2 -号展台由三年级布置，作品于周五前送到。"]
    doc, _ = clean("\n".join(["书香满校园", *body]))
    assert texts(doc) == body

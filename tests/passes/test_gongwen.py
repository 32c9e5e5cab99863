"""The 公文 pass: parts recognised field by field (tests/data/gongwen, written for the
project), what each layout does with them, normal forms, and documents that are no 公文."""

from __future__ import annotations

from pathlib import Path

import panflute as pf
import pytest

from helpers import clean, texts
from reportfmt.batch.job import manifest_record, process_bytes
from reportfmt.options import build_options
from reportfmt.passes.gongwen import patterns as P
from reportfmt.passes.gongwen.recognise import normalise_date, normalise_doc_number
from reportfmt.pipeline import run_passes
from reportfmt.read.markdown import read_markdown
from seed import SEED

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "gongwen"
GONGWEN = {"layout": "gongwen"}


def sample(name: str) -> str:
    return (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")


def meta(doc: pf.Doc) -> dict:
    return doc.get_metadata()


# What each sample says, read off the sample by hand: field -> value.
EXPECTED = {
    "file": {
        "copy_number": "000126", "secrecy": "机密★1年", "urgency": "特急",
        "issuer_mark": "青禾市人民政府文件", "issuer": ["青禾市人民政府"], "doc_number": "青政发〔2024〕7号",
        "title": "青禾市人民政府关于印发青禾市2024年城乡供水保障重点任务清单的通知",
        "recipients": "各区县人民政府，市政府各部门，各直属机构",
        "attachments": ["青禾市2024年城乡供水保障重点任务清单", "各区县农村自来水普及率目标分解表"],
        "signature": "青禾市人民政府", "date": "2024-03-05", "note": "此件公开发布",
        "cc": "市委各部门，市人大常委会办公室，市政协办公室", "printer": "青禾市人民政府办公室",
        "print_date": "2024年3月6日", "gongwen_kind": "file",
    },
    "request": {
        "issuer_mark": "青禾市水务局文件", "doc_number": "青水发〔2024〕15号", "signer": ["周明远"],
        "title": "青禾市水务局关于申请下达2024年农村供水工程维修养护资金的请示", "recipients": "市人民政府",
        "signature": "青禾市水务局", "date": "2024-04-02", "note": "联系人：林晓，电话：0591-12345678",
        "cc": "市财政局", "printer": "青禾市水务局办公室", "print_date": "2024年4月2日", "gongwen_kind": "file",
    },
    "letter": {
        "issuer": ["青禾市教育局"], "doc_number": "青教函〔2024〕23号",
        "title": "青禾市教育局关于商请支持开展中小学生暑期研学实践活动的函", "recipients": "青禾市文化和旅游局",
        "signature": "青禾市教育局", "date": "2024-06-03", "gongwen_kind": "letter",
    },
    "order": {
        "issuer_mark": "青禾市人民政府令", "issuer": ["青禾市人民政府"], "doc_number": "第18号",
        "signature": "市长 陈光华", "date": "2024-05-16", "gongwen_kind": "order",
    },
    "minutes": {
        "issuer_mark": "青禾市人民政府常务会议纪要", "doc_number": "〔2024〕9号", "issuer": ["青禾市人民政府办公室"],
        "date": "2024-05-08", "cc": "市委办公室，市人大常委会办公室", "printer": "青禾市人民政府办公室",
        "print_date": "2024年5月9日", "gongwen_kind": "minutes",
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout_gongwen_fills_every_field(name):
    doc, _report = clean(sample(name), **GONGWEN)
    got = meta(doc)
    for field, value in EXPECTED[name].items():
        assert got.get(field) == value, field
    # Nothing else was taken for a field: the body starts with the body.
    assert not {"copy_number", "secrecy", "urgency"} - set(EXPECTED[name]) & set(got)


def test_layout_gongwen_moves_the_lines_out_of_the_body_and_records_them():
    doc, report = clean(sample("file"), **GONGWEN)
    body = texts(doc)
    assert body[0].startswith("现将《青禾市2024年城乡供水保障重点任务清单》印发给你们")
    assert body[-1].startswith("附件2")  # the attachments stay, each in a Div
    rules = {r["rule"] for r in report.removed}
    assert {"gongwen.copy_number", "gongwen.issuer_mark", "gongwen.doc_number", "gongwen.title",
            "gongwen.recipients", "gongwen.attachments", "gongwen.signature", "gongwen.date",
            "gongwen.note", "gongwen.cc", "gongwen.printer"} <= rules
    divs = [b for b in doc.content if isinstance(b, pf.Div)]
    assert [pf.stringify(d.content[0]).strip() for d in divs] == ["附件1", "附件2"]
    joined = "".join(body)
    for gone in ("青政发〔2024〕7号", "抄送：", "（此件公开发布）", "2024年3月5日"):
        assert gone not in joined


def test_report_layout_keeps_every_block_and_adds_the_fields():
    doc, report = clean(sample("file"))
    body = texts(doc)
    # The title line became the title (as any page title does); the 版头 and 版记 lines stay.
    assert meta(doc)["title"] == EXPECTED["file"]["title"]
    assert body[:5] == ["000126", "机密★1年", "特急", "青禾市人民政府文件", "青政发〔2024〕7号"]
    assert "抄送：市委各部门，市人大常委会办公室，市政协办公室。" in body
    assert not [r for r in report.removed if r["rule"].startswith("gongwen.")]
    got = meta(doc)
    assert got["doc_number"] == "青政发〔2024〕7号"
    assert got["issuer"] == ["青禾市人民政府"]
    # pandoc would print a date under the title: in the report layout `date` stays the
    # metadata pass's (a 发布时间 line; this page has none), the 成文日期 stays in the body.
    assert got["signature"] == "青禾市人民政府" and "date" not in got
    assert "2024年3月5日" in body


def test_the_manifest_lists_what_was_recognised():
    processed = process_bytes(sample("request").encode("utf-8"), "request.txt", build_options(GONGWEN))
    record = manifest_record("request.txt", processed.report, {})
    by_field = {entry["field"]: entry for entry in record["gongwen"]}
    assert by_field["doc_number"] == {"field": "doc_number", "text": "青水发〔2024〕15号 签发人：周明远",
                                      "value": "青水发〔2024〕15号"}
    assert by_field["signer"]["value"] == ["周明远"]
    assert by_field["note"]["text"] == "（联系人：林晓，电话：0591-12345678）"


@pytest.mark.parametrize("layout", ["report", "gongwen"])
def test_running_twice_equals_running_once(layout):
    doc, _ = clean(sample("file"), layout=layout)
    once = (texts(doc), meta(doc))
    run_passes(doc, build_options({"layout": layout}))
    assert (texts(doc), meta(doc)) == once


def test_the_seed_is_no_gongwen():
    processed = process_bytes(SEED.read_bytes(), SEED.name, build_options(None))
    assert processed.report.gongwen == []
    assert "issuer" not in processed.doc.metadata


def test_a_report_ending_in_a_name_and_a_date_is_no_gongwen():
    text = ("2023年上半年工作总结\n今年以来，我们坚持稳中求进，各项工作取得新进展。\n"
            "下半年，我们将继续努力，确保完成全年目标任务。\n青禾市某街道办事处\n2023年7月1日\n")
    doc, report = clean(text)
    assert report.gongwen == []
    assert "signature" not in doc.metadata
    assert "青禾市某街道办事处" in texts(doc)
    assert not [r for r in report.removed if r["rule"].startswith("gongwen.")]


def test_what_the_writer_typed_wins_over_what_was_recognised():
    text = "---\ndoc_number: 青政发〔2024〕99号\n---\n\n" + sample("file").replace("\n", "\n\n")
    doc = read_markdown(text)
    run_passes(doc, build_options(GONGWEN))
    assert meta(doc)["doc_number"] == "青政发〔2024〕99号"
    assert meta(doc)["printer"] == "青禾市人民政府办公室"


def test_a_hand_written_document_only_gains_metadata_in_the_report_layout():
    # Footnotes make a markdown document hand-written (pipeline.is_authored).
    text = sample("request").replace("\n", "\n\n") + "\n说明[^1]。\n\n[^1]: 附注一条。\n"
    doc = read_markdown(text)
    before = [pf.stringify(b) for b in doc.content]
    # (typography's spaces between Chinese characters in such documents are issue 12's)
    report = run_passes(doc, build_options({"typography.enabled": False}))
    assert [pf.stringify(b) for b in doc.content] == before
    assert meta(doc)["doc_number"] == "青水发〔2024〕15号"
    assert meta(doc)["signer"] == ["周明远"]
    assert "title" not in doc.metadata and report.removed == []


@pytest.mark.parametrize(("line", "expected"), [
    ("某政发[2024]01号", "某政发〔2024〕1号"),
    ("某政发（2024）第3号", "某政发〔2024〕3号"),
    ("某办函【2023】12号", "某办函〔2023〕12号"),
    ("XXX〔20XX〕XX号", "XXX〔20XX〕XX号"),
])
def test_doc_numbers_get_the_standard_form(line, expected):
    assert normalise_doc_number(P.DOC_NUMBER.search(line)) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("二〇二四年三月五日", "2024年3月5日"),
    ("2024年03月05日", "2024年3月5日"),
    ("二〇二三年十二月二十一日", "2023年12月21日"),
    ("20XX年XX月XX日", "20XX年XX月XX日"),
])
def test_dates_are_written_with_arabic_numerals_and_no_padding(line, expected):
    assert normalise_date(P.DATE_LINE.match(line)) == expected


def test_template_blanks_are_placeholders_not_titles():
    text = ("XXXX人民政府文件\n〔2020〕号\n[此处输入文件标题]\n[此处输入主送机关]：\n[此处输入正文内容]\n"
            "XXXX人民政府\n2020年2月19日\n")
    doc, report = clean(text)
    assert "title" not in doc.metadata
    by_field = {e["field"]: e for e in report.gongwen}
    assert by_field["title"] == {"field": "title", "text": "[此处输入文件标题]", "value": None,
                                 "placeholder": "[此处输入文件标题]"}
    assert by_field["recipients"]["placeholder"] == "[此处输入主送机关]"
    # The 公文 layout prints the blanks where the values go: nothing of the template is lost.
    doc, _ = clean(text, **GONGWEN)
    assert meta(doc)["title"] == "[此处输入文件标题]"
    assert texts(doc) == ["[此处输入正文内容]"]


def test_a_short_gongwen_keeps_its_date_line():
    """A bare date line near the top of a page is chrome (boilerplate's meta-lines.date-line);
    in a short 公文 the whole text is near the top, and its 成文日期 is its own."""
    text = "XXXX人民政府公告\n〔20XX〕第XX号\n[此处输入文件标题]\n[此处输入正文内容]\nXXXX人民政府\n2020年2月19日\n"
    doc, report = clean(text)
    assert texts(doc)[-2:] == ["XXXX人民政府", "2020年2月19日"]
    assert {e["field"]: e["value"] for e in report.gongwen}["date"] == "2020年2月19日"

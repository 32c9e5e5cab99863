"""A short document's own closing "日期：…" line is not a site's date field.

On a page short enough to be all "head", `meta-lines.field-fact` (a site's field with a date at
the top) also matched a certificate's closing date under its stamp; a date field under a
signature or a finished sentence is the document's own, as a bare date there is. A site's field
at the top, alone or glued before the first paragraph, still goes.
"""

from __future__ import annotations

import panflute as pf

from helpers import clean, texts
from helpers import removed_by as removed

CERTIFICATE = ["兹证明林小禾同志系我中心职工，自2021年3月起在我中心从事财务工作至今。", "特此证明。"]


def test_a_certificates_date_under_its_stamp_stays():
    lines = [*CERTIFICATE, "青禾县便民服务中心（盖章）", "日期：2026年4月3日"]
    doc, report = clean("\n".join(["证明", *lines]))
    assert texts(doc) == lines
    assert not removed(report, "meta-lines.field-fact")


def test_a_date_field_under_the_last_sentence_stays():
    lines = [*CERTIFICATE, "日期：2026年4月3日"]
    doc, _ = clean("\n".join(["证明", *lines]))
    assert texts(doc) == lines


def test_a_sites_date_field_over_the_text_still_goes():
    body = ["今年以来，青禾县供销社围绕“降本增效”的部署，从采购、仓储、配送三个环节挖潜。",
            "下半年，供销社将继续推进集中采购，力争全年节支目标提前完成。"]
    doc, report = clean("\n".join(["县供销社多措并举降成本", "时间：2022-08-09", *body]))
    assert texts(doc) == body
    assert "时间：2022-08-09" in [r["text"] for r in report.removed]  # (taken as the page's date)


def test_a_sites_date_field_glued_before_the_first_paragraph_still_goes():
    body = "今年以来，青禾县供销社围绕“降本增效”的部署，从采购、仓储、配送三个环节挖潜，上半年节约费用四十余万元。"
    doc, report = clean("\n".join(["县供销社多措并举降成本", f"时间：2022-08-09 16:05 {body}",
                                   "下半年，供销社将继续推进集中采购，力争全年节支目标提前完成。"]))
    assert texts(doc)[0] == body
    assert removed(report, "meta-lines.field-fact") == ["时间：2022-08-09 16:05"]


def test_a_bare_date_opening_a_paragraph_under_an_unfinished_line_stays():
    # A rule's not_after is read on the line above a glued piece only for a labelled field: a
    # bare date opening a paragraph is the text's own (a law's or a charter's history).
    history = ["2019年3月1日 青禾村第三届村民代表大会第二次会议通过",
               "2021年6月9日 青禾村第三届村民代表大会第五次会议第一次修正",
               "2023年5月8日 青禾村第四届村民代表大会第一次会议《关于修改〈青禾村村规民约〉、"
               "〈青禾村村民议事规则〉的决定》第二次修正"]
    articles = ["第一章 总则", "第一条 为推进村民自治，建设文明乡村，根据有关法律法规，制定本规约。",
                "第二条 本规约适用于本村全体村民。"]
    doc, report = clean("\n".join(["青禾村村规民约", *history, *articles]))
    # The history under the title is its promulgation note: the title block's subtitle, one
    # line per event (title_notes.py); no chrome rule takes any of it.
    subtitle = [pf.stringify(i) for i in doc.metadata["subtitle"].content if isinstance(i, pf.Str)]
    assert [line.replace(" ", "") for line in subtitle] == [line.replace(" ", "") for line in history]
    assert texts(doc)[0] == "第一章 总则"
    assert not [r for r in report.removed
                if "年" in r["text"] and "月" in r["text"] and r["rule"] != "metadata.subtitle"]

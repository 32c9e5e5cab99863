"""In-body rules per concept: exact text kept and removed, on small hand-written pages."""

from __future__ import annotations

from helpers import clean, texts

BODY = [f"第{n}段：我们认真落实各项工作，取得了明显成效。" for n in range(1, 9)]


def page(*, head=(), tail=()):
    return "\n".join(["2023年工作总结", *head, *BODY, *tail])


def removed_rules(report):
    return [r["rule"] for r in report.removed]


def test_meta_lines_at_the_top_go_with_their_rule_names():
    head = ["当前位置：首页 > 工作总结 > 正文", "来源：某某网 作者：张三", "浏览次数：1234", "字号：大 中 小"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed_rules(report)[1:] == [
        "meta-lines.breadcrumb", "meta-lines.source-author-line", "meta-lines.view-count",
        "meta-lines.font-size-switch",
    ]


def test_responsible_editor_line_at_the_end_goes():
    doc, report = clean(page(tail=["本文来源：汇通网 责任编辑：NF011"]))
    assert texts(doc) == BODY
    assert "meta-lines.responsible-editor" in removed_rules(report)


def test_a_body_sentence_mentioning_the_source_is_kept():
    sentence = "资金来源：主要由财政拨款和社会捐助两部分组成，其中财政拨款占比超过六成，社会捐助逐年增加。"
    doc, _ = clean(page(head=[sentence]))
    assert sentence in texts(doc)


def test_document_site_chrome_goes():
    tail = ["下载本文档，文档为doc格式", "已阅读5页,还剩27页未读 继续免费阅读"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed_rules(report)[1:] == ["document-site.download-this", "document-site.read-rest-for-free"]


def test_preview_ended_drops_everything_after_it():
    doc, report = clean(page(tail=["全文预览已结束", "相关文档一", "相关文档二"]))
    assert texts(doc) == BODY
    assert [r["text"] for r in report.removed[1:]] == ["全文预览已结束", "相关文档一", "相关文档二"]


def test_paywall_tail_is_cut_and_the_sentence_before_it_stays():
    last = "第八段：我们将继续努力。……(…省略854字,正式会员可完整阅读)"
    doc, report = clean("\n".join(["2023年工作总结", *BODY[:7], last]))
    assert texts(doc)[-1] == "第八段：我们将继续努力。……"
    assert report.removed[-1]["rule"] == "document-site.paywall-tail"

"""Chrome lines of a news desk's foot and a download button, told by their form (issue 18,
seventh round, second wave): the review stages credited under an item (初审, 终审, 编审…), a
download button alone on its line. A document's own closing fields stay. Fixtures are written
for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 13)]


def page(*, head=(), tail=(), title="某某镇开展消防安全专项检查"):
    return "\n".join([title, *head, *BODY, *tail])


def removed(report, rule):
    return [r["text"] for r in report.removed if r["rule"] == rule]


def test_the_review_credits_under_a_news_item_go():
    tail = ["初审：王某", "终审：李某某", "编审：潘某发 王某霞", "总编审：余某", "二审：赵某、钱某 三审：孙某"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.review-credits") == tail


def test_a_documents_own_sign_off_fields_at_its_end_stay():
    # A form or a 公文 signs with 审核/制表/签发 and gives its contact: the document's own lines.
    tail = ["制表：张某 审核：李某", "签发：王某某", "联系人：张某 电话：0571-12345678"]
    doc, report = clean(page(tail=tail))
    # (typography drops the blank between two CJK words)
    assert texts(doc) == [*BODY, "制表：张某审核：李某", "签发：王某某", "联系人：张某电话：0571-12345678"]
    assert not removed(report, "meta-lines.review-credits")


def test_a_sentence_after_a_review_stage_stays():
    line = "终审：由市局组织专家组对申报材料进行评审，结果在网站公示。"
    doc, report = clean(page(tail=[line]))
    assert texts(doc)[-1] == line
    assert not removed(report, "meta-lines.review-credits")


def test_a_download_button_alone_on_its_line_goes():
    head = ["下载地址：点击此处下载", "下载本文"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "document-site.download-this") == head


def test_a_notice_asking_to_download_its_attachment_stays():
    line = "请各单位点击此处下载报名表，于5月10日前报送。"
    doc, report = clean(page(tail=[line]))
    assert texts(doc)[-1] == line
    assert not removed(report, "document-site.download-this")

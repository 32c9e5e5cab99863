"""Body kept beside chrome rules made exact (issue 18, round 19): a view counter is a label
with its number, never a sentence that names 阅读量; a bracketed review credit closing a news item
goes. Fixtures are written for the project."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

BODY = [f"第{n}条：社区结合实际细化了垃圾分类、楼道清理和巡查考核措施，各环节运转顺畅，居民反映良好。"
        for n in range(1, 13)]


def page(*, head=(), middle=(), tail=(), title="社区环境整治工作情况汇报"):
    return "\n".join([title, *head, *BODY[:6], *middle, *BODY[6:], *tail])


# --- view counters ------------------------------------------------------------------------------

def test_view_counters_go_in_their_usual_forms():
    head = ["浏览次数：318", "阅读量 1.5万", "浏览量: 约640次", "275人阅读"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.view-count") == head


def test_a_sentence_naming_the_reading_count_stays():
    lines = ["社区公众号开通以来，每周根据阅读量和留言调整推送的栏目，内容更贴近居民需要。",
             "全年推送文章九十篇，累计阅读量四十余万次。",
             "阅读量：一篇文章被打开的次数，不是读完的人数。"]
    doc, report = clean(page(middle=lines))
    for line in lines:
        assert line in texts(doc)
    assert not removed(report, "meta-lines.view-count")


def test_a_traditional_sentence_naming_the_reading_count_stays():
    line = "公眾號運行以來，街道每月根據閱讀量和留言情況調整欄目，讓內容更貼近居民。"
    doc, report = clean(page(middle=[line]))
    assert line in texts(doc)
    assert not removed(report, "meta-lines.view-count")


# --- the reviewers' credit in brackets under a news item -----------------------------------------

def test_a_bracketed_review_credit_closing_the_item_goes():
    for credit in ["（审核：周某群，李某，王某敏）", "(審核:張某 梁某 周某帆)", "（文/王某 图/李某 审核：张某）"]:
        doc, report = clean(page(tail=[credit]))
        assert texts(doc) == BODY
        assert removed(report, "meta-lines.review-credit-in-brackets") == [credit]


def test_an_unbracketed_review_field_or_a_bracketed_note_stays():
    # A 公文 or a form signs 审核 itself, without brackets; a bracketed note is the text's own.
    for line in ["审核：张某", "（此件公开发布）", "（审核意见附后）"]:
        doc, report = clean(page(tail=[line]))
        assert line in texts(doc)
        assert not removed(report, "meta-lines.review-credit-in-brackets")

"""Body kept beside two chrome rules made exact (issue 18, round 19): a view counter is a label
with its number, never a sentence that names 阅读量; the paragraph tags a scraper left in an
article's text are cut, a sentence naming a tag keeps it. Fixtures are written for the project."""

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


# --- paragraph tags left in the text ------------------------------------------------------------

def test_paragraph_tags_left_in_the_text_are_cut_and_the_words_kept():
    line = ('<p>各居民小组：</p><p> 现将整治安排通知如下。</p><p style="text-align: right;">'
            ' 东湖社区居委会</p><p><br/></p><p><strong> 一、整治范围</strong></p>')
    doc, report = clean(page(middle=[line]))
    kept = "".join(texts(doc)).replace(" ", "")
    assert "各居民小组：现将整治安排通知如下。东湖社区居委会一、整治范围" in kept
    assert "<" not in kept and ">" not in kept
    assert removed(report, "markup.html-paragraph-tags")


def test_a_sentence_naming_tags_keeps_them():
    # (A line naming several tags, "<div>、<table>、<p>", is taken by older rules, escaped-tag and
    # breadcrumb, which read "<div" and "/p>" their way; this rule leaves every tag it names.)
    lines = ["网页里段落用<p>标签包住，培训时逐一演示。",
             "课件里的<br> 等标记不用记。",
             "当a<b且b>c时，这一结论成立。"]
    doc, report = clean(page(middle=lines))
    for line in lines:
        assert line in texts(doc)
    assert not removed(report, "markup.html-paragraph-tags")
    _, report = clean(page(middle=["<div>、<table>、<p> 等标签前后要空一行。", "讲了“</p>”这个标记的用法。"]))
    assert not removed(report, "markup.html-paragraph-tags")


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

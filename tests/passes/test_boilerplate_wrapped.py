"""Chrome forms of issue 18's tenth round (fresh9 and the splits before it): a notice hard-wrapped
over several lines (wrapped.py), a 文库 page's upload disclaimer, uploader line and 摘要 label,
betting brands injected as a line, the date stamp without a blank, credits and a bar glued after
the last sentence, a blog's counters. Fixtures are written for these tests."""

from __future__ import annotations

from helpers import clean, texts

BODY = [f"第{n}段：我们认真落实各项工作，取得了明显成效。" for n in range(1, 9)]
TITLE = "社区环境整治活动方案"


def page(*, head=(), tail=(), body=BODY):
    return "\n".join([TITLE, *head, *body, *tail])


def removed(report):
    return [(r["text"], r["rule"]) for r in report.removed[1:]]  # [0] is the title (metadata)


WRAPPED_NOTICE = ["友情提醒:本文档最多只能预览", "6 页,如果全文页数多于", "6 页,请下载原文档以浏览全部内容。"]


def test_a_preview_notice_wrapped_over_three_lines_goes_as_one_notice():
    doc, report = clean(page(head=WRAPPED_NOTICE))
    assert texts(doc) == BODY
    assert removed(report) == [(line, "paywall.preview-limit") for line in WRAPPED_NOTICE]


def test_a_wrapped_notice_whose_sentence_never_ends_takes_no_line_after_it():
    # The sentence does not end within three lines: the lines under the notice are not its rest.
    head = ["本文档最多只能预览", "活动目的", "活动时间", "活动地点", "活动对象"]
    doc, report = clean(page(head=head))
    assert texts(doc) == head[1:] + BODY
    assert removed(report) == [("本文档最多只能预览", "paywall.preview-limit")]


def test_a_wrapped_notice_stops_at_a_heading():
    body = ["一、活动目的。", *BODY]
    doc, report = clean(page(head=["本文档最多只能预览"], body=body))
    assert [r for _, r in removed(report)] == ["paywall.preview-limit"]
    assert "一、活动目的。" in texts(doc)


def test_a_finished_notice_takes_nothing_with_it():
    line = "本文档最多只能预览5页，请下载原文档以浏览全部内容。"
    short = "为美化社区环境。"
    doc, report = clean(page(head=[line, short]))
    assert texts(doc) == [short, *BODY]
    assert removed(report) == [(line, "paywall.preview-limit")]


def test_a_document_site_disclaimer_uploader_and_summary_label_go_the_summary_stays():
    summary = "本方案说明社区开展环境整治的目的、时间和分工安排。"
    head = [f"摘要:{summary}", *WRAPPED_NOTICE, "本文档由 匿名用户",
            "申明敬告: 本站所有内容均由合作方或网友上传,本站不对文档的准确性做任何保证,请自行鉴别。"]
    doc, report = clean(page(head=head))
    assert texts(doc) == [summary, *BODY]
    assert [rule for _, rule in removed(report)] == [
        "document-site.summary-label-glued", *["paywall.preview-limit"] * 3,
        "document-site.uploaded-by-users", "document-site.uploaded-by-users"]


def test_an_abstract_label_stays_on_a_page_that_is_no_document_site():
    doc, _ = clean(page(head=["摘要:本文讨论社区环境整治中的居民参与问题"]))
    assert texts(doc)[0] == "摘要：本文讨论社区环境整治中的居民参与问题"  # the colon widened, the label kept


def test_a_line_of_betting_brands_goes_and_a_brand_in_a_title_is_cut():
    doc, report = clean(page(head=["开云下注体育彩票真人"], body=["活动由开云体育官网赞助的说法不实。", *BODY]))
    assert texts(doc)[:1] == ["活动由赞助的说法不实。"]
    assert [rule for _, rule in removed(report)] == ["injected.gambling-brand", "injected.gambling-brand"]


def test_a_date_stamp_with_its_time_glued_under_the_title_goes():
    doc, report = clean(page(head=["2021年3月9日08:15:42"]))
    assert texts(doc) == BODY
    assert removed(report) == [("2021年3月9日08:15:42", "meta-lines.date-line-written")]


def test_a_label_after_a_bar_goes_and_a_guide_line_goes():
    head = ["| 浏览:", "导言:社区环境整治要从细节做起，人人都是参与者"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == ["meta-lines.field-label-alone", "lead-in.guide"]


def test_credits_and_a_bar_glued_after_the_last_sentence_are_cut_the_sentence_stays():
    last = "活动结束后，社区面貌焕然一新。"
    for glued, rule in (("(图文:某某某;一审:某某;二审:某某某)", "meta-lines.review-credits-glued"),
                        ("|", "meta-lines.bar-after-text")):
        doc, report = clean(page(tail=[last + glued]))
        assert texts(doc) == [*BODY, last]
        assert removed(report) == [(glued, rule)]


def test_a_blogs_counters_go_a_word_without_a_count_stays():
    doc, report = clean(page(tail=["回應(0)", "推薦1收藏0轉貼0訂閱站台"]))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)] == ["meta-lines.interaction-counters"] * 2
    doc, _ = clean(page(tail=["推荐"]))
    assert texts(doc)[-1] == "推荐"


def test_a_share_prompt_after_the_text_goes():
    doc, report = clean(page(tail=["微信扫一扫 ×"]))
    assert texts(doc) == BODY
    assert removed(report) == [("微信扫一扫 ×", "meta-lines.share-widget")]


def test_the_pages_own_address_goes_at_the_top_with_its_copy_button_and_at_the_end_labelled():
    head = ["http://www.example.com/fanwen/42.html 点此复制本页地址"]
    tail = ["地址:http://www.example.com/kfxw/42.html"]
    # The end past the head (its first 300 characters); sixteen lines of their own, not the
    # eight printed twice (that second copy would go as page debris, doubled.py).
    body = [f"第{n}段：我们认真落实各项工作，取得了明显成效。" for n in range(1, 17)]
    doc, report = clean(page(head=head, tail=tail, body=body))
    assert texts(doc) == body
    assert [rule for _, rule in removed(report)] == ["meta-lines.copy-address", "meta-lines.address-at-the-end"]


def test_a_bare_recommendations_heading_above_the_text_goes():
    body = [f"第{n}段：我们认真落实各项工作，按照年初的部署逐项推进，取得了明显成效，群众满意度持续提高。"
            for n in range(1, 5)]
    doc, report = clean(page(head=["推荐文章"], body=body))
    assert texts(doc) == body
    assert removed(report) == [("推荐文章", "recommendations.recommended-label")]

"""Chrome lines whose line boundaries are not the page's (issue 18, eleventh round): a chrome line
hard-wrapped in two, as a 文库 page's PDF text or a narrow mobile page prints it. Neither half
matches the rule the whole line matches, or the first does and its rest is left over; read
joined across the seam, the pair is the rule's (wrapped.py, seams.wrapped_rule and
reads_on). Fixtures are written for these tests."""

from __future__ import annotations

from helpers import clean, texts

TITLE = "社区环境整治活动方案"
# Body lines longer than a wrapped notice's continuation (wrapped.MAX_CHARS): none of them can
# be read as the rest of a chrome sentence.
BODY = [f"第{n}部分：我们组织居民清理楼道杂物、修补破损路面，认真落实各项整治工作，在各方的共同努力下，"
        "社区面貌明显改善，居民普遍表示满意。" for n in range(1, 9)]


def page(*, head=(), tail=(), body=BODY):
    return "\n".join([TITLE, *head, *body, *tail])


def removed(report):
    return [(r["text"], r["rule"]) for r in report.removed[1:]]  # [0] is the title (metadata)


def test_a_related_page_link_wrapped_in_two_goes_with_both_halves():
    # "(2)、…材料" names another page; its halves alone match nothing.
    tail = ["(2)、社区党员个人的对照", "检查剖析材料"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report) == [(line, "recommendations.numbered-link") for line in tail]


def test_a_closing_template_sentence_broken_after_a_comma_goes_with_its_rest():
    # The first half alone is the cut rule's whole line; the second ends the sentence.
    # (round 44: the site appraising its sample, sample-appraised-after-text's; lead-in.outro reads a
    # pointer's 范文 as the site's only in a sentence that offers the text to the reader)
    tail = ["这篇范文结合了社区实际,语言朴实,", "读来亲切,适合用于社区动员会上。"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report) == [(line, "lead-in.sample-appraised-after-text") for line in tail]


def test_a_disclaimer_wrapped_inside_its_own_words_goes_with_its_rest():
    # "收益归属" / "内容提供方": the rule's words run over the seam. The rest does not end its
    # sentence, so the wrapped-notice continuation (three lines to a full stop) does not take it.
    head = ["版权说明:本文档由用户提供并上传,收益归属", "内容提供方,若内容存在侵权,请联系平台处理"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report) == [(line, "document-site.uploaded-by-users") for line in head]


def test_a_breadcrumb_does_not_take_the_line_under_it():
    # The breadcrumb's rule matches it whole, its open end runs on into any line: the line
    # below is not its rest (no comma breaks the breadcrumb off).
    head = ["首页 范文中心", "居民议事会纪要"]
    doc, report = clean(page(head=head))
    assert texts(doc) == [head[1], *BODY]
    assert removed(report) == [(head[0], "meta-lines.home-crumb")]


def test_a_table_left_as_text_with_wrapped_rows_keeps_every_row():
    # Rows of cells joined in pairs would read as a menu of links: a line holding a bar is a row,
    # never a wrapped half.
    rows = ["问题 | 具体表现 |", "目标不清 | 缺少明确的", "方向，工作陷入被动 |", "分工不明 | 部门之间",
            "互相推诿，配合不畅 |", "进度滞后 | 检查不够", "及时，偏差得不到纠正 |"]
    doc, report = clean(page(body=[*BODY[:4], *rows, *BODY[4:]]))
    assert [line for line in texts(doc) if "|" in line or line in rows] == rows
    assert removed(report) == []


def test_two_short_lines_of_the_text_are_never_joined_into_chrome():
    # A short line of the text above another: no rule matches them joined, nothing goes.
    body = ["活动时间", "每周六上午九点", *BODY]
    doc, report = clean(page(body=body))
    assert texts(doc) == body
    assert removed(report) == []


def test_a_dated_counter_glued_to_the_first_paragraph_goes_with_its_time_and_count():
    # "date time count" glued before the text: the date alone is a rule's line but the time after
    # it is no prose; the date with its time and count is the counter's line, cut from the text.
    first = "今年以来，我们围绕社区中心工作，组织居民开展环境整治，取得了明显成效。"
    doc, report = clean(page(head=[f"2024-03-15 10:20:30 27次 {first}"]))
    assert texts(doc) == [first, *BODY]
    assert removed(report) == [("2024-03-15 10:20:30 27次", "meta-lines.date-and-count")]




SAMPLE = ["参加社区志愿服务以来，我在帮助居民的过程中学到了很多：耐心倾听每一位老人的需求，细心整理每一份登记表格，"
          "也更加理解了奉献的意义，明白了服务群众没有小事。",
          "今后我将继续参加志愿服务，把学到的本领用到工作中去，和大家一起把社区建设得更加美好，让居民生活得更加舒心。"]


def test_a_further_reading_line_glued_to_the_sample_it_names_keeps_the_sample():
    # "延伸阅读:X" above the sample's paragraphs: the label goes, the sample stays. Glued to the
    # sample's first paragraph (no line break), the label goes as the same label: the paragraph
    # it is glued to counts as the article below it, and stays.
    label = "延伸阅读:社区志愿者心得体会范文"
    doc, report = clean(page(tail=[label, *SAMPLE]))
    assert texts(doc) == [*BODY, *SAMPLE]
    assert removed(report) == [(label, "recommendations.recommended-reading")]
    doc, report = clean(page(tail=[f"{label} {SAMPLE[0]}", SAMPLE[1]]))
    assert texts(doc) == [*BODY, *SAMPLE]
    assert removed(report) == [(label, "recommendations.recommended-reading")]


def test_a_truncation_note_broken_inside_its_bracket_goes_with_its_rest():
    tail = ["……(未完,全文共5200字,当前仅", "显示1800字,请登录后阅读。"]
    doc, report = clean(page(tail=tail))
    assert texts(doc) == BODY
    assert removed(report) == [(line, "paywall.unfinished-note") for line in tail]


def test_the_title_printed_again_wrapped_in_two_goes():
    head = ["社区环境整治", "活动方案"]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report) == [(line, "title.repeated-title") for line in head]


def test_a_line_holding_the_whole_title_takes_no_line_under_it_as_the_title_s_rest():
    # "…方案1" names the first sample; the greeting under it (wrapped after four characters) is
    # the sample's, not a title's half.
    greeting = "亲爱的居"
    doc, report = clean(page(head=[f"{TITLE}1", greeting, "民朋友们："]))
    assert greeting in texts(doc)
    assert (greeting, "title.repeated-title") not in removed(report)


LEAD_IN = "一份计划了。下面是小编为大家整理的社区工作计划，供大家参考。"


def test_a_lead_in_wrapped_in_two_goes_with_its_first_half():
    # The site's genre talk broke off mid-sentence on the line above the 小编 sentence.
    head = ["新的一年开始了，我们又将迎来新的收获，该为接下来的工作制定", LEAD_IN]
    doc, report = clean(page(head=head))
    assert texts(doc) == BODY
    assert removed(report) == [(line, "lead-in.xiaobian-lead-in") for line in head]


def test_a_line_above_a_lead_in_that_is_no_broken_sentence_stays():
    # No clause mark (a heading, a name) or a finished sentence: not the lead-in's first half.
    for above in ("社区工作计划精选", "我们社区今年的工作重点放在环境整治上。"):
        doc, report = clean(page(head=[above, LEAD_IN]))
        assert above in texts(doc)
        assert removed(report) == [(LEAD_IN, "lead-in.xiaobian-lead-in")]


def test_a_closing_date_wrapped_in_two_is_never_joined_into_a_date_line():
    # "2024年" / "3月15日" under the issuer's name may be the document's own date: only its place
    # tells, and the 公文 pass reads whole lines. The two lines stay.
    body = ["各居民小组：", "现将社区环境整治活动方案印发给你们，请认真组织落实。",
            "社区居民委员会", "2024年", "3月15日"]
    doc, report = clean(page(body=body))
    assert texts(doc)[-2:] == body[-2:]
    assert not any(text in body for text, _ in removed(report))

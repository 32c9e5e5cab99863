"""A site's line glued to a paragraph of the text costs the chrome only; a separator in front of a
body line does not make it a breadcrumb. Fixtures in our own words, in the forms sites print."""

from __future__ import annotations

from helpers import clean, texts
from reportfmt.passes.boilerplate.glued import chrome_span, holds_prose, inside_brackets

BODY = [f"第{n}段：我们认真落实各项工作，取得了明显成效。" for n in range(1, 9)]
OPENING = "今年以来，我办围绕中心工作，认真谋划，狠抓落实，各项任务稳步推进。"


def page(*, head=(), tail=()):
    return "\n".join(["2023年工作总结", *head, *BODY, *tail])


def removed(report):
    return [(r["text"], r["rule"]) for r in report.removed]


def test_a_slogan_glued_before_a_paragraph_is_cut_and_the_paragraph_stays():
    doc, report = clean(page(head=[f"精品范文-用心为您整理 倾情为你奉上 {OPENING}"]))
    assert texts(doc) == [OPENING, *BODY]
    assert ("精品范文-用心为您整理 倾情为你奉上", "document-site.slogan") in removed(report)


def test_an_answer_header_glued_to_the_answer_keeps_the_answer():
    answer = "述职报告一般由标题、称谓和正文组成。"
    doc, report = clean(page(head=[f"第2个回答 2023-05-12 {answer}"]))
    assert texts(doc) == [answer, *BODY]
    assert ("第2个回答 2023-05-12", "meta-lines.answer-header") in removed(report)


def test_every_field_of_a_glued_meta_line_goes_and_the_paragraph_stays():
    # The rule matches "…时间:… 作者:…"; the field after it ("来源:…") is chrome too.
    doc, report = clean(page(head=[f"发布时间:2021-09-18 作者:编辑部 来源:某某公文网 {OPENING}"]))
    assert texts(doc) == [OPENING, *BODY]
    assert ("发布时间:2021-09-18 作者:编辑部 来源:某某公文网", "meta-lines.glued-meta-line") in removed(report)


def test_a_download_button_glued_after_the_last_paragraph_is_cut():
    last = "第九段：明年我们将继续抓好各项工作，确保完成全年目标任务。"
    doc, report = clean(page(tail=[f"{last} 立即下载"]))
    assert texts(doc) == [*BODY, last]
    assert ("立即下载", "document-site.download-this") in removed(report)


def test_a_chrome_line_of_its_own_is_still_dropped_whole():
    lines = ["第1个回答 2024-07-04 回答者:某某", "发布时间:2021-09-18 作者:编辑部 来源:某某公文网"]
    doc, report = clean(page(head=lines))
    assert texts(doc) == BODY
    assert set(lines) <= {text for text, _ in removed(report)}


def test_a_line_of_chrome_on_both_sides_of_the_blank_is_dropped_whole():
    # Both halves are the site's: no prose to keep.
    doc, report = clean(page(tail=["下载本文档，文档为doc格式 点击下载"]))
    assert texts(doc) == BODY
    assert removed(report)[-1] == ("下载本文档，文档为doc格式 点击下载", "document-site.download-this")


def test_a_separator_in_front_of_a_body_line_is_no_breadcrumb():
    lines = [">>尊敬的各位领导、亲爱的同事们:", ">>述职报告通常包括以下几个部分:", ">>明年的工作打算，可以概括为三句话"]
    doc, _ = clean(page(head=lines))
    for line in lines:
        assert line in texts(doc)


def test_crumbs_with_steps_and_a_lone_step_beside_them_still_go():
    doc, report = clean(page(head=["首页 > 范文大全 > 工作总结", "> 年终总结", ">>单位年度工作总结精选范文"]))
    assert texts(doc) == BODY
    assert [rule for _, rule in removed(report)][-3:] == [
        "meta-lines.breadcrumb", "meta-lines.breadcrumb-step", "meta-lines.breadcrumb-step-beside-chrome"]


def test_a_lone_step_among_the_text_stays():
    # A short name after a separator, with body text above and below it: a dressed list item.
    lines = [OPENING, ">>工会职工文体活动实施方案", "第二段：活动由工会统一组织，各部门积极参与。"]
    doc, _ = clean(page(head=lines))
    assert ">>工会职工文体活动实施方案" in texts(doc)


def test_prose_is_chinese_with_clause_punctuation():
    assert holds_prose(OPENING)
    assert holds_prose("工作报告的格式一般包括以下几个部分:")
    # A site's menu runs names together without punctuation; tags and fields are short words.
    assert not holds_prose("首页学院概况党建工作师资队伍教学工作招生就业")
    assert not holds_prose("书屋 方案")
    assert not holds_prose("来源:某某公文网")
    assert not holds_prose("作者:编辑部 时间:2021-09-18")


def test_the_span_is_a_head_or_a_tail_at_a_blank_outside_brackets():
    def matches(piece):
        return "倾情为你奉上" in piece

    def drops(piece):
        return matches(piece)

    line = f"倾情为你奉上 {OPENING}"
    assert chrome_span(line, matches, drops) == (0, len("倾情为你奉上 "))
    line = f"{OPENING} 倾情为你奉上"
    assert chrome_span(line, matches, drops) == (len(OPENING), len(line))
    # No blank, or the blank inside brackets: the line is the rule's whole.
    assert chrome_span(f"倾情为你奉上{OPENING}", matches, drops) is None
    # The chrome's own words running on past the blank ("8 页,…") are no paragraph.
    assert chrome_span("倾情为你奉上 8 页,若文档总页数超出了预览的页数", matches, drops) is None
    assert inside_brackets("(本文发表于首页批评与建议,")
    assert chrome_span("(本文发表于首页,我们认真谋划各项工作任务, 倾情为你奉上)", matches, drops) is None


def test_a_site_line_glued_to_a_paragraph_too_long_for_its_rule_is_cut():
    # The slogan rule looks at lines of up to 100 characters: glued to a long paragraph, the
    # line holding it is longer, and the piece at the end is matched alone.
    long = OPENING * 3
    doc, report = clean(page(head=[f"{long} 精品范文-倾情为你奉上"]))
    assert texts(doc) == [long, *BODY]
    assert ("精品范文-倾情为你奉上", "document-site.slogan") in removed(report)


def test_a_field_label_opening_a_paragraph_costs_the_label_only():
    line = "来源：某某调查数据 本次调查共发放问卷三百份，回收有效问卷二百八十份，有效率较高。"
    doc, _ = clean(page(head=[line]))
    assert "本次调查共发放问卷三百份，回收有效问卷二百八十份，有效率较高。" in texts(doc)


def test_a_section_number_run_into_its_paragraph_is_never_cut_as_chrome():
    line = ">>第二条 本规定适用于公司各部门及全体员工。"
    doc, _ = clean(page(head=[line]))
    assert any("第二条" in text and "本规定适用于" in text for text in texts(doc))


def test_a_dressed_sentence_ending_in_a_colon_beside_chrome_stays():
    lines = ["首页 > 范文大全 > 工作报告", ">>工作报告的格式一般包括以下几个部分:"]
    doc, _ = clean(page(head=lines))
    assert lines[1] in texts(doc)


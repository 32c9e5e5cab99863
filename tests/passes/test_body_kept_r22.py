"""Body lines a rule or the title chooser took, by mechanism (issue 18, round 22): a paper's own
front matter (abstract, keywords, classification codes) taken for a site's summary and search
words; a paragraph dropped whole for the desk credits glued after its last sentence; a byline, a
photo's caption or a list's first item taken for the page's title; a channel's name and a page
fact taken for it. Fixtures are made up for the project in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.masks.find import find_masks
from reportfmt.passes.title_credits import byline, fact_line, opens_list, photo_caption

BODY = [f"第{n}部分：我们扎实推进各项工作，群众满意度稳步提高。" for n in range(1, 9)]

ABSTRACT = ("【摘要】近年来，县域物流网络加快延伸，但末端配送成本依然偏高。本文以某县三个乡镇为例，"
            "分析快递进村的主要障碍，并提出整合站点、共享运力的建议。")
KEYWORDS = "【关键词】快递进村；末端配送；共享运力"
CODES = "中图分类号：F259 文献标识码：A 文章编号：1000-0000(2021)03-0011-05"


# --- a paper's front matter -----------------------------------------------------------------

def test_a_papers_abstract_over_its_keywords_stays_with_them():
    doc, report = clean("\n".join([ABSTRACT, KEYWORDS, "一、引言", *BODY]))
    assert texts(doc)[:2] == [ABSTRACT, KEYWORDS]
    assert not removed(report, "lead-in.guide")
    assert not removed(report, "meta-lines.keywords")


def test_a_papers_codes_under_its_keywords_stay():
    abstract = "摘要：本文梳理了乡镇综合执法改革的三种做法，比较其成效与不足。"
    keywords = "关键词：综合执法；乡镇治理；改革"
    doc, report = clean("\n".join(["张某 李某某", abstract, keywords, CODES, *BODY]))
    assert CODES in texts(doc)
    assert not removed(report, "meta-lines.journal-codes")


def test_codes_above_an_article_with_no_keywords_over_them_still_go():
    doc, report = clean("\n".join(["乡镇综合执法改革的三种做法", CODES, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.journal-codes")


def test_a_sites_bracketed_summary_over_the_text_still_goes():
    summary = "【摘要】本文介绍了工作总结的写法，供大家参考。"
    doc, report = clean("\n".join(["工作总结怎么写", summary, *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "lead-in.guide") == [summary]


# --- credits glued after the last sentence ---------------------------------------------------

def test_desk_credits_glued_after_the_last_sentence_go_and_the_paragraph_stays():
    last = "院长表示，下一步将把调研中发现的问题列入整改清单，逐项抓好落实。"
    credit = "(特约通讯员:周某 审核:吴某某 编辑:郑某)"
    doc, report = clean("\n".join(["某某学院召开教学工作会议", *BODY, last + credit]))
    assert texts(doc)[-1] == last
    assert [r["text"] for r in report.removed if r["text"].startswith("(特约")] == [credit]
    # the same with a closing line of its own under the paragraph: the closing line's rule
    doc, report = clean("\n".join(["某某学院召开教学工作会议", *BODY, last + "(通讯员:周某 编辑:郑某)"]))
    assert texts(doc)[-1] == last


def test_a_line_of_desk_fields_alone_still_goes():
    line = "校对：王某 责编：李某"
    doc, report = clean("\n".join(["某某学院召开教学工作会议", *BODY, line]))
    assert texts(doc) == BODY
    assert [r["text"] for r in report.removed][-1] == line


# --- lines never a title ---------------------------------------------------------------------

def test_the_forms_of_lines_that_are_never_a_title():
    assert byline("某某委员会办公室副主任 李 某明")
    assert byline("周某远 高某琴")
    assert byline("某某大学公共管理学院 王某 陈某某")
    assert not byline("春天 来了")  # two words of a title, no surname opening them
    assert not byline("工作简报格式 简报格式")
    assert photo_caption("全县秋收现场会在某某镇召开 某某网 张某某摄影")
    assert photo_caption("志愿者在社区服务站整理物资(李某 摄)")
    assert not photo_caption("摄影比赛获奖名单")
    assert opens_list("1,会议记录要写清时间和地点", "2,议定事项逐条列出")
    assert not opens_list("1,会议记录要写清时间和地点", "会议记录的格式")
    assert not opens_list("1、会议记录要写清时间", "2.议定事项")  # two kinds of number
    assert fact_line("2023-04-12|阅读时间 约 3 分钟")
    assert fact_line("来自:校长办公室")
    assert not fact_line("2024-2025学年第一学期工作计划")  # a school year, no date
    assert not fact_line("2023-04-12，我们来到了某某村，开始了为期一周的调研。")


def test_a_byline_with_a_post_under_the_title_points_to_the_title_above_it():
    page = ["当前位置:首页 > 理论研究 > 监督工作", "预算执行监督的几个着力点", "某某委员会办公室副主任 李 某明",
            "发布时间:2022-06-01", *BODY]
    doc, report = clean("\n".join(page))
    assert report.title == "预算执行监督的几个着力点"
    assert "某某委员会办公室副主任李某明" in [t.replace(" ", "") for t in texts(doc)]


def test_a_page_opening_on_its_authors_names_has_no_title():
    abstract = "摘要：本文梳理了乡镇综合执法改革的三种做法，比较其成效与不足。"
    doc, report = clean("\n".join(["周某远 高某琴", abstract, *BODY]))
    assert report.title is None
    assert texts(doc)[:2] == ["周某远高某琴", abstract]  # (typography drops the blank between names)


def test_a_page_opening_on_a_reporters_byline_keeps_it_and_the_question_under_it():
    question = "什么是主题党日？怎样把主题党日办出特色？"
    doc, report = clean("\n".join(["记者 王某某", question, *BODY]))
    assert report.title is None
    assert texts(doc)[:2] == ["记者王某某", question]


def test_a_photo_caption_opening_the_page_is_no_title():
    caption = "全县秋收现场会在某某镇召开 某某网 张某某摄影"
    first = "某某网10月8日讯 10月8日，全县秋收现场会在某某镇召开，各乡镇负责人参加。"
    doc, report = clean("\n".join([caption, first, *BODY]))
    assert report.title is None
    assert texts(doc)[0] == caption.replace(" ", "")


def test_a_list_opening_the_page_is_no_title():
    items = ["1,记录要写清会议的时间、地点和参会人员", "2,议定事项逐条列出，写明责任部门",
             "3,纪要整理好后先送主持人审阅"]
    doc, report = clean("\n".join(items))
    assert report.title is None
    assert [t.split("，")[0].split(",")[0] for t in texts(doc)] == ["1", "2", "3"]
    assert texts(doc)[0].startswith("1,记录要写清会议的时间")


def test_a_genre_named_with_its_form_is_the_title_over_its_subtitle():
    page = ["倡议书格式范文", "写倡议书要注意的几个部分和一份示例", "一、标题", *BODY]
    doc, report = clean("\n".join(page))
    assert report.title == "倡议书格式范文"
    assert texts(doc)[0] == "写倡议书要注意的几个部分和一份示例"


def test_a_channel_the_breadcrumb_names_is_never_the_title_even_printed_twice():
    page = ["学院新闻", "当前位置: 首页 > 学院新闻 > 正文", "学院新闻", "某某学院召开新学期教学工作会议",
            "发布时间:2023-02-27", *BODY]
    doc, report = clean("\n".join(page))
    assert report.title == "某某学院召开新学期教学工作会议"
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.above-title") == ["学院新闻", "学院新闻"]


def test_a_page_fact_over_a_titleless_page_goes_and_is_no_title():
    doc, report = clean("\n".join(["发布时间:2023-02-24", "来自:党委办公室", *BODY]))
    assert report.title is None
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.above-title") == ["来自:党委办公室"]


# --- a clock time's crossed-out part -----------------------------------------------------------

def test_both_parts_of_a_clock_times_crossed_out_span_are_masks():
    line = "活动时间：上午xx:00---xx:30 集合地点：校门口"
    assert [m.text(line) for m in find_masks(line)] == ["xx", "xx"]
    assert [m.text("时间 9:xx-10:xx") for m in find_masks("时间 9:xx-10:xx")] == ["xx", "xx"]


# --- a text's own angle brackets ----------------------------------------------------------------

def test_angle_brackets_of_the_texts_own_stay():
    line = "指标A<指标B，且两者之和>10时，按第二档计算。"
    doc, _ = clean("\n".join(["某某考核办法", line, *BODY]))
    assert line in texts(doc)


# --- a casino's advertising line above a hacked page -----------------------------------------

def test_a_line_of_casino_words_above_the_page_goes_and_the_title_under_it_is_taken():
    spam = "某门金沙线上娱乐|百家乐真人荷官|体育投注"
    doc, report = clean("\n".join([spam, "困难学生助学金申请书", *BODY]))
    assert report.title == "困难学生助学金申请书"
    assert texts(doc) == BODY
    assert removed(report, "injected.gambling-line") == [spam]


def test_a_title_naming_a_lottery_stays_the_title():
    doc, report = clean("\n".join(["某市福利彩票发行与开奖工作情况报告", *BODY]))
    assert report.title == "某市福利彩票发行与开奖工作情况报告"
    assert texts(doc) == BODY


def test_the_line_over_the_meta_line_is_the_title_not_its_variant_printed_twice_below():
    variant = "节约用水倡议书范文集锦五篇"
    lead = "节约用水人人有责，下面是小编整理的节约用水倡议书，供大家参考。"
    page = ["节约用水倡议书", "时间:2022-03-09 10:12:45 倡议书 我要投稿", variant, lead, variant, *BODY]
    doc, report = clean("\n".join(page))
    assert report.title == "节约用水倡议书"
    assert variant not in texts(doc)


def test_a_count_in_chinese_numerals_and_a_selling_tag_are_a_titles_affixes():
    from reportfmt.passes.title_core import title_core

    assert title_core("节约用水倡议书范文集锦五篇") == "节约用水倡议书"
    assert title_core("【精品】合作协议书范文汇总7篇") == "合作协议书"
    assert title_core("读书笔记第三篇") == "读书笔记第三篇"  # a part's number, no count

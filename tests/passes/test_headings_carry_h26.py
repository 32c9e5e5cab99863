"""Numbered headings read by the form of their series (issue 18, round h26): parts over a list
numbered afresh, led in by a line of their own. Fixtures written for the project, with made-up
content."""

from __future__ import annotations

from helpers import clean, outline


def test_parts_over_a_led_in_list_numbered_afresh_are_headings():
    # "1. 名" / a line leading into the list / "1. …" "2. …" "3. …" / "2. 名" / body: the list under
    # the first part counts afresh, the second part holds body text only.
    doc, _ = clean("\n".join([
        "去年秋天参加了一期基层文书写作研修班，把收获记在这里。",
        "1. 研修的主要安排",
        "研修一共安排了三个专题，其中我觉得最有用的是：",
        "1. 材料写作专题，讲师拿了几份改前改后的稿子逐段对照；",
        "2. 调查研究专题，带我们到两个乡镇座谈了半天；",
        "3. 信息报送专题，讲了怎样把一件事写成两百字的简讯。",
        "2. 自己的体会",
        "最大的体会是动笔之前先把情况问清楚，问清楚了，材料自然就有东西可写。",
    ]))
    assert outline(doc) == [(1, "1. 研修的主要安排"), (1, "2. 自己的体会")]


def test_a_list_led_in_under_a_second_part_stays_a_list():
    # The near miss: a quoted outline "一、…" "二、…" led in under a part "二、" whose siblings are
    # plain parts: the quote is no part of the page's own series.
    doc, _ = clean("\n".join([
        "写材料的开头有几种常见办法，下面举三种。",
        "一、直截了当",
        "直接说出发文的目的，不绕弯子，通知和意见常这样开头。",
        "二、先说成绩",
        "总结常先用一段话概括成效，比如某站的总结分为以下几部分：",
        "一、抓好主业，任务按期完成。",
        "二、抓好改革，制度更加健全。",
        "三、抓好作风，队伍更有干劲。",
        "先概括这三方面，读者心里就有了全文的框架。",
        "三、引用名言",
        "讲话稿常以一句名言开头，引用要准确，不能断章取义。",
    ]))
    assert outline(doc) == [(1, "一、直截了当"), (1, "二、先说成绩"), (1, "三、引用名言")]

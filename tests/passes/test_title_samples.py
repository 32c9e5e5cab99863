"""Samples headed by the page's bare title (headings/samples.title_sample_lines): a page announcing
several samples that opens each with the title's words alone, unnumbered. Each such line is a
sample's marker (a top-level section), never the page repeating its title; a copy with the
count, or one without a sample's text under it, still is the title again. Fixtures written for
the project, in the form such pages take (made-up letters of proposal)."""

from __future__ import annotations

from helpers import clean, outline, texts
from reportfmt.passes.headings.samples import title_sample_lines
from reportfmt.pipeline import run_passes

TITLE = "节约粮食倡议书"
FIRST = ["亲爱的同学们：", "粮食来之不易，每一粒米都凝结着农民的汗水。为了让大家珍惜粮食，我们向全校同学发出如下倡议。",
         "按需打饭，不剩饭不剩菜。", "校学生会"]
SECOND = ["各位居民朋友：",
          "近年来餐桌上的浪费现象时有发生，社区居委会特向大家倡议：外出就餐适量点菜，吃不完打包带走。",
          "某某社区居委会"]
THIRD = ["全体员工：", "公司食堂每天都有不少饭菜被倒掉，这与我们倡导的节约文化很不相称，工会向全体员工提出倡议。",
         "公司工会"]
LEAD_IN = "倡议书是一种常见的文体。下面是小编整理的节约粮食倡议书，欢迎阅读。"


def removed_rules(report) -> list[str]:
    return [r["rule"] for r in report.removed]


def test_the_bare_title_over_each_sample_of_a_page_counting_them_marks_each_sample():
    doc, report = clean("\n".join([f"{TITLE}（精选3篇）", LEAD_IN,
                                   TITLE, *FIRST, TITLE, *SECOND, TITLE, *THIRD]))
    assert report.title == f"{TITLE}（精选3篇）"
    assert outline(doc) == [(1, TITLE), (1, TITLE), (1, TITLE)]
    assert removed_rules(report) == ["metadata.title", "lead-in.xiaobian-lead-in"]
    body = texts(doc)
    for line in (*FIRST, *SECOND, *THIRD):
        assert line in body
    # Running twice equals running once: the sections made of the markers stay sections.
    run_passes(doc)
    assert outline(doc) == [(1, TITLE), (1, TITLE), (1, TITLE)] and texts(doc) == body


def test_a_lead_in_counting_the_samples_announces_them_under_a_bare_page_title():
    # The lead-in goes in the first round; the rounds after it (and the settling runs) still
    # read the markers as markers.
    lead_in = "倡议书是一种常见的文体。下面是小编整理的节约粮食倡议书3篇，欢迎阅读。"
    doc, report = clean("\n".join([TITLE, "发布时间：2023-05-06", lead_in,
                                   TITLE, *FIRST, TITLE, *SECOND, TITLE, *THIRD]))
    assert report.title == TITLE
    assert outline(doc) == [(1, TITLE), (1, TITLE), (1, TITLE)]
    assert "title.repeated-title" not in removed_rules(report)
    run_passes(doc)
    assert outline(doc) == [(1, TITLE), (1, TITLE), (1, TITLE)]


def test_samples_long_enough_to_run_past_the_pages_head_keep_every_marker():
    # Each round of the boilerplate pass used to find the next bare title inside the head and
    # take it for a repeat, until none was left.
    filler = [f"这是第{n}段，大家要珍惜粮食，从我做起，从现在做起，共同营造勤俭节约的好风气，让节约成为习惯。"
              for n in range(6)]
    doc, report = clean("\n".join([f"{TITLE}(精选2篇)", TITLE, *FIRST, *filler, TITLE, *SECOND, *filler]))
    assert [h for _, h in outline(doc) if h == TITLE] == [TITLE, TITLE]
    assert "title.repeated-title" not in removed_rules(report)


def test_traditional_script_a_year_before_the_title_and_brackets_around_the_marker():
    doc, _ = clean("\n".join(["2024年節約糧食倡議書(精選3篇)", "節約糧食倡議書", *FIRST,
                              "節約糧食倡議書", *SECOND, "節約糧食倡議書", *THIRD]))
    assert outline(doc) == [(1, "節約糧食倡議書")] * 3
    doc, _ = clean("\n".join([f"{TITLE}(通用2篇)", f"【{TITLE}】", *FIRST, f"【{TITLE}】", *SECOND]))
    assert outline(doc) == [(1, f"【{TITLE}】")] * 2


def test_a_bare_copy_over_numbered_markers_is_still_the_title_repeated():
    doc, report = clean("\n".join([f"{TITLE}（精选3篇）", TITLE, "下面是小编整理的节约粮食倡议书，欢迎阅读。",
                                   f"{TITLE}1", *FIRST, f"{TITLE}2", *SECOND, f"{TITLE}3", *THIRD]))
    assert outline(doc) == [(1, f"{TITLE}1"), (1, f"{TITLE}2"), (1, f"{TITLE}3")]
    assert ("title.repeated-title", TITLE) in [(r["rule"], r["text"]) for r in report.removed]


def test_a_page_announcing_no_samples_keeps_taking_its_stamped_title_for_a_repeat():
    doc, report = clean("\n".join([TITLE, TITLE, *FIRST, TITLE, *SECOND]))
    assert outline(doc) == []
    assert removed_rules(report).count("title.repeated-title") == 2


def test_which_lines_are_markers():
    title = f"{TITLE}（精选3篇）"
    lines = [TITLE, *FIRST, TITLE, *SECOND]
    assert title_sample_lines(lines, title, announced=True) == {0, len(FIRST) + 1}
    assert title_sample_lines(lines, title, announced=False) == frozenset()
    # One bare title with a sample under it is no series; a copy with nothing under it before
    # the next is the page repeating its title; a copy with the count never counts.
    assert title_sample_lines([TITLE, *FIRST], title, announced=True) == frozenset()
    assert title_sample_lines([TITLE, TITLE, *FIRST, TITLE, *SECOND], title, announced=True) == {1, len(FIRST) + 2}
    assert title_sample_lines([title, *FIRST, title, *SECOND], title, announced=True) == frozenset()
    # A short core is a word, not a title.
    assert title_sample_lines(["方案", *FIRST, "方案", *SECOND], "方案(精选2篇)", announced=True) == frozenset()

"""Short lines in a gap between two lines of chrome outside the document (issue 18, round 24): a
sidebar's items, a settings box's buttons, a unit's name, standing between two lines rules named,
above the first sentence or below the last, go (`meta-lines.edge-gap`); a gap under the page's
title, a gap of five lines, a heading, a document's name or a sentence stay.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.edge-gap"
TITLE = "青川县机关公文处理办法"
CRUMB = "当前位置：首页 > 机关建设 > 规章制度"
FACTS = "来源：县人大 发布时间：2024-03-02"
BODY = ["第一条 为了规范机关公文处理工作，提高公文处理的质量和效率，根据有关规定，结合本机关实际，制定本办法。",
        "第二条 本办法所称公文，是指机关在履行职责过程中形成的具有规范体式的文书。",
        "第三条 公文处理应当坚持实事求是、准确规范、精简高效、安全保密的原则。"]
GAP = ["拖动栏目可调整顺序", "恢复默认 保存", "设置", "青川县人民代表大会常务委员会机关"]


def test_a_gap_between_two_chrome_lines_above_the_document_goes():
    doc, report = clean("\n".join([TITLE, CRUMB, *GAP, FACTS, *BODY]))
    assert removed(report, RULE) == GAP
    assert texts(doc) == BODY


def test_a_gap_between_two_chrome_lines_below_the_document_goes():
    foot = ["【打印本页】【关闭窗口】", *GAP, "版权所有：青川县人大常委会办公室"]
    doc, report = clean("\n".join([TITLE, FACTS, *BODY, *foot]))
    assert removed(report, RULE) == GAP
    assert texts(doc) == BODY


def test_five_lines_are_no_gap():
    # More than a sidebar's few items: they may be the document's own opening lines.
    lines = [*GAP, "县人大常委会办公室"]
    doc, report = clean("\n".join([TITLE, CRUMB, *lines, FACTS, *BODY]))
    assert not removed(report, RULE)
    assert all(line in texts(doc) for line in lines[2:])


def test_lines_under_the_title_stay():
    # Above the gap is the page's title, not chrome: a revision note and the issuer under it are the text's.
    under = ["（2024年3月修订）", "县人大常委会办公室制"]
    doc, report = clean("\n".join([TITLE, *under, FACTS, *BODY]))
    assert not removed(report, RULE)
    assert texts(doc) == [*under, *BODY]


def test_a_heading_a_document_name_and_a_sentence_are_no_gap_lines():
    for line in ("第一章 总则", "机关公文处理实施细则", "本办法自发布之日起施行。"):
        doc, report = clean("\n".join([TITLE, CRUMB, line, FACTS, *BODY]))
        assert not removed(report, RULE), line
        assert "".join(line.split()) in ["".join(text.split()) for text in texts(doc)], line


def test_a_gap_inside_the_document_stays():
    # Between the first and last sentences, the lines are the document's, whatever is around.
    inner = ["【打印本页】【关闭窗口】", *GAP, "版权所有：青川县人大常委会办公室"]
    doc, report = clean("\n".join([TITLE, FACTS, BODY[0], *inner, *BODY[1:]]))
    assert not removed(report, RULE)
    assert GAP[-1] in texts(doc)


def test_a_line_the_scorer_took_inside_the_gap_does_not_end_it():
    # rc43: a forum poster's card between its counters, one line of it the learned scorer's guess:
    # the gap runs on under the guess to the next line a rule named (never anchored by the guess).
    import panflute as pf

    from reportfmt.passes.boilerplate.edge_gaps import drop_edge_gaps

    lines = ["2万", "积分", "驻站版主", "松林书社驻站版主兼征文区值班版主", "星级徽章五颗", "威望",
             "一年过去了，按老规矩把这一年的监督工作理一理，请各位补充。"]
    original = [(i, pf.Para(pf.Str(text))) for i, text in enumerate(lines)]
    removed = {0: "forum.poster-stats", 4: "document-site.scored", 5: "meta-lines.word-between-chrome"}
    blocks = [(o, b) for o, b in original if o not in removed]
    kept, records = drop_edge_gaps(original, blocks, removed, frozenset())
    assert [text for _, text, _ in records] == lines[1:4]
    assert [o for o, _ in kept] == [6]
    # Under a guess alone, with no rule's line below the gap, the lines stay.
    removed = {0: "forum.poster-stats", 4: "document-site.scored"}
    blocks = [(o, b) for o, b in original if o not in removed]
    assert drop_edge_gaps(original, blocks, removed, frozenset())[1] == []


# md51: a gap the page's end closes. A site's widgets closing the page under its last line of chrome
# (an app's box, a visit counter, a search box): the page's end is the gap's other side.
WIDGETS = ["◇青川校园通手机版", "家校共育直通车", "溪口空气质量 良", "累计访问人次"]


def test_the_last_lines_under_a_chrome_line_go():
    foot = ["版权所有：青川县人大常委会办公室", *WIDGETS]
    doc, report = clean("\n".join([TITLE, FACTS, *BODY, *foot]))
    assert removed(report, RULE) == WIDGETS
    assert texts(doc) == BODY


def _edge_gaps(lines: list[str], removed_at: dict[int, str], title: str = ""):
    import panflute as pf

    from reportfmt.passes.boilerplate.edge_gaps import drop_edge_gaps

    original = [(i, pf.Para(pf.Str(text))) for i, text in enumerate(lines)]
    blocks = [(o, b) for o, b in original if o not in removed_at]
    return drop_edge_gaps(original, blocks, removed_at, frozenset(), title)[1]


def test_the_first_lines_over_a_chrome_line_stay():
    # The page's start closes no gap: a list's first headline or a sample's name may stand there.
    lines = ["晴川书架", "数据会说话", "2019年7月初版", "2018年11月3日星期六", *BODY]
    assert _edge_gaps(lines, {3: "meta-lines.date-line-written"}) == []


def test_a_list_of_headlines_by_their_dates_is_no_gap():
    # A news list closing the page: each item a date over its headline; the last item's date went
    # as chrome, and the item before it, of the same shape, says the page is a list, not a sidebar.
    lines = [*BODY, "2025.04.11", "恒远水务开展汛前管网巡查", "2025.03.22", "恒远水务举办报装服务开放日"]
    assert _edge_gaps(lines, {5: "meta-lines.item-date"}) == []
    assert [text for _, text, _ in _edge_gaps(lines[:5], {3: "meta-lines.item-date"})] == [lines[4]]


def test_a_unit_under_the_chrome_line_is_no_gap():
    lines = [*BODY, "来源：县人大 发布时间：2024-03-02", "青川县人民代表大会常务委员会办公室"]
    assert _edge_gaps(lines, {3: "meta-lines.source-author-line"}) == []

"""The paper an item was printed in, with its day and page, alone on a line (issue 18, round 37):
it goes under a reprinted item and over an e-paper's copy; a reference list's entry and a
sentence citing a paper stay. Every line here was written for this test."""

from __future__ import annotations

from helpers import clean, removed_by, texts

TITLE = "某县推进老旧小区改造"
BODY = ["今年以来，某县把老旧小区改造作为民生实事来抓，累计完成改造小区二十个，惠及居民三千余户。",
        "下一步，该县将继续扩大改造范围，力争年底前再完成十个小区的改造任务。"]
RULE = "meta-lines.paper-edition-credit"


def test_the_edition_credit_under_a_reprinted_item_goes():
    for credit in ("《 青禾日报 》( 2024年06月13日 07 版)", "《青禾日報》（2024年6月13日第A3版）"):
        doc, report = clean("\n".join([TITLE, *BODY, credit]))
        assert texts(doc) == BODY, credit
        assert len(removed_by(report, RULE)) == 1, credit


def test_the_edition_credit_over_an_e_papers_copy_goes():
    credit = "《青禾日报》（2024年06月13日 01版）"
    doc, report = clean("\n".join([TITLE, credit, *BODY]))
    assert texts(doc) == BODY
    assert removed_by(report, RULE) == ["《青禾日报》（2024年06月13日 01版）"]


def test_a_citation_in_a_sentence_or_a_reference_list_stays():
    lines = [*BODY, "这篇文章刊登在《青禾日报》（2024年06月13日 07版）上，引起了广泛关注。",
             "[1] 林某. 老旧小区改造的几点做法[N]. 青禾日报, 2024-06-13(07)."]
    doc, report = clean("\n".join([TITLE, *lines]))
    assert removed_by(report, RULE) == []
    assert len(texts(doc)) == len(lines)

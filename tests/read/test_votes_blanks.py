"""Votes of a page's tree: the blanks between tags (most texts and tails) count nothing and
are settled without counting their characters (issue 17: 256k adds over 262 pages)."""

from __future__ import annotations

from lxml import html

from reportfmt.read.extraction import votes


def test_blank_texts_are_settled_without_counting(monkeypatch):
    counted = []
    real = votes.visible_length
    monkeypatch.setattr(votes, "visible_length", lambda text: counted.append(text) or real(text))
    tally = votes.Votes()
    for blank in (None, "", "\n    ", "\u3000\xa0\t"):
        tally.add(blank, in_link=False, in_chrome=False)
    assert counted == [] and (tally.total, tally.chars) == (0.0, 0)
    tally.add(" 我们完成了全年的任务。 ", in_link=False, in_chrome=False)
    assert tally.chars == 11 and tally.total == 11


def test_a_tree_scores_the_same_with_blank_tails_between_its_tags():
    page = html.fromstring("<div><p>今年的工作有三项。</p>\n  <p><a href='#'>上一篇</a>\n</p>\n</div>")
    scores = votes.score_tree(page)
    assert scores[page].chars == len("今年的工作有三项。上一篇")
    assert scores[page].links == len("上一篇")

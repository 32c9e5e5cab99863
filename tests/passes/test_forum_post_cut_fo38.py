"""A Discuz post header cut by the stored page's end (issue 18, round 38, fo38).

A poster line whose date the stored page cut ("NAME 发表于 2015-") is still a post header; a
sentence saying when a paper came out stays. Made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

SIMPLE = ["写总结要先列出全年做成的几件事，再说明每件事的分量和效果。",
          "问题部分要写具体，不能只说还有差距、还有不足。",
          "最后写明年的打算，目标要能落到人头和时间上。"]


def test_a_post_header_cut_by_the_pages_end_goes():
    line = "青禾 发表于 2015-"
    doc, report = clean("\n".join(["年度总结怎么写", *SIMPLE, line]))
    assert texts(doc) == SIMPLE
    assert removed(report, "forum.post-header") == [line]


def test_a_sentence_saying_when_a_paper_came_out_stays():
    line = "这篇关于基层减负的调研文章发表于2015年，至今仍有参考价值。"
    doc, _ = clean("\n".join(["年度总结怎么写", SIMPLE[0], line, *SIMPLE[1:]]))
    assert line in texts(doc)

"""Short anti-copy jammers (issue 18, round 26): two to four ASCII tokens a forum draws at random,
told by form (forum.jammer-short) where the long jammer rule needs more symbols. Made-up text."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "关于改进会风文风的几点做法"
BODY = ["今年以来，我们严格控制会议数量，能合并的会议一律合并。",
        "印发文件坚持短小精悍，一般不超过三千字。",
        "各科室要把节省下来的时间用在调查研究上。"]


def test_short_jammers_go_alone_or_glued_to_a_line():
    lines = [TITLE, BODY[0] + "z2 Q( u", "7 d% L2", BODY[1], "k3 e( p" + BODY[2]]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == BODY
    assert sorted(removed(report, "forum.jammer-short")) == sorted(["z2 Q( u", "7 d% L2", "k3 e( p"])


def test_formulas_lists_sizes_and_section_numbers_stay():
    kept = ["用A4 B5纸各打印两份。", "答案见Q1, Q2两题。", "计算x^2 + y2的值。", "H2O 和 CO2 都是化合物。",
            "说明如下：k3 e( (1)先填表。"]
    doc, report = clean("\n".join([TITLE, *BODY, *kept]))
    assert not removed(report, "forum.jammer-short")
    assert len(texts(doc)) == len(BODY) + len(kept)  # every line kept (its brackets normalised)

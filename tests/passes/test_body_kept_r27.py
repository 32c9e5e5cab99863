"""Body lines the rules took for chrome on pages they were not written for (issue 18, round 27:
every word of the document kept). Each test holds a near miss of a chrome form that is the
document's own text, and the chrome form itself where it still goes.
Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean
from reportfmt.passes.boilerplate.head_boxes import drop_head_box
from reportfmt.passes.elements import block_text
from reportfmt.read.text import read_plain_text

PARAGRAPH = ("这学期我们把每周的作业本都摊开来看了一遍，发现重复的题目占了三成，于是决定换一种办法。"
             "每周五留出半小时，和备课组一起挑出下周真正需要练的几样东西。")


def head_box(lines: list[str], title: str = "") -> list[str]:
    doc = read_plain_text("\n".join(lines))
    blocks = list(enumerate(doc.content))
    _left, gone = drop_head_box(blocks, blocks, frozenset(), title)
    return [text for _, text, _ in gone]


def test_an_authors_name_over_the_posts_held_is_no_box_of_headlines():
    author = ["柳青禾", "北湾区教研室小学语文教研员", "北湾区第二实验小学副校长", "南岭师范学院兼职硕士生导师"]
    assert head_box([*author, "作业里的三个老问题", PARAGRAPH]) == []
    doc, _report = clean("\n".join(["作业里的三个老问题", *author, PARAGRAPH]))
    kept = [block_text(b) for b in doc.content]
    assert kept[:len(author)] == author
    # The box of headlines still goes.
    box = ["快讯", "北湾区新建两所公办幼儿园", "南岭市地铁三号线开通试运营", "西山街道举办社区邻里节活动"]
    assert head_box([*box, "作业里的三个老问题", PARAGRAPH]) == box

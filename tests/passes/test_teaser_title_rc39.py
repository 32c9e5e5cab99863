"""A teaser box made of the page's title, its subtitle and the text's first words (issue 18, round 39).

A know-how page prints its title, the facts under it, then a summary box: the title with its
subtitle glued to the first words of the text, cut mid-sentence; then the title with its subtitle
again and the text. The box goes, the title line with its subtitle and the text stay (one copy of
each). A first line gluing the title to the text's only copy stays whole. Fixtures are made up.
"""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "村务公开栏怎么设置"
SUBTITLE_LINE = "村务公开栏怎么设置：从位置到内容的几点建议"
OPENING = "村务公开栏是村民了解村里大事小情的窗口。设在哪里、公开什么、多久更新，直接关系到公开的效果。下面分三点说说。"
REST = ["一、位置要方便", "公开栏宜设在村委会门口或村民常去的广场，高度以成年人平视为宜。"]


def test_a_teaser_of_the_title_line_and_the_texts_first_words_goes():
    teaser = SUBTITLE_LINE + OPENING[:40]
    page = [TITLE, "发布时间：2025-03-02 10:15", teaser, SUBTITLE_LINE, OPENING, *REST]
    doc, report = clean("\n".join(page))
    assert report.title == TITLE
    assert texts(doc) == [SUBTITLE_LINE, OPENING, *REST]
    assert removed(report, "repeat.teaser") == [teaser]


def test_the_title_glued_to_the_texts_only_copy_stays():
    glued = SUBTITLE_LINE + OPENING
    doc, report = clean("\n".join([TITLE, "发布时间：2025-03-02 10:15", glued, *REST]))
    assert not removed(report, "repeat.teaser")
    assert OPENING in "".join(texts(doc))

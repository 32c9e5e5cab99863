"""A title over its author's byline (round 35): "我的外婆" over "小作家/某县实验小学 林小雨" is the
page's title, never a channel's name; the byline stays with the text. Fixtures written for the
project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts

ESSAY = ["外婆家在山脚下的一个小村子里，门前有一棵很老的柿子树，每年秋天都挂满了红彤彤的柿子。",
         "外婆总是把最甜的柿子留给我。她说，柿子要放软了才好吃，急不得，就像做人一样。"]


def test_a_short_title_over_a_slash_byline_is_the_title():
    for byline in ("小作家/青禾县实验小学 林小雨", "文/柳溪中学 周晓岚", "作者／陈一鸣"):
        doc, report = clean("\n".join(["我的外婆", byline, *ESSAY]))
        assert report.title == "我的外婆", byline
        kept = ["".join(t.split()) for t in texts(doc)]
        assert "我的外婆" not in kept  # moved to metadata, not removed as a line above the title
        assert kept[-2:] == ["".join(line.split()) for line in ESSAY]
        # (recorded once, as the title moved to the metadata; the byline stays or goes as a credit)
        assert [r["rule"] for r in report.removed if r["text"] == "我的外婆"] == ["metadata.title"]


def test_a_slash_byline_with_no_title_above_gives_no_title():
    # The scrape lost the title: the byline opens the text and stays; nothing becomes the title.
    doc, report = clean("\n".join(["小作家/青禾县实验小学 林小雨", *ESSAY]))
    assert not report.title
    kept = ["".join(t.split()) for t in texts(doc)]
    assert kept[-2:] == ["".join(line.split()) for line in ESSAY]

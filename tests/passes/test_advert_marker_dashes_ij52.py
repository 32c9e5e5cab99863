"""An ad box's English caption set off by dashes ("- Advertisement -"), left alone on its line
between a news item's paragraphs, goes as the dashed 广告 does (round 52); a sentence naming an
advertisement stays. Fixtures are written for the project, words made up."""

from __future__ import annotations

from helpers import clean, removed_by, texts

BODY = ["青禾镇中学新建图书馆昨日落成启用，全校师生参加了启用仪式。",
        "校长在仪式上表示，新馆藏书两万册，设有自习区和电子阅览区。",
        "家长代表说，孩子们放学后终于有了安静的读书地方。"]


def test_a_dashed_english_ad_caption_between_paragraphs_goes():
    lines = ["青禾镇中学图书馆落成启用", BODY[0], "- Advertisement -", BODY[1], "— ADVERTISEMENT —", BODY[2]]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == BODY
    assert removed_by(report, "injected.advert-marker") == ["- Advertisement -", "— ADVERTISEMENT —"]


def test_a_sentence_naming_an_advertisement_stays():
    line = "学校在校报上刊登了一则招聘启事 - Advertisement - 版面由学生设计，欢迎投稿。"
    doc, _report = clean("\n".join(["青禾镇中学图书馆落成启用", BODY[0], line, BODY[1]]))
    assert texts(doc) == [BODY[0], line, BODY[1]]

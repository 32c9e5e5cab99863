"""Paid links slotted between a story's paragraphs, each labelled by an element of its own
("<a><i>广告</i><span>headline</span></a>"), go with their label (ad_cards.py). The page is
written for this test in the form feed templates print, with made-up words."""

from __future__ import annotations

from reportfmt.read.extract import extract_main
from reportfmt.read.html import clean_tree

PARAS = [
    "今年春天，城郊的老茶园迎来了第一批采茶的游客，园主说这是十年来客人最多的一年。",
    "茶园沿着山坡修了步道，游客可以跟着茶农学习采摘一芽一叶，再到作坊里看炒青的过程。",
    "园主打算明年再开两间民宿，让远道而来的客人能住上一晚，第二天一早去看山里的云海。",
    "附近的村民也在家门口摆起了小摊，卖自家做的笋干和米糕，靠广告牌招揽路过的客人。",
]
AD_FIRST = "三天学会理财，月入过万不是梦"
AD_LAST = "夏季清仓大促全场低至三折"


def _page(middle: str) -> str:
    return ('<html><head><title>老茶园迎来采茶游客</title></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>'
            f'<div class="article"><h1>老茶园迎来采茶游客</h1><p>{PARAS[0]}</p>{middle}<p>{PARAS[1]}</p>'
            f'<a class="card" href="https://ads.example/c?id=2"><span>{AD_LAST}</span><em>推广</em></a>'
            f'<p>{PARAS[2]}</p><p>{PARAS[3]}</p></div>'
            '<div class="foot">某某新闻网 版权所有</div></body></html>')


def _flat(text: str) -> str:
    return "".join(text.split())


def test_links_labelled_as_ads_go_and_the_story_stays():
    found = extract_main(clean_tree(_page(
        f'<a class="card" href="https://ads.example/c?id=1"><i>广告</i><span>{AD_FIRST}</span><b>×</b></a>')))
    text = _flat(found.text)
    for para in PARAS:  # the last one says 广告 inside a sentence: it stays
        assert _flat(para) in text
    assert AD_FIRST not in text and AD_LAST not in text and "推广" not in text
    assert sorted(r.text for r in found.removed if r.rule == "extract.ad") == sorted(
        [f"广告{AD_FIRST}×", f"{AD_LAST}推广"])


def test_a_link_opening_with_the_word_in_its_text_is_no_ad_card():
    # the word is part of the link's own text, not a label element of its own
    linked = "广告牌上的那张"
    para = f'园主的女儿给茶园拍了很多照片，<a href="/photo/1">{linked}</a>就是她在清晨拍下的，游客都说像一幅画。'
    found = extract_main(clean_tree(_page(f"<p>{para}</p>")))
    assert "园主的女儿给茶园拍了很多照片，广告牌上的那张就是她在清晨拍下的" in _flat(found.text)
    assert [r.text for r in found.removed if r.rule == "extract.ad"] == [f"{AD_LAST}推广"]

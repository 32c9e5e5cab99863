"""Round 52 (bk52): a casino's name ending in its game hall, 娱乐城, stamped where a hacked page's
unit stood, goes whole (issue 18: body kept 100 %): injected.gambling-brand cut it at 娱乐 and left
a stray 城 glued to the sentence's own words.
"""

from __future__ import annotations

from helpers import clean, texts

# A made-up university's news item; the brands are the betting brands the rule lists.
NEWS = ["七月上旬,明川大学三千多名新生陆续报到,学校在东区设了十个迎新点。",
        "各学院安排志愿者接站,一般二十分钟内就能办完入住手续。"]


def test_a_brand_with_its_game_hall_goes_whole():
    line = "七月上旬,永利娱乐城三千多名新生陆续报到,学校在东区设了十个迎新点。"
    doc, report = clean("\n".join(["明川大学迎来新一届新生", line, *NEWS[1:]]))
    body = texts(doc)
    assert any(text.startswith("七月上旬,三千多名新生") or text.startswith("七月上旬，三千多名新生")
               for text in body), body
    assert not any("城三千" in text for text in body)
    assert [r["text"] for r in report.removed if r["rule"] == "injected.gambling-brand"] == ["永利娱乐城"]


def test_a_brand_with_its_sales_words_is_cut_as_before():
    doc, _report = clean("\n".join(["明川大学迎来新一届新生", "七月上旬,金沙娱乐官网三千多名新生陆续报到。",
                                    *NEWS[1:]]))
    assert any("三千多名新生陆续报到" in text and "金沙" not in text for text in texts(doc))


def test_a_town_hall_named_so_stays():
    line = "活动在金沙娱乐中心二楼举行,全镇三百多名居民参加。"
    doc, _report = clean("\n".join(["金沙镇举办邻里节", line, *NEWS[1:]]))
    assert any("金沙娱乐中心二楼" in text for text in texts(doc))


def test_the_year_after_a_brand_with_its_game_hall_stays():
    doc, _report = clean("\n".join(["明川大学迎来新一届新生", "六月下旬,金沙娱乐城2025届的四千多名毕业生陆续离校。",
                                    *NEWS[1:]]))
    assert any("六月下旬" in text and "2025届的四千多名毕业生" in text and "城" not in text for text in texts(doc))

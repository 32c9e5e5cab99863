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


# A government annual report with no title line shown: its preamble, a paragraph of several
# sentences, ends on where to ask about it, with a telephone number. Made-up bureau and numbers.
PREAMBLE = ("本报告由青川县水利局依据《中华人民共和国政府信息公开条例》编制,统计时段为2024年全年。"
            "全文共五部分:总体情况,主动公开,依申请公开,存在问题,其他事项。"
            "对报告内容有疑问的,可来电咨询(地址:青川县河西路18号,电话:56781234)。")
REPORT = ["一、总体情况",
          "2024年,我局围绕河湖长制和防汛抗旱等重点工作,持续做好政务公开,全年主动公开信息四百余条。",
          "二、主动公开",
          "全年通过门户网站公开规范性文件六件,政策解读十二篇。"]


def test_a_report_preamble_ending_on_its_contact_stays():
    doc, report = clean("\n".join([PREAMBLE, *REPORT]))
    assert "".join(texts(doc)[0].split()).startswith("本报告由青川县水利局依据")
    assert not [r for r in report.removed if r["text"].startswith("本报告由")]


def test_a_site_desk_contact_over_the_title_still_goes():
    doc, _report = clean("\n".join(["商务合作联系QQ:88123456", "青川县水利局2024年政府信息公开工作年度报告",
                                   PREAMBLE, *REPORT]))
    assert not any("88123456" in text for text in texts(doc))


def test_the_year_after_a_brand_with_its_game_hall_stays():
    doc, _report = clean("\n".join(["明川大学迎来新一届新生", "六月下旬,金沙娱乐城2025届的四千多名毕业生陆续离校。",
                                    *NEWS[1:]]))
    assert any("六月下旬" in text and "2025届的四千多名毕业生" in text and "城" not in text for text in texts(doc))


# A stock-data page with no title shown: its table opens the page, the column names (report
# periods, short words parted by bars) over the markdown rule row. Made-up figures.
TABLE = ["2025年中报 | 2025年一季报 | 2024年年报 | 2024年三季报 | 2024年中报 | |",
         "---|---|---|---|---|---|",
         "每股收益(元) | 0.21 | 0.09 | 0.38 | 0.26 | 0.15 |",
         "每股净资产(元) | 4.86 | 4.80 | 4.71 | 4.62 | 4.55 |",
         "销售毛利率(%) | 21.40 | 20.95 | 20.63 | 20.31 | 19.88 |"]


def test_a_table_head_opening_the_page_stays():
    _doc, report = clean("\n".join(TABLE))
    assert not [r for r in report.removed if "2025年中报" in r["text"]]
    assert not [r for r in report.removed if r["rule"] == "meta-lines.above-title"]


def test_a_menu_of_bars_over_the_title_still_goes():
    doc, _report = clean("\n".join(["首页 | 公司概况 | 新闻中心 | 联系我们", "青禾公司2024年第三季度经营情况简报",
                                   "今年第三季度,公司营业收入同比增长百分之六,利润总额与去年同期基本持平。",
                                   "下一步,公司将继续压降成本,加快新产品投放。"]))
    assert not any("公司概况" in text for text in texts(doc))

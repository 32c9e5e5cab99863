"""Round 49: a portal's header prints the day, in either order with its weekday ("星期五 2025年 3月 14日"),
with its share links glued after it ("…星期六某某微博"), or greets the reader with the day whose date a
script filled in and the scrape lost ("欢迎您来到某某网! 今天是"): never the title; the title is looked for
under it, and a page with none under it has none.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean

NEWS = ["(某城14日讯)某某独中董事长林某某表示,今年新生报名人数与去年持平,生源稳定。",
        "他说,校友每年的捐助是学校的重要经费来源,董事会将继续办好校友日。"]


def test_a_weekday_before_the_date_over_a_menu_and_the_headline():
    page = ["星期五 2025年 3月 14日", "主页 大城小镇", "林某某:独中生源稳定 校友捐助不可少", *NEWS]
    _doc, report = clean("\n".join(page))
    assert report.title == "林某某:独中生源稳定 校友捐助不可少"


def test_share_links_glued_after_the_day():
    _doc, report = clean("\n".join(["2024年05月11日 星期六某某微博", "某市举办首届家政技能大赛", *NEWS]))
    assert report.title == "某市举办首届家政技能大赛"


def test_a_greeting_with_its_date_lost_is_no_title():
    _doc, report = clean("\n".join(["欢迎您来到某某山城网! 今天是",
                                    "在老年大学秋季开学之际,某某县老年大学山歌班首届学员举行结业汇报演出。",
                                    "山歌班开班一年来,共招收学员四十二人,年纪最大的七十九岁。"]))
    assert not report.title

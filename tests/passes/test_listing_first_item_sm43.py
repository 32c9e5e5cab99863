"""A listing that shows no title (a news column): its first headline may be longer than the
headlines below it when each of them is retold by its own text (issue 18, helper sm43). Fixtures
written for the project (made-up news items)."""

from __future__ import annotations

from reportfmt.passes.headings.news_items import untitled_first_item


def test_the_first_headline_of_an_untitled_listing_may_be_longer_than_its_siblings():
    items = ["街道试行「楼栋议事角」 首批设在六个小区",
             "新城街道今日表示，将在六个小区试行「楼栋议事角」，由楼栋长每周召集居民商量公共事务。",
             "街道开设长者助餐热线",
             "街道5日宣布，开设长者助餐热线，由工作人员代行动不便的老人预订午餐并安排送餐上门。",
             "滨河公园试办夜间观鸟",
             "街道3日宣布，下月起在滨河公园试办夜间观鸟，由志愿者带领居民认识湿地里的鸟类。"]
    free = lambda i: True  # noqa: E731
    assert untitled_first_item(items, [2, 4], free) == 0
    # twice the longest sibling at most: an article's long title over short section names is no item
    long_title = "新城街道试行「楼栋议事角」首批设在六个小区 居民自己商量楼道里的大事小事"
    assert untitled_first_item([long_title, *items[1:]], [2, 4], free) is None
    # longer than its siblings and one of them not retold by its own text: an article's title over
    # its section names ("暖心小事" heads a paragraph that does not say it again)
    article = [items[0], items[1], "暖心小事", "有位老人每次都提前半小时到，帮大家把椅子摆好，谁也没有请她这样做。",
               items[4], items[5]]
    assert untitled_first_item(article, [2, 4], free) is None

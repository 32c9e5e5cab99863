"""A listing whose items no mark shows (round 42): each headline over its own text, whose first
sentence retells it, the next headline a few paragraphs down retold by its text the same way. The
first headline is the first item, not the page's title. An article's title over its text and a
section retold by its paragraph, or over a sample of itself, stays the title. Fixtures written for
the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts

FIRST = "青禾医院开展急诊分诊流程专项演练"
FIRST_TEXT = ("为检验急诊科应对批量伤员的能力，青禾医院急诊科于3月6日上午开展分诊流程专项演练，"
              "各临床科室骨干六十余人参加。")
FIRST_MORE = "演练结束后，医务科对分诊登记、转运交接中暴露的问题逐一点评，并限期整改。"
SECOND = "北岭社区卫生站增设夜间便民门诊"
SECOND_TEXT = "为方便下班居民就医，北岭社区卫生站自本月起增设夜间便民门诊，每晚开放至九点。"


def test_an_unmarked_listings_first_headline_is_no_title():
    lines = ["新闻动态", FIRST, FIRST_TEXT, FIRST_MORE, "医务科", SECOND, SECOND_TEXT, "社区卫生站"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    body = "".join(texts(doc))
    assert FIRST in body and SECOND in body and FIRST_TEXT in texts(doc)


def test_items_between_dash_lines_are_a_listing_too():
    lines = ["-", FIRST, FIRST_TEXT, "-", SECOND, SECOND_TEXT, "-"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert FIRST in "".join(texts(doc))


def test_an_articles_section_retelling_the_title_keeps_the_title():
    # The line below shares the title's words: a part of the same news, not another item.
    lines = [FIRST, FIRST_TEXT, "急诊分诊流程演练发现的问题",
             "这次急诊分诊流程演练发现，批量伤员到达时登记环节最容易拥堵。", FIRST_MORE]
    _doc, report = clean("\n".join(lines))
    assert report.title == FIRST


def test_a_title_over_text_with_no_second_headline_stays():
    lines = [FIRST, FIRST_TEXT, FIRST_MORE, "医务科"]
    _doc, report = clean("\n".join(lines))
    assert report.title == FIRST

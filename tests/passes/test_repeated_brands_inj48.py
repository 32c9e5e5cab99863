"""inj48 (issue 18): a hijacked page's brand, whatever its name, told by its copies: a short name
glued to a gaming site's way in (官网, 娱乐平台, 娱乐城…) printed twice or more where the school's or
the office's name stood, no copy reached by a verb of going to a site. Every copy goes (recorded
`injected.brand-copy`), the sentences stay; a unit's own site, a site the text sends its reader to,
and a name printed once stay. Fixtures are made up, in the forms real pages take."""

from __future__ import annotations

from helpers import clean, removed_by, texts
from reportfmt.passes.boilerplate.repeated_brands import repeated_brands

TITLE = "校团委召开学期工作部署会"
OPENING = "为落实本学期各项工作安排，校团委于近日召开工作部署会。"


def _page(*lines: str) -> str:
    return "\n".join([TITLE, OPENING, *lines, "2024年3月15日"])


def test_a_name_with_its_way_in_printed_three_times_goes():
    lines = ["据悉，青岚国际官网现有团支部四十余个，团员两千余人。",
             "会上，青岚国际官网团委书记通报了上学期的考核结果。",
             "这是青岚国际官网连续第三年开展此项活动。"]
    doc, report = clean(_page(*lines))
    assert removed_by(report, "injected.brand-copy") == ["青岚国际官网"] * 3
    assert "据悉，现有团支部四十余个，团员两千余人。" in texts(doc)
    assert "会上，团委书记通报了上学期的考核结果。" in texts(doc)


def test_a_copy_in_the_masthead_line_counts_and_its_home_word_goes_with_it():
    doc, _report = clean("\n".join(["澜汀6688娱乐平台首页", "学生实验室安全管理细则",
                                   "一、进入实验室的人员须填写《澜汀6688娱乐平台危险品领用登记表》。",
                                   "二、实验结束后须关闭水电，清理台面。"]))
    assert "一、进入实验室的人员须填写《危险品领用登记表》。" in texts(doc)
    assert not any("澜汀" in text for text in texts(doc))


def test_a_units_site_a_cited_site_and_a_single_name_stay():
    lines = ["成绩将在学校官网公布，请登录学校官网查询。",
             "报名请访问青岚书院官网，也可在青岚书院官网留言。",
             "新品参数以星河科技官网显示为准，星河科技官网上另有说明。",
             "本次比赛由青岚国际官网协办。"]
    doc, report = clean(_page(*lines))
    assert not removed_by(report, "injected.brand-copy")
    for line in lines:
        assert line in texts(doc)


def test_the_brand_starts_where_its_copies_contexts_part():
    copies = ["这是鹭洲国际官网团委。", "为鹭洲国际官网学生会。", "为鹭洲国际官网研究生会。"]
    assert repeated_brands(copies) == ["鹭洲国际官网"]
    # a name both copies follow with the same word: the sentence's word is no part of the name
    assert repeated_brands(["联络员为鹭洲体育官网工作。", "协助为鹭洲体育官网开展。"]) == ["鹭洲体育官网"]


def test_a_site_or_a_casino_a_news_item_names_twice_as_its_subject_stays():
    # No gaming way in (娱乐平台, 娱乐城) and no gaming word, Latin letter or digit in the name: a
    # shop's site or a licensed casino that the news is about, not a brand written over a unit.
    lines = ["青禾手机官网今日全新改版。", "此次改版后，青禾手机官网新增以旧换新专区。",
             "濠江明珠娱乐场上半年接待旅客增长一成。", "濠江明珠娱乐场表示，下半年将增聘本地员工。"]
    doc, report = clean(_page(*lines))
    assert not removed_by(report, "injected.brand-copy")
    for line in lines:
        assert line in texts(doc)

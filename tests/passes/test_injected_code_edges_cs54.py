"""Round 54 (cs54): where a hijacked page's betting brand ends. The brand stands where a school's
or a unit's name stood; its code goes with it, but not the number the unit's own sentence goes on
with (the year of its event, a class's year, a count), and not half of its code either (the
lower-case letters after a lucky hall's digits). Fixtures are made up, in the forms real pages take.
"""

from __future__ import annotations

from helpers import clean, removed_by, texts

TITLE = "明川大学团委关于举办冬季长跑接力赛的通知"
OPENING = "各学院团委："
TAIL = ["请各学院认真组织，按时报名。", "明川大学团委", "2024年11月20日"]


def _page(*lines: str) -> str:
    return "\n".join([TITLE, OPENING, *lines, *TAIL])


def test_the_year_after_a_brands_sales_words_stays():
    doc, report = clean(_page("开云app官网入口下载2024年校园冬季长跑接力赛定于12月6日在东区田径场举行。"))
    assert removed_by(report, "injected.gambling-brand") == ["开云app官网入口下载"]
    assert "2024年校园冬季长跑接力赛定于12月6日在东区田径场举行。" in texts(doc)


def test_a_class_year_and_a_count_after_the_brand_stay():
    doc, report = clean(_page("金沙官网2021届毕业生座谈会同期举办。", "永利官网300余名志愿者参与服务保障。"))
    assert removed_by(report, "injected.gambling-brand") == ["金沙官网", "永利官网"]
    body = texts(doc)
    assert "2021届毕业生座谈会同期举办。" in body
    assert "300余名志愿者参与服务保障。" in body


def test_a_code_glued_after_the_sales_words_still_goes():
    doc, report = clean(_page("比赛由金沙官网abc88团委主办。"))
    assert removed_by(report, "injected.gambling-brand") == ["金沙官网abc88"]
    assert "比赛由团委主办。" in texts(doc)


def test_a_lucky_names_code_goes_with_its_letters():
    line = "决赛中，威尼斯556677kx以三比一战胜文学院，文学院和威尼斯556677kx的队员赛后合影留念。"
    doc, report = clean(_page(line))
    # (one record for the line, its cut pieces joined by a blank)
    assert removed_by(report, "injected.lucky-name-code") == ["威尼斯556677kx 威尼斯556677kx"]
    assert "决赛中，以三比一战胜文学院，文学院和的队员赛后合影留念。" in texts(doc)


def test_a_lucky_name_before_a_word_keeps_the_word():
    # letters that run on into a longer Latin word are not the code's: the cut stops at the digits
    doc, report = clean(_page("本届赛事由鸿福八方667788sports学生会承办。"))
    assert removed_by(report, "injected.lucky-name-code") == ["鸿福八方667788"]
    assert any("sports学生会承办" in text for text in texts(doc))

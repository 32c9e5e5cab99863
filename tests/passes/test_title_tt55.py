"""Page titles, round 55: a page's control printed as a lone letter among marks (a text-size switch
"- N +" or "A+A-", a close button "x") is never the title, however the line under it reads."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.title_forms import never_title


@pytest.mark.parametrize("line", ["- N +", "A+A-", "A- A A+", "x", "+ A -"])
def test_a_lone_letter_among_marks_is_no_title(line):
    assert never_title(line)


@pytest.mark.parametrize("line", ["***", "××", "＊＊＊"])
def test_a_masked_line_is_not_ruled_out_so(line):
    assert not never_title(line)


# An interview page (made up): its column and the headline parted by a bar, the interview's own
# fields under it. The text-size switch above the headline was taken as the title.
INTERVIEW = ("- N +\n\n"
             "老匠人口述丨柳木生：守着竹编铺子三十年，一根篾条也不浪费\n\n"
             "口述者：柳木生\n\n"
             "整理人：方晓\n\n"
             "一、学艺：“手上没茧子，编不出好东西”\n\n"
             "我十五岁跟着舅舅学竹编，头一年只让劈篾，手指头被划破了不知多少回。\n")


def test_the_headline_under_a_text_size_switch_is_the_title():
    doc, report = clean(INTERVIEW)
    assert report.title == "老匠人口述丨柳木生：守着竹编铺子三十年，一根篾条也不浪费"
    lines = texts(doc)
    assert "- N +" not in lines and "N +" not in lines
    assert lines[0] == "口述者：柳木生"
    assert "我十五岁跟着舅舅学竹编，头一年只让劈篾，手指头被划破了不知多少回。" in lines


def test_the_switch_printed_letters_first_goes_the_same_way():
    doc, report = clean(INTERVIEW.replace("- N +", "A+A-", 1))
    assert report.title == "老匠人口述丨柳木生：守着竹编铺子三十年，一根篾条也不浪费"
    assert "A+A-" not in texts(doc)



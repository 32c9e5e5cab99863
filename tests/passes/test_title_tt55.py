"""Page titles, round 55: a page's control printed as a lone letter among marks (a text-size switch
"- N +" or "A+A-", a close button "x") is never the title, however the line under it reads."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed
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



# An e-paper item (made up) with no headline in its text: its credit line names several reporters,
# each with a role of their own, then what they did after a slash.
REPORT_BODY = ["青禾县举办首届农民丰收节，二十个乡镇的合作社带来了本地的稻米、茶叶和山货。",
               "丰收节期间还举行了农机展示和农技讲座，吸引了周边县市的群众前来参观。"]


@pytest.mark.parametrize("credit", ["●本报记者 方晓/文 本报记者 柳岩 实习记者 韦丹/图",
                                    "本报记者 方晓 实习记者 韦丹/摄"])
def test_a_credit_naming_several_reporters_with_their_roles_goes_and_is_no_title(credit):
    doc, report = clean("\n".join([credit, *REPORT_BODY]))
    assert report.title is None
    assert texts(doc) == REPORT_BODY
    assert removed(report, "meta-lines.credit-names-first") == [credit]


def test_the_headline_over_such_a_credit_stays_the_title():
    credit = "本报记者 方晓/文 本报记者 柳岩 实习记者 韦丹/图"
    doc, report = clean("\n".join(["青禾县举办首届农民丰收节", credit, *REPORT_BODY]))
    assert report.title == "青禾县举办首届农民丰收节"
    assert texts(doc) == REPORT_BODY


# A campaign's, a series' or a column's label in 【】 glued before the headline, the page's facts
# under it (made up): the headline is the title, the label goes with the line.
LABELLED = [
    ("【迎新季 青春向党】方晓——入党积极分子思想汇报", "方晓 2024-09-20 101530", "方晓——入党积极分子思想汇报"),
    ("【匠心口述12】柳木生：守着竹编铺子三十年", "发布时间：2025-03-02 09:15:40", "柳木生：守着竹编铺子三十年"),
    ("【表格工具系列文章】用数据透视表汇总考勤", "作者：韦丹", "用数据透视表汇总考勤"),
]
LABELLED_BODY = ["去年秋天，我第一次走进学院的党员活动室，墙上挂着一排老党员的照片。",
                 "这半年来，我参加了党课学习小组，每两周读一章党史，也写下了自己的体会。"]


@pytest.mark.parametrize(("line", "facts", "headline"), LABELLED)
def test_the_headline_after_a_bracketed_label_over_the_facts_is_the_title(line, facts, headline):
    doc, report = clean("\n".join([line, facts, *LABELLED_BODY]))
    assert report.title == headline
    assert texts(doc) == LABELLED_BODY


def test_a_bracketed_title_before_the_texts_first_words_stays_the_title():
    doc, report = clean("【值班制度是什么意思】值班制度是单位为保证节假日和夜间工作不断档而作出的安排，"
                        "写清人员、时间和职责。\n一、值班制度的内容\n值班制度一般包括值班范围、值班人员、交接班要求和记录要求。")
    assert report.title == "值班制度是什么意思"
    assert texts(doc)[0].startswith("值班制度是单位为保证节假日")


def test_a_bracketed_title_over_a_short_section_heading_stays_the_title():
    doc, report = clean("【值班制度的规范格式】一、值班制度的定义\n"
                        "值班制度是单位为保证节假日和夜间工作不断档而作出的安排。\n二、值班制度的内容\n写清人员、时间和职责。")
    assert report.title == "值班制度的规范格式"
    assert "值班制度是单位为保证节假日和夜间工作不断档而作出的安排。" in texts(doc)


@pytest.mark.parametrize("line", ["字體:小 中 大 | |", "字号：小 中 大", "字号：大 中 小"])
def test_a_text_size_switch_either_way_round_is_no_title(line):
    assert never_title(line)


def test_a_blog_post_under_a_small_first_text_size_switch_takes_no_title_from_it():
    body = ["开学第一天，县长一早来到南湖小学，和老师、工友一起清扫校园里的落叶。",
            "典禮上，他勉励小朋友收心向学，也感谢老师们寒假里为新学期做的准备。"]
    doc, report = clean("\n".join(["字體:小 中 大 | |", "2024/02/26 08:30:12瀏覽512|回應0|推薦0", *body]))
    assert report.title is None
    assert texts(doc) == body

"""Injected brands told by their form and by their copies (issue 18, round 44, inj44).

A hijacked domain writes its brand where the unit's name stood, so the brand recurs: once a rule
has named it, its copies in other lines and in the page's title go too. A betting brand as a bare
code ("bet" and a number, a few letters and a number before the game it sells) needs no way in
after it. A code a sentence governs or explains stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "关于开展宿舍安全月活动的情况通报"
HEAD = "为做好本学期宿舍安全工作，学校于三月开展了宿舍安全月活动。"
TAIL = "下一步，各学院要把检查中发现的问题逐项整改到位。"


def test_a_brand_a_rule_named_goes_from_the_title_and_from_other_lines():
    brand = "青禾体育直播手机版"
    lines = [brand, f"{brand}关于评选本学年文明宿舍的通知", "各学院：", HEAD,
             f"获评文明宿舍的，由{brand}颁发流动红旗。", TAIL]
    doc, report = clean("\n".join(lines))
    assert report.title == "关于评选本学年文明宿舍的通知"
    assert texts(doc) == ["各学院：", HEAD, "获评文明宿舍的，由颁发流动红旗。", TAIL]
    assert removed(report, "injected.gaming-brand-line") == [brand]
    assert removed(report, "injected.brand-copy") == [brand]


def test_a_string_no_rule_named_is_not_cut_where_it_recurs():
    line = "获评文明宿舍的，由学生处颁发流动红旗，学生处另发证书。"
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line, TAIL]
    assert removed(report, "injected.brand-copy") == []


@pytest.mark.parametrize(("line", "brand"), [
    ("期中考试结束后，bet88学院团委召集各支部书记座谈。", "bet88"),
    ("各支部填写《k66体育团日活动登记表》后交院团委。", "k66体育"),
    ("4月6日，bat520举办了师生趣味定向赛。", "bat520"),
])
def test_a_betting_code_standing_for_a_name_is_cut(line, brand):
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line.replace(brand, ""), TAIL]
    assert removed(report, "injected.betting-code-inline") == [brand]


@pytest.mark.parametrize("line", [
    "严禁登录bet365等境外赌博网站，一经发现严肃处理。",
    "bet365是一家境外博彩公司，在我国属于非法经营。",
    "机房电脑已统一升级到win10系统。",
    "学校于去年通过iso9001质量体系认证。",
    "请按2022体育工作要点安排本学期的活动。",
    "各班可收看cctv5体育频道的转播。",
])
def test_a_code_a_sentence_governs_or_explains_stays(line):
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line, TAIL]
    assert removed(report, "injected.betting-code-inline") == []


def test_a_named_code_goes_where_its_copy_is_followed_by_a_particle():
    lines = [TITLE, HEAD, "4月6日，bat520举办了师生趣味定向赛。", "当天中午，bat520的师生聚集在草坪上。", TAIL]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == [HEAD, "4月6日，举办了师生趣味定向赛。", "当天中午，的师生聚集在草坪上。", TAIL]
    assert removed(report, "injected.brand-copy") == ["bat520"]


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("青曜娱乐官网注册关于开展宿舍安全月活动的通知", "关于开展宿舍安全月活动的通知"),
        ("kx365中文官方网站研究生国家奖学金评审实施细则", "研究生国家奖学金评审实施细则"),
        ("鸿运彩乐园召开本年度第二次学院工作会议", "召开本年度第二次学院工作会议"),
    ],
)
def test_a_brand_the_rules_read_in_the_title_line_goes_from_the_title_and_the_text(title, bare):
    brand = title[: len(title) - len(bare)]
    line = f"会议由{brand}学生处组织。"
    doc, report = clean("\n".join([title, HEAD, line, TAIL]))
    assert report.title == bare
    assert texts(doc) == [HEAD, "会议由学生处组织。", TAIL]


def test_a_title_naming_a_lottery_office_or_a_person_keeps_its_words():
    for title in ["关于登录中国福利彩票官网查询兑奖信息的通知", "王伟德体育老师获评优秀教师的通报"]:
        _, report = clean("\n".join([title, HEAD, TAIL]))
        assert report.title == title


@pytest.mark.parametrize(
    ("line", "brand"),
    [
        ("会议由韦德体育bevictor主任主持。", "韦德体育bevictor"),
        ("学生处、校团委、qingniao韦德官网等部门领导出席闭幕式。", "qingniao韦德官网"),
        ("kxhill英国威廉希尔本年度研究生复试工作办法已印发。", "kxhill英国威廉希尔"),
    ],
)
def test_a_betting_brand_with_a_latin_name_glued_to_it_is_cut(line, brand):
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line.replace(brand, ""), TAIL]
    assert removed(report, "injected.latin-glued-betting-brand") == [brand]


@pytest.mark.parametrize("line", ["王伟德老师主持会议。", "他在NBA看过韦德打球。", "NBA韦德打出了一记好球。"])
def test_a_person_or_a_league_beside_a_brand_word_stays(line):
    doc, report = clean("\n".join([TITLE, HEAD, line, TAIL]))
    assert texts(doc) == [HEAD, line, TAIL]
    assert removed(report, "injected.latin-glued-betting-brand") == []

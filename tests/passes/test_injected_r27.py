"""Injected strings by form (issue 18, round 27): a betting brand's Latin and Chinese names glued
together where a unit's name stood, a keyword line ending in a stray "?" its charset lost, and a
site stamp glued after the full stop of paragraph after paragraph. Near misses stay: a unit's
English name beside its Chinese one, a question, a quiz's answer words, a stamp seen twice.
Fixtures are written for the project, names made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "学院举办宿舍安全知识竞赛"
BODY = ["十一月二十日晚，学院在报告厅举办宿舍安全知识竞赛，五个系的代表队参赛。",
        "比赛分必答、抢答和风险三轮，题目涵盖用电安全、防火防盗和应急疏散。",
        "赛后，辅导员对各队表现作了点评，希望同学们把安全知识用到日常生活中。"]


def page(*lines: str, at: int = 1):
    return clean("\n".join([TITLE, *BODY[:at], *lines, *BODY[at:]]))


@pytest.mark.parametrize(("sentence", "brand", "kept"), [
    ("本次竞赛由Betvia必威团委主办，各系选手参加。", "Betvia必威", "本次竞赛由团委主办，各系选手参加。"),
    ("必威BETVIA官网入口辅导员出席了比赛。", "必威BETVIA官网入口", "辅导员出席了比赛。"),
    ("宣传部解读了学院日博体育,日博注册迎新活动安排。", "日博体育,日博注册", "宣传部解读了学院迎新活动安排。"),
])
def test_a_betting_brand_pair_in_a_units_place_is_cut_the_sentence_kept(sentence, brand, kept):
    doc, report = page(sentence)
    assert removed(report, "injected.betting-brand-pair") + removed(report, "injected.gambling-brand") == [brand]
    assert kept in texts(doc)


def test_a_units_english_name_and_a_days_expo_stay():
    lines = ["学院与Bethel大学签订了交换生协议。", "今日博览会开幕，学院派出志愿者参与服务。"]
    doc, _ = page(*lines)
    assert all(line in texts(doc) for line in lines)


def test_an_adult_keyword_line_with_a_lost_character_at_its_end_goes():
    line = "888高清在线视频,手机成人午夜视频,久久精品无码,日韩一区中文字幕 ?"
    doc, report = page(line, at=0)
    assert [r for r in report.removed if r["rule"] == "injected.spam-keywords"]
    assert texts(doc) == BODY


STAMP = "W5R某某法治网"
NEWS = ["近日，区法院召开法官联系村居工作推进会，通报了上半年法官进网格的情况。",
        "会上，院长要求把每月一次的驻村接待日坚持下来，把纠纷化解在萌芽状态。",
        "会议还就考核办法征求了意见，大家认为考核应以群众满意度为主要依据。"]


def test_a_stamp_glued_after_the_stop_of_several_paragraphs_is_cut():
    doc, report = clean("\n".join(["区法院推进法官联系村居工作", *(line + STAMP for line in NEWS)]))
    assert removed(report, "injected.tail-stamp") == [STAMP] * 3
    assert texts(doc) == NEWS


def test_answer_words_and_a_stamp_seen_twice_stay():
    quiz = ["1.电器着火时应先切断电源。正确", "2.楼道里可以给电动车充电。错误", "3.发现火情应立即拨打119。正确"]
    _, report = clean("\n".join(["消防安全知识判断题", *quiz]))
    assert not removed(report, "injected.tail-stamp")
    twice = [NEWS[0] + STAMP, NEWS[1] + STAMP, NEWS[2]]
    _, report = clean("\n".join(["区法院推进法官联系村居工作", *twice]))
    assert not removed(report, "injected.tail-stamp")


def test_a_qa_platforms_name_glued_to_an_answer_is_cut_a_sentence_naming_it_stays():
    lines = ["搜狗问问会议记录一般由标题、会议组织情况、会议内容和结尾组成。",
             "关键词三到五个，词与词之间用分号隔开，搜狗问问最后一个词后不加标点。",
             "这个问题百度知道上有人问过，回答大多不完整。", "很多人在悟空问答里分享过写法。"]
    doc, report = clean("\n".join(["会议记录怎么写", *lines]))
    assert removed(report, "injected.qa-platform-stamp") == ["搜狗问问", "搜狗问问"]
    assert texts(doc) == ["会议记录一般由标题、会议组织情况、会议内容和结尾组成。",
                          "关键词三到五个，词与词之间用分号隔开，最后一个词后不加标点。", *lines[2:]]


def test_a_slide_decks_page_markers_in_chinese_numerals_are_cut():
    line = ("一、工作背景网格化管理是基层治理的重要方式。第二頁,共36頁。"
            "二、主要任务每个网格配备一名网格员。第三页，共36页。")
    doc, report = clean("\n".join(["网格化管理工作方案", line]))
    assert texts(doc) == ["一、工作背景网格化管理是基层治理的重要方式。二、主要任务每个网格配备一名网格员。"]
    assert [r for r in report.removed if r["rule"] == "injected.page-of-pages"]

"""Numbered and labelled lines whose place in the page says they are a list, a menu or a
speaker's tag, not sections (issue 18, round h24: forms that carry to sites nobody tuned for).
Fixtures written for the project, with made-up content."""

from __future__ import annotations

from helpers import clean, outline, paras


def test_a_run_of_chapter_lines_with_no_text_between_is_a_menu():
    # A reading site's chapter menu beside the chapter it shows: four chapter lines in a row,
    # none with a word of its own under it, is a list of links, not four sections.
    doc, _ = clean("\n".join([
        "山谷里的灯塔",
        "第一章 迷雾初起",
        "第二章 守塔老人",
        "第三章 暴雨之夜",
        "第四章 远方来信",
        "那天清晨，雾气从山谷深处漫上来，把整座小镇裹得严严实实，连钟楼的尖顶都看不见了。",
        "阿青推开窗，听见远处传来断断续续的汽笛声，她知道这是渡船在提醒岸上的人们。",
    ]))
    assert outline(doc) == []
    assert {"第一章 迷雾初起", "第四章 远方来信"} <= set(paras(doc))


def test_chapters_each_over_their_own_text_stay_sections():
    # The near miss: the same chapter lines, each over its own paragraph, are the book's sections.
    doc, _ = clean("\n".join([
        "山谷里的灯塔",
        "第一章 迷雾初起",
        "那天清晨，雾气从山谷深处漫上来，把整座小镇裹得严严实实，连钟楼的尖顶都看不见了。",
        "第二章 守塔老人",
        "守塔的老人姓周，在这座灯塔里住了三十多年，每天傍晚都会准时点亮塔顶的灯。",
        "第三章 暴雨之夜",
        "入夜以后雨越下越大，海面上的浪一阵高过一阵，老人披上雨衣爬上了塔顶。",
    ]))
    assert outline(doc) == [(1, "第一章 迷雾初起"), (1, "第二章 守塔老人"), (1, "第三章 暴雨之夜")]

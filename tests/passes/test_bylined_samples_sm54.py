"""A page of several short pieces, each under its own name over its writer's byline (issue 18,
helper sm54): a school paper's page of pupils' essays ("文/某某（某小学二年级）", "某某/某某小学",
"某小学三（2）班 某某"). Where two bylines at least stand on the page, the name right over each
(after the previous piece's text) opens a sample, and no byline is a heading. One byline is one
article's writer. Fixtures written for the project (made-up names, schools and essays)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, paras
from reportfmt.passes.headings.bylined_samples import bylined_sample_lines, is_byline

FIRST = ["屋檐下的燕子", "文/陆小禾（青岚市实验小学三（2）班）",
         "每年春天，我家屋檐下都会飞来一对燕子。它们衔来湿泥和草叶，一口一口把旧窝补好，忙得顾不上歇脚。",
         "等到小燕子探出黄嘴巴，整个院子都热闹起来了。"]
SECOND = ["会唱歌的水壶", "文/程一鸣（东岭镇中心小学四年级）",
          "奶奶的水壶烧开时会呜呜地叫，像一列小火车进站。我总爱守在炉子边，等它唱完再帮奶奶灌暖瓶。"]
THIRD = ["雨后的操场", "文/石念安（青岚市实验小学二（1）班）",
         "下过雨的操场亮晶晶的，跑道上积着一个个小水洼。同学们踮着脚绕过去，谁也不舍得踩碎天上的云。"]


def headers(doc: pf.Doc) -> list[tuple[str, bool]]:
    return [(pf.stringify(b), "sample" in b.classes) for b in doc.content if isinstance(b, pf.Header)]


def test_each_pieces_name_over_its_byline_opens_a_sample():
    # (the first piece's name opens the page: it is the page's title)
    doc, report = clean("\n".join([*FIRST, *SECOND, *THIRD]))
    assert report.title == "屋檐下的燕子"
    assert headers(doc) == [("会唱歌的水壶", True), ("雨后的操场", True)]
    assert not any(FIRST[1] in text or SECOND[1] in text for text, _ in headers(doc))
    assert FIRST[2] in paras(doc) and SECOND[2] in paras(doc) and THIRD[2] in paras(doc)


def test_a_byline_of_name_and_school_and_one_of_class_and_name():
    lines = ["我的小发明", "钟可可/南川区桃源小学",
             "早上总是起不来，我就想做一个会掀被子的闹钟。我画了好几张图，爸爸帮我找来了旧齿轮。",
             "“书虫”弟弟", "桃源小学五（3）班 罗晓",
             "弟弟走到哪里都捧着一本书，吃饭看，走路看，连刷牙的时候也要把书摊在洗手台上。"]
    assert bylined_sample_lines(lines) == frozenset({0, 3})


def test_a_dashed_subtitle_may_stand_between_name_and_byline():
    lines = ["写给十年后的我", "——一封寄往未来的信", "文/顾清（江州市第二中学）",
             "十年后的我，你好吗？你还记得初二那年冬天，我们在操场上看的那场雪吗？那时你说要当一名医生。",
             "窗外的老槐树", "文/许朗（江州市第五中学）",
             "我家窗外有一棵老槐树，每年五月开满白花，整条巷子都是它的香气，奶奶说它比我们家的房子还老。"]
    assert bylined_sample_lines(lines) == frozenset({0, 4})


def test_one_byline_is_one_articles_writer_and_no_byline_heads():
    doc, _ = clean("\n".join(FIRST))
    assert all(not sample for _, sample in headers(doc))
    assert bylined_sample_lines(FIRST) == frozenset()
    # a piece's credits, writer over photographer, are one byline run: no second piece
    assert bylined_sample_lines(["校园艺术节开幕", "文/陆小禾", "文/程一鸣", *FIRST[2:]]) == frozenset()


def test_no_sample_without_a_pieces_text_between():
    lines = [FIRST[0], FIRST[1], SECOND[0], SECOND[1], *SECOND[2:]]
    assert bylined_sample_lines(lines) == frozenset()


def test_bylines_read():
    for line in ("文/陆小禾", "文／程一鸣（东岭镇中心小学四年级）", "作者：石念安", "◎顾清",
                 "钟可可/南川区桃源小学", "桃源小学五（3）班 罗晓", "六年级（2）班 程一鸣"):
        assert is_byline(line), line
    for line in ("我们学校有一个小花园。", "桃源小学", "二、活动安排", "学校组织五年级同学参观科技馆，大家都很兴奋。"):
        assert not is_byline(line), line


def test_a_byline_over_several_lines_of_school_class_and_name():
    lines = ["外婆的菜园", "青岚市实验小学", "三年级（5）班", "陆小禾",
             "外婆的菜园在院子后面，一畦青菜，一畦萝卜，篱笆上还爬满了丝瓜藤，夏天的傍晚最热闹。",
             "春雨", "程一鸣", "东岭镇中心小学四年级",
             "春雨下得悄悄的，屋檐滴答滴答，像在数着什么。田里的秧苗喝饱了水，一夜之间就站直了腰。"]
    assert bylined_sample_lines(lines) == frozenset({0, 5})
    # a short name over a labelled byline is the piece's own name, no writer's
    lines = ["春雨", "文/程一鸣", *lines[8:], "秋叶", "文/陆小禾", *lines[4:5]]
    assert bylined_sample_lines(lines) == frozenset({0, 3})

"""Round 47 (issue 18): parts numbered only, every name lost ("一、" alone over each part's text).
Fixtures written for the project: made-up text in the forms real pages take."""

from __future__ import annotations

from helpers import clean, outline
from reportfmt.passes.headings.rules import decide


def lines(*rows: str) -> str:
    return "\n".join(rows)


_TEXT = ("这一年里我们一起把小菜园从荒地变成了绿油油的一片，每个周末都有人去浇水拔草，"
         "秋天收下的南瓜分给了楼里的每一户人家。")


def test_numbers_alone_over_each_parts_text_are_the_parts():
    doc, _ = clean(lines(
        "写给菜园小组的几句话",
        "一、",
        _TEXT,
        "二、",
        "明年春天我们还想多种几样蔬菜，谁有好的种子或者种植经验，欢迎带到小组里来分享，大家一起学。",
        "三、",
        "最后要谢谢物业的刘师傅，每次需要工具都是他帮忙借来，还替我们修好了漏水的水管。",
    ))
    assert [text for _, text in outline(doc)] == ["一、", "二、", "三、"]


def test_bracketed_numbers_alone_are_parts_too():
    texts = ["周末随笔", "（一）", _TEXT, "（二）", _TEXT]
    found = decide(texts, title="周末随笔")
    assert sorted(found) == [1, 3]
    assert {d.family for d in found.values()} == {"paren_cn"}


def test_a_named_line_of_the_family_leaves_the_other_numbers_to_their_sibling_rule():
    # "三、" alone has no named "四、…" below it: nothing proves the part.
    texts = ["周末随笔", "一、菜园的由来", _TEXT, "二、收获", _TEXT, "三、", _TEXT]
    assert 5 not in decide(texts, title="周末随笔")


def test_numbers_out_of_order_or_arabic_ones_make_no_parts():
    # "1、" alone is as often a 文库 page's chunk number; "一、" then "三、" is no run from one.
    for marks in (("1、", "2、", "3、"), ("一、", "三、"), ("二、", "三、")):
        texts = ["周末随笔", *(row for mark in marks for row in (mark, _TEXT))]
        assert decide(texts, title="周末随笔") == {}


def test_a_number_alone_inside_a_running_sentence_makes_no_part():
    # The line above runs on past the number (a page break's number inside a paragraph).
    running = "大家商量好了下一次去郊外的时间、要去的那片树林和每个人要带上的东西，还有回来的时候坐哪一班车，"
    texts = ["周末随笔", "一、", _TEXT, running, "二、", "以及每个人负责准备的那一份午饭和水。" * 3]
    assert 4 not in decide(texts, title="周末随笔")


_REPORT_TEXT = "本所全年在公示栏和所里的网页上公开各类信息六十余条，群众来问的事项都当场答复或者留下电话回复。"


def test_a_long_named_part_emptied_between_parts_over_text_is_one_of_them():
    # A template outline: 一、 and 五、 over their paragraphs, 二、 三、 四、 bare (their tables lost);
    # 四's name runs long, two matters parted by 、, and is a part as its short siblings are.
    doc, _ = clean(lines(
        "某某街道2023年度政务公开工作报告",
        "一、基本情况",
        _REPORT_TEXT,
        "二、主动公开信息情况",
        "三、收到和处理公开申请情况",
        "四、因公开工作被申请行政复议、提起行政诉讼情况",
        "五、存在的不足及改进打算",
        _REPORT_TEXT,
    ))
    assert [text for _, text in outline(doc)] == [
        "一、基本情况", "二、主动公开信息情况", "三、收到和处理公开申请情况",
        "四、因公开工作被申请行政复议、提起行政诉讼情况", "五、存在的不足及改进打算"]


def test_long_items_of_two_phrases_stay_a_list_between_items_over_text():
    texts = ["做游戏", "一、第一轮游戏，看看谁的纸飞机飞得远", _REPORT_TEXT,
             "二、第二轮游戏，看看谁的纸飞机在空中停得最久", "三、第三轮游戏，看看谁的纸飞机落得最准", _REPORT_TEXT]
    assert not {3, 4} & set(decide(texts, title="做游戏"))

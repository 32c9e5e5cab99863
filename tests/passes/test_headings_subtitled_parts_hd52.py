"""Parts named by a label, a colon and a subtitle, each over its own first child section (hd52):
"一、动笔之前：把材料收拢起来" right over "1.1 翻台账：…" and its paragraph. Siblings that are every one
a label and its value, none over a paragraph, are a notice's fields and run in (field_runs); a line
over its own first child heads a part as a line over its paragraph does, and its colon gives the
part a subtitle. A field over its own list of fields ("（一）宣传：…" over "1、展板：…。") keeps its run-in
(tests/passes/test_headings_new_sites.py). Fixtures written for the project: made-up text in the
forms such pages take."""

from __future__ import annotations

from helpers import clean, outline


def lines(*rows: str) -> str:
    return "\n".join(rows)


def test_colon_subtitled_parts_each_over_its_first_child_are_headings_not_fields():
    # Every 一、 part is a label, a colon and a subtitle, none over a paragraph of its own: fields
    # alike, were it not that each heads its own first child ("1.1 …" right under "一、…").
    doc, _ = clean(lines(
        "年终述职稿怎样写得实在",
        "发布时间:2025-12-08 来源:青禾写作网 阅读:1265",
        "每到年底,科室里总有人为述职稿发愁:一年做了那么多事,坐下来却不知从哪里写起,写出来又像流水账。其实功夫大半在动笔之前,材料备齐了,结构想清楚了,下笔就快得多。下面分两步说。",
        "一、下笔之前:先把全年的台账翻一遍",
        "1.1 查记录:数字都在台账里",
        "会议记录、出车登记、值班日志里,都藏着一年工作的实数。动笔前花一个下午把它们翻一遍,抄到一张表上,写的时候就不用东拼西凑,数字也经得起核对。",
        "1.2 听意见:请同事说说你忽略的事",
        "一个人的记忆总有空白。找两三位一起干活的搭档聊一聊,问问他们这一年印象最深的是哪几件事,他们记得的往往正是你自己没写进去的那几件。",
        "二、安排结构:让成绩和问题各有位置",
        "2.1 先写结果,再写过程",
        "听述职的人最想知道做成了什么。每一部分开头先用一句话交代结果,再讲是怎么做成的,不要把过程铺得太长,让人听了半天还不知道结论。",
        "2.2 写问题要具体",
        "写不足时,“学习不够”这样的话谁都会说。要落到具体的事上,说清是哪件事没办好、原因在哪里、下一步准备怎么改,空泛的检讨没有人愿意听。",
    ))
    assert outline(doc) == [
        (1, "一、下笔之前：先把全年的台账翻一遍"), (2, "1.1 查记录：数字都在台账里"),
        (2, "1.2 听意见：请同事说说你忽略的事"),
        (1, "二、安排结构：让成绩和问题各有位置"), (2, "2.1 先写结果，再写过程"), (2, "2.2 写问题要具体"),
    ]


def test_a_notice_whose_fields_stand_over_no_child_keeps_them_run_in():
    doc, _ = clean(lines(
        "关于举办社区端午包粽子活动的通知",
        "各位居民:",
        "一、活动主题:粽叶飘香,邻里同乐",
        "二、活动时间:6月10日上午九点",
        "三、活动地点:社区文化活动室",
        "欢迎大家踊跃参加。",
    ))
    assert outline(doc) == []

"""Several letters or speeches on one page, each opening on its name over its salutation (issue 18,
helper smp50): where two salutations at least stand on the page, the short name right over each
(after the previous letter's text) opens a sample, unmarked or numbered its own way ("2.…", "二：…").
One salutation is one letter. Fixtures written for the project (made-up names and speeches)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, paras
from reportfmt.passes.headings.greeted_samples import greeted_sample_lines, greets

TITLE = "迎新晚会致辞(精选8篇)"
LEAD_IN = "迎新晚会上的致辞要热情简短。下面收录了几篇不同身份的致辞，可按需要挑选。"
FIRST = ["迎新晚会校长致辞", "亲爱的新同学们：",
         "欢迎你们来到青岚中学。从今天起，这里的每一间教室、每一条林荫路都将留下你们的脚印。",
         "祝大家在新的学校里学有所成！"]
SECOND = ["迎新晚会班主任致辞", "各位家长、各位同学：",
          "我是初一三班的班主任。接下来的三年，我会和大家一起度过每一个早读和晚自习。"]


def sample_heads(doc: pf.Doc) -> list[str]:
    return [pf.stringify(b) for b in doc.content if isinstance(b, pf.Header) and "sample" in b.classes]


def test_each_letters_name_over_its_salutation_opens_a_sample():
    doc, _ = clean("\n".join([TITLE, LEAD_IN, *FIRST, *SECOND]))
    assert sample_heads(doc) == ["迎新晚会校长致辞", "迎新晚会班主任致辞"]
    assert FIRST[2] in paras(doc) and SECOND[2] in paras(doc)


def test_a_later_letter_numbered_its_own_way_opens_a_sample():
    lines = ["新同学们：", *FIRST[2:], "二：写给刚入学的你", "亲爱的同学们：大家好！", *SECOND[2:]]
    assert greeted_sample_lines(lines, None) == frozenset({3})
    lines = ["新同学们：", *FIRST[2:], "2.写给刚入学的你", "亲爱的同学们：", *SECOND[2:]]
    assert greeted_sample_lines(lines, None) == frozenset({3})


def test_one_salutation_is_one_letter_and_its_name_is_no_sample():
    assert greeted_sample_lines([*FIRST], None) == frozenset()
    doc, _ = clean("\n".join(["迎新晚会校长致辞", *FIRST[1:]]))
    assert sample_heads(doc) == []


def test_no_sample_without_a_letters_text_between_or_over_a_label():
    # the two salutations of one letter's head: no text of a letter between them
    assert greeted_sample_lines(["迎新晚会校长致辞", "亲爱的新同学们：", "致全体教师", "各位老师：",
                                 *FIRST[2:]], None) == frozenset()
    # a form's bracketed label over each salutation: no letter's name
    assert greeted_sample_lines(["【内容】", "亲爱的新同学们：", *FIRST[2:], "【内容】", "各位老师：",
                                 *SECOND[2:]], None) == frozenset()


def test_salutations_read():
    for line in ("尊敬的各位来宾：", "各位家长、各位同学：", "居民朋友们：", "各位老师，亲爱的同学们：大家早上好！"):
        assert greets(line), line
    for line in ("各位同学要按时到校。", "我们：", "通知如下："):
        assert not greets(line), line


def test_letters_after_numbered_parts_are_those_parts_examples():
    # a know-how page's "三、示例" part showing two letters, or an unnamed first letter's numbered
    # parts above the next letter's name: no page's samples
    lines = ["三、示例参考", "范例甲（调岗）", "尊敬的部门经理：", *FIRST[2:],
             "范例乙（家庭原因）", "尊敬的领导：", *SECOND[2:]]
    assert greeted_sample_lines(lines, None) == frozenset()
    lines = ["新同学们：", "1.按时作息", *FIRST[2:], "迎新晚会班主任致辞", "各位家长、各位同学：", *SECOND[2:]]
    assert greeted_sample_lines(lines, None) == frozenset()

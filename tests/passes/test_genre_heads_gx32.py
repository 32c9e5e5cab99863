"""The first lines of whole documents a user writes: a field line at the head (a contract's number
masked or left blank over its name, a motion's 案由 over its proposers' fields) is the document's own
line, never its title nor half of it. Fixtures written for the project (made-up names and numbers)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

LEASE = ["出租方（甲方）：林晓舟", "承租方（乙方）：顾明远",
         "甲乙双方就房屋租赁事宜，经协商一致，订立本合同。",
         "第一条　房屋基本情况", "甲方将位于青石区桂园路9号的住房一套出租给乙方使用。"]


@pytest.mark.parametrize("number", ["合同编号：ZL-2026-××××", "合同编号：HT-2026-____", "合同编号：",
                                    "合同编号：＿＿＿＿＿＿", "协议编号：XY-2026-0315"])
def test_a_contracts_number_masked_or_blank_over_its_name_stays_in_the_body(number):
    doc, report = clean("\n".join([number, "房屋租赁合同", *LEASE]))
    assert report.title == "房屋租赁合同"
    assert texts(doc)[:3] == [number, *LEASE[:2]]


MOTION = ["一、案据", "北坡村地处山区，现有水源季节性断流，每年旱季村民需到三公里外挑水。",
          "二、方案", "建议由县水利局牵头选址，年内新建蓄水池一座。"]


@pytest.mark.parametrize("fields", [
    ["提出人：韩立秋    附议人：苗一鸣、季和风"],
    ["领衔代表：韩立秋    附议代表：苗一鸣", "代表团：北坡乡代表团    联系电话：138XXXX5521"],
])
def test_a_motions_cause_over_its_proposers_fields_is_no_title(fields):
    # "案由：关于…的建议" heads the motion's own fields (two to a line): the motion has no title
    # line; the cause stays its first line.
    cause = "案由：关于改善北坡村饮水条件的建议"
    doc, report = clean("\n".join([cause, *fields, *MOTION]))
    assert not report.title
    assert texts(doc)[0] == cause
    assert any(text.startswith("提出人") or text.startswith("领衔代表") for text in texts(doc)[1:3])


def test_a_colon_title_over_its_pages_facts_two_to_a_line_is_still_the_title():
    # A site's facts two to a line (author, then the date) under a title with its colon: the facts
    # are the page's, not the document's own fields, and the title stays the title.
    lines = ["专题：乡村振兴的几点思考", "作者：李明    发布时间：2024-03-02",
             "近年来，我县围绕乡村振兴做了大量工作，现将几点思考整理如下。"]
    _, report = clean("\n".join(lines))
    assert report.title == "专题：乡村振兴的几点思考"

"""Losses the round 36 genre documents showed, fixed for their form (fixtures are our own words,
made-up names)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

BODY = ["试用期内我主要负责仓库的出入库登记，累计登记货品三千余件，没有出现差错。",
        "在部门同事的帮助下，我熟悉了盘点流程，协助完成了两次季度盘点。",
        "今后我将继续提高业务水平，争取更好地完成本职工作。"]


# --- a box of other pages headed by what the reader may also want to read -------------------------

@pytest.mark.parametrize("label", ["你可能还想看：", "您可能还想看", "猜你想看", "你或许也想读：",
                                   "大家都在看", "你可能感兴趣", "看了本文的人还看了"])
def test_a_box_telling_the_reader_what_else_to_read_goes_with_its_titles(label):
    box = [label, "仓库管理员试用期工作总结范文（通用）", "员工转正申请书格式"]
    doc, report = clean("\n".join(["仓库管理员转正申请书", *BODY, *box]))
    assert texts(doc) == BODY
    assert box[0] in removed(report, "recommendations.readers-also-box") + removed(
        report, "recommendations.recommended-reading")


def test_a_sentence_of_the_text_about_what_the_children_want_to_read_stays():
    line = "孩子们还想看更多科普读物，我们计划下学期增加图书角的藏书。"
    doc, _ = clean("\n".join(["班级读书活动总结", *BODY, line]))
    assert texts(doc)[-1] == line


# --- the site's address to its reader over the title -------------------------------------------------

PLAN = ["2027年度团员个人读书计划", "一、读书目标", "每月读完一本好书，写一篇读书笔记，做到读有所得。",
        "二、读书安排", "上半年以历史类书籍为主，下半年以科普类书籍为主。"]


@pytest.mark.parametrize("lead", ["以下是一篇团员个人读书计划，可根据自身情况修改使用。",
                                  "下面为大家分享一篇读书计划，仅供参考。"])
def test_the_title_under_the_sites_address_to_its_reader_is_taken(lead):
    doc, report = clean("\n".join([lead, *PLAN]))
    assert report.title == PLAN[0]
    assert texts(doc) == PLAN[1:]
    assert [r["text"] for r in report.removed if r["rule"].startswith("lead-in.")] == [lead]


def test_a_first_paragraph_of_the_text_is_no_address_and_no_title_is_read_under_it():
    # A notice with no title line: its first sentence speaks to its readers, but as the document does.
    lines = ["请各位居民于本周六上午到社区服务站领取新的门禁卡。", "领取时请携带身份证原件。", "青禾社区居委会"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert texts(doc) == lines


"""Losses the round 36 genre documents showed, fixed for their form (fixtures are our own words,
made-up names)."""

from __future__ import annotations

import pytest

from helpers import clean, outline, texts
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


# --- a log's entries headed by the clock -----------------------------------------------------------

LOG = ["门卫室值班记录", "值班日期：2026年3月2日  值班人员：邵明川",
       "07:50", "到岗接班，查看监控画面，各出入口正常。",
       "10:15", "快递车辆进入园区，已登记车牌并引导停放。",
       "14:40", "巡查仓库东侧围墙，发现一处照明灯损坏，已报后勤维修。",
       "21:00", "夜间巡查一遍，门窗已关闭，无异常情况。"]


def test_a_logs_bare_clock_lines_each_over_its_entry_are_its_sections():
    doc, _ = clean("\n".join(LOG))
    assert outline(doc) == [(1, "07:50"), (1, "10:15"), (1, "14:40"), (1, "21:00")]
    assert "快递车辆进入园区，已登记车牌并引导停放。" in texts(doc)


def test_clock_lines_under_a_numbered_part_sit_one_level_below_it():
    page = ["仓库值班日志", "一、值班经过", *LOG[2:], "二、交班事项", "东侧围墙照明灯待维修后复查。"]
    doc, _ = clean("\n".join(page))
    assert outline(doc) == [(1, "一、值班经过"), (2, "07:50"), (2, "10:15"), (2, "14:40"), (2, "21:00"),
                            (1, "二、交班事项")]


@pytest.mark.parametrize("page", [
    # two entries only
    ["门卫室值班记录", *LOG[2:6], "交班人：邵明川"],
    # out of the day's order: no log
    ["门卫室值班记录", *LOG[4:6], *LOG[2:4], *LOG[6:]],
    # a timetable flattened one cell a line: the times head no paragraph
    ["运动会日程安排", "08:00", "开幕式", "09:00", "男子100米预赛", "10:30", "女子跳远决赛",
     "请各班按时到场。"],
    # one time over a short item spoils the run
    ["门卫室值班记录", *LOG[2:6], "12:00", "午餐", *LOG[6:]],
])
def test_time_lines_that_are_no_logs_entries_head_nothing(page):
    doc, _ = clean("\n".join(page))
    assert not [text for _, text in outline(doc) if ":" in text]


# --- bracketed part names under a speech's salutation ----------------------------------------------

TALK = ["做邻里的知心人——楼栋长培训讲稿", "各位楼栋长同志：",
        "【为什么要当好楼栋长】", "楼栋长是社区和居民之间的桥梁，大家的一句问候就能让独居老人安心不少。",
        "【这一年做了什么】", "我们建起了楼栋微信群，每周走访一次高龄老人，帮助居民反映问题二十多件。",
        "【今后怎么干】", "希望每位楼栋长把居民的小事放在心上，做到有事必应、有问必答。"]


def test_bracketed_part_names_under_a_salutation_are_the_speechs_parts():
    doc, _ = clean("\n".join(TALK))
    assert outline(doc) == [(1, "【为什么要当好楼栋长】"), (1, "【这一年做了什么】"), (1, "【今后怎么干】")]


def test_bracketed_labels_under_a_sentence_introducing_them_stay_its_list():
    page = ["社区楼栋长工作职责", "楼栋长的工作特点包括：",
            "【服务性】", "楼栋长要为居民提供日常帮助，解决身边的小问题。",
            "【联系性】", "楼栋长要及时把居民的意见反映给社区。"]
    doc, _ = clean("\n".join(page))
    assert outline(doc) == []

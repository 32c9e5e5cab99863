"""The page's title printed again dressed: with a list's first number before it, or as the title's
name without its dashed subtitle. Neither is a section of the page (title_echoes.py).
Fixtures written for the project (issue 18, false headings)."""

from __future__ import annotations

from helpers import clean, outline, paras

# A 文库 page numbering the one document it shows: "1. " before the title, then the document.
NUMBERED_ECHO = [
    "图书管理员岗位职责说明",
    "2024-03-02 10:15",
    "1. 图书管理员岗位职责说明",
    "图书室的每一本书都要有登记，借还都要有记录，下面把这个岗位要做的事情逐条写清楚，供参考使用。",
    "一、日常借还",
    "每天开馆后核对前一日的借还记录，逾期未还的书目在周五前通知读者本人。",
    "二、图书整理",
    "新书到馆三日内完成编目上架，破损图书每月集中修补一次并登记在册。",
]


def test_numbered_title_echo_is_no_heading():
    doc, _ = clean("\n".join(NUMBERED_ECHO))
    assert outline(doc) == [(1, "一、日常借还"), (1, "二、图书整理")]


# The title's own name over the parts, the subtitle left off after its dash.
NAME_ECHO = [
    "会议签到表设计要点-让签到既快又不漏人",
    "单位开会，签到表看似简单，可常常有人漏签、代签，会后统计又费时间。下面说说一张好用的签到表由哪几块组成。",
    "会议签到表设计要点",
    "1. 表头",
    "写明会议名称、时间和地点，字号比表格正文大一号，打印出来一眼就能看清。",
    "2. 签到栏",
    "按部门分组排好参会人员名单，留出签名和到达时间两栏，宽度要够写下全名。",
]


def test_title_name_without_its_subtitle_is_no_heading():
    doc, _ = clean("\n".join(NAME_ECHO))
    assert outline(doc) == [(1, "1. 表头"), (1, "2. 签到栏")]
    assert "会议签到表设计要点" in [p.replace(" ", "") for p in paras(doc)]


# The title's words under numbers 1 and 2: the samples of a compilation, each one's marker.
NUMBERED_SAMPLES = [
    "班级图书角管理制度",
    "1、班级图书角管理制度",
    "图书角的书由同学们自愿捐出，登记后统一编号，学期结束时原书归还。",
    "借阅时在登记本上写明书名和日期，一周内归还，可以续借一次。",
    "2、班级图书角管理制度",
    "图书角由图书委员负责，每天放学前整理书架，发现破损及时修补。",
    "借出的书要爱护，不得在书上涂画，遗失的照原价赔偿或买新书补上。",
]


def test_numbered_samples_of_the_title_stay_headings():
    doc, _ = clean("\n".join(NUMBERED_SAMPLES))
    texts = [text.replace(" ", "") for _, text in outline(doc)]
    assert texts == ["1、班级图书角管理制度", "2、班级图书角管理制度"]


# A year range joined by a dash is no title's name and subtitle.
def test_a_year_range_is_no_name_and_subtitle():
    from reportfmt.passes.headings.title_echoes import title_echoes

    assert title_echoes(["2023", "一、工作目标"], "2023-2024学年工作计划") == set()
    assert title_echoes(["x", "会议签到表设计要点"], "会议签到表设计要点-让签到既快又不漏人") == {1}

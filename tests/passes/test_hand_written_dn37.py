"""Hand-written documents pass through whole (round 37, dn37).
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, outline, removed_by, texts
from reportfmt.api import convert_text
from reportfmt.passes.boilerplate.dated_entries import _text
from reportfmt.passes.boilerplate.scored_guards import opens_counted_parts
from reportfmt.passes.elements import block_text
from reportfmt.passes.typography import FIELD_LINE, join_hard_wraps

# --- a log in markdown: each entry headed by its date, its items a list (dated_entries._text) ---

CHANGELOG = """# 版本记录

## 2025-11-02

- 新增：表格可以按列排序了。
- 修复：打印时页眉偏移的问题。

## 2025-10-20

- 优化：大文件打开速度加快了一倍。
- 调整：默认字号改为四号。
"""


def test_a_changelogs_dated_headings_over_their_item_lists_stay():
    out = convert_text(CHANGELOG, to="md", input_format="markdown")
    assert "## 2025-11-02" in out and "## 2025-10-20" in out
    for item in ("表格可以按列排序了", "页眉偏移", "打开速度加快了一倍", "默认字号改为四号"):
        assert item in out


def test_only_a_list_holding_a_sentence_reads_as_an_entrys_text():
    def bullets(*items):
        return pf.BulletList(*[pf.ListItem(pf.Plain(pf.Str(item))) for item in items])

    assert _text(bullets("秋季运动会通知", "图书馆开放时间", "食堂菜单")) == ""
    assert _text(bullets("新增：表格可以按列排序了。", "食堂菜单")) == "新增：表格可以按列排序了。 食堂菜单"
    assert _text(pf.Header(pf.Str("2025-11-02"), level=2)) == "2025-11-02"


# --- a meeting's fields under its minutes' title are no hard-wrapped lines (typography.FIELD_LINE) ---

def test_a_meetings_field_lines_are_not_joined_as_one_wrapped_line():
    lines = ["季度协调会会议纪要", "时间：2025年4月9日 09:30-11:00", "地点：二楼小会议室",
             "参会：何经理、孙工、Emma Li", "一、会议听取了各小组的进度汇报，明确了下阶段的分工和完成时限。",
             "二、会议要求各小组每周五下班前提交周报，由综合组汇总后报送领导。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "季度协调会会议纪要"
    assert [" ".join(t.split()) for t in texts(doc)][:3] == lines[1:4]


def test_a_hard_wrapped_paragraph_opening_on_a_field_still_joins():
    lines = ["活动时间：每周六上午九点到十一点半，地点在社区", "服务站二楼活动室。活动内容包括书法练习、象棋对",
             "弈和手工制作，所有材料由服务站免费提供给参加的", "居民，欢迎大家踊跃报名参加。"]
    blocks = pf.ListContainer(*[pf.Para(pf.Str(line)) for line in lines])
    while join_hard_wraps(blocks):
        pass
    assert [block_text(b) for b in blocks] == ["".join(lines)]
    assert FIELD_LINE.match("地点：二楼小会议室") and not FIELD_LINE.match(lines[1])


# --- an organisation's site among a notice's contact fields (meta-lines.address-at-the-end) ---

CONTACTS = ["关于举办社区书画展的公告", "一、展出时间", "2025年5月1日至5月7日，每天九时至十七时。",
            "二、参展要求", "作品须为本人原创，每人限交两幅，尺寸不超过四尺整张。", "三、联系方式",
            "联系人：郑老师", "电话：0000-7654321", "地址：示范路十号文化站二楼", "网址：https://www.example.org"]


def test_an_organisations_site_among_the_notices_contact_fields_stays():
    doc, _report = clean("\n".join(CONTACTS))
    kept = texts(doc)
    assert "网址：https://www.example.org" in kept and "地址：示范路十号文化站二楼" in kept


def test_a_pages_own_address_after_the_text_still_goes():
    page = [*CONTACTS[:5], "地址：http://www.example.com/news/2025/0501.html"]
    _doc, report = clean("\n".join(page))
    assert removed_by(report, "meta-lines.address-at-the-end") == [page[-1]]


# --- fields alike under each of an activity's items are no samples (samples.stem_sample_lines) ---

def test_an_organisers_field_repeated_under_each_activity_is_no_samples_heading():
    lines = ["秋季社区活动安排", "1、举办邻里趣味运动会。", "承办单位：社区居委会", "协助组织单位：一号楼、二号楼楼长",
             "时间：十月五日上午八点半至十一点", "地点：社区中心广场", "2、开展重阳节敬老茶话会。",
             "承办单位：社区老年协会", "协助组织单位：社区卫生站、社区幼儿园", "时间：重阳节当天下午两点到四点半",
             "地点：社区活动中心一楼大厅",
             "3、组织手工编织展示。请三位擅长编织的居民现场演示，每场安排一名志愿者讲解作品的做法。",
             "承办单位：社区妇联", "时间：十月十二日全天"]
    doc, _report = clean("\n".join(lines))
    assert not any("协助组织单位" in text for _, text in outline(doc))
    assert [" ".join(t.split()) for t in texts(doc)][-7:] == lines[-7:]


# --- a drawing typed in text keeps its frame (stray_marks._DRAWN) ---

def test_a_flow_drawn_with_box_lines_keeps_its_frame():
    lines = ["报修流程", "报修按以下三步办理：", "┌────────┐   ┌────────┐", "│ 电话报修 │ → │ 上门维修 │",
             "└────────┘   └────────┘", "维修完成后，请在回执单上签字确认，物业将在三天内回访。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "报修流程"
    # (a .txt is read as scraped text: runs of blanks become one)
    assert [" ".join(t.split()) for t in texts(doc)] == [" ".join(t.split()) for t in lines[1:]]


def test_a_line_of_marks_over_the_text_still_goes():
    lines = ["报修流程", "↧ ↧ ↧", "维修完成后，请在回执单上签字确认，物业将在三天内回访。"]
    _doc, report = clean("\n".join(lines))
    assert removed_by(report, "meta-lines.stray-marks") == ["↧ ↧ ↧"]


# --- parts counted by a word and a number are the document's (scored_guards.opens_counted_parts) ---

def test_parts_named_part_one_part_two_stay():
    lines = ["读书会年度小结", "Part 1 活动回顾", "全年共举办读书会十二次，每次围绕一本书展开讨论，参加人数稳步增加。",
             "Part 2 经验体会", "选书要兼顾难度和趣味，讨论前发放阅读提纲效果较好。"]
    doc, report = clean("\n".join(lines))
    assert report.title == "读书会年度小结"
    assert [" ".join(t.split()) for t in texts(doc)] == lines[1:]


def test_a_viewers_running_header_is_no_counted_part():
    assert opens_counted_parts(["Step 1: 填写申请表", "Step 2: 提交材料"], 0)
    assert not opens_counted_parts(["Page 3 - 学生手册", "正文", "Page 4 - 学生手册"], 0)
    assert not opens_counted_parts(["上午8:30 签到", "上午9:30 开会"], 0)

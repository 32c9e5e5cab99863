"""Office and party records (会议纪要, 三会一课 记录, 主题党日 方案) whose head is a block of the
event's fields: a 时间 line with a date among them is the record's own, and a field over it
("会议名称：…") is no title. Fixtures written for the project (made-up names)."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from reportfmt.passes.typography import typeset

TITLE = "第四党支部“三会一课”记录"
TAIL = ["会议内容：", "1.学习上级文件精神。", "2.讨论发展党员事宜。",
        "会议记录：", "何平同志领学了有关文件，并对下一阶段工作作出安排。"]


@pytest.mark.parametrize("fields", [
    # the meeting's name over its time, its place under it
    ["会议名称：支部党员大会", "时间：2024年3月25日", "地点：党员活动室", "主持人：何平", "记录人：韦青"],
    # with an absence line, long enough to be taken for a title once the name was
    ["会议名称：支部委员会", "时间：2024-03-25", "地点：三楼会议室", "主持人：何平", "记录人：韦青",
     "缺席人员及原因：钱进（出差）"],
    # the time first, its chair under it
    ["时间：2024年3月25日", "主持人：何平", "参会人员：支部全体党员"],
])
def test_a_records_field_block_stays_whole_under_its_title(fields):
    doc, report = clean("\n".join([TITLE, *fields, *TAIL]))
    assert report.title == TITLE
    assert texts(doc) == [*fields, *TAIL]
    assert report.date is None
    assert [r["rule"] for r in report.removed] == ["metadata.title"]


def test_a_pages_date_over_the_text_still_goes():
    # The page's own date under the title, with prose under it, is still the page's fact.
    text = "何平同志领学了有关文件，并对下一阶段工作作出安排。"
    doc, report = clean("\n".join([TITLE, "发布时间：2024-03-26", text]))
    assert report.title == TITLE and texts(doc) == [text]


@pytest.mark.parametrize("line, typeset_line", [
    # (the text reader gives a run of blanks as one blank)
    # a record's head with its fields on one line: the blank before each label parts them
    ("时间：2024年6月3日 地点：二楼会议室 主持人：马林", "时间：2024年6月3日 地点：二楼会议室 主持人：马林"),
    # a field's two values (two names)
    ("副组长：陈副校长 黄副校长", "副组长：陈副校长 黄副校长"),
    # a 公示's row of names (or of units): the blanks part the names
    ("韩冬 鲁文静 贺明 欧阳立", "韩冬 鲁文静 贺明 欧阳立"),
    ("办公室 财务科 人事科", "办公室 财务科 人事科"),
    # a table's row under its 序号: the number, a name, the unit
    ("3 张建国 第一党支部", "3 张建国 第一党支部"),
    ("张建国 男 1990.05 本科 办公室", "张建国 男 1990.05 本科 办公室"),
    # stray blanks in a sentence, a letter-spaced title: still removed
    ("我们要 认真 学习文件，", "我们要认真学习文件，"),
    ("会 议 纪 要", "会议纪要"),
    ("一 是 加强 学习", "一是加强学习"),
])
def test_blanks_that_part_fields_or_names_stay(line, typeset_line):
    assert typeset(line) == typeset_line


def test_a_notices_list_of_names_keeps_them_apart():
    # from the page to the output: the names and the record's fields stay apart
    head = ["关于拟推荐优秀共产党员的公示", "经支部推荐，拟推荐以下同志，现予以公示："]
    doc, _ = clean("\n".join([*head, "韩冬  鲁文静  贺明", "公示期：2024年6月20日至6月26日。"]))
    assert texts(doc) == [head[1], "韩冬 鲁文静 贺明", "公示期：2024年6月20日至6月26日。"]
    fields = "时间：2024年6月3日 地点：二楼会议室 主持人：马林"
    doc, _ = clean("\n".join(["会议纪要", fields.replace(" ", "  "), "一、会议议定事项", "1.同意采购新设备。"]))
    assert texts(doc)[0] == fields


@pytest.mark.parametrize("line, name", [("通  知", "通知"), ("会 议 纪 要", "会议纪要"), ("通　告", "通告")])
def test_a_letter_spaced_title_is_the_word(line, name):
    # A short 公文 title spaced out for the layout: its name is the word, as in the text.
    body = ["各班主任：", "定于本周五下午召开班主任会议，请准时参加。", "教务处", "2024年3月4日"]
    doc, report = clean("\n".join([line, *body]))
    assert report.title == name
    assert texts(doc) == body

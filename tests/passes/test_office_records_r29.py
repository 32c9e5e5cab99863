"""Office and party records (会议纪要, 三会一课 记录, 主题党日 方案) whose head is a block of the
event's fields: a 时间 line with a date among them is the record's own, and a field over it
("会议名称：…") is no title. Fixtures written for the project (made-up names)."""

from __future__ import annotations

import pytest

from helpers import clean, texts

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

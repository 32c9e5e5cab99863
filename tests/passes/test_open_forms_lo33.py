"""Round 33's open cases of body, title and chrome, each by its form (issue 18): a file-format
note in brackets, a glued meta line whose source runs long, e-paper navigation, a bracketed column
label over a headline, a 读书笔记 over its book's fields, a dated note. Fixtures are written for
the project, words and names made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

BODY = ["本学期我担任三年级两个班的语文教学工作，认真备课，按时批改作业。",
        "在识字教学中，我把生字编进儿歌里，学生记得又快又牢。",
        "下学期我准备每周安排一次片段练习，并及时讲评。"]


@pytest.mark.parametrize("line", ["（本文档为Word格式，可编辑，共1页）", "【本资料为DOC格式，下载后可自由修改】",
                                  "本范文为word版，可编辑。"])
def test_a_file_format_note_goes_in_brackets_or_not(line):
    doc, report = clean("\n".join(["三年级语文教学反思", line, *BODY]))
    assert removed(report, "document-site.file-format-note") == [line]
    assert texts(doc) == BODY


def test_a_sentence_naming_a_word_file_stays():
    line = "（本文件为会议材料，请勿外传。）"
    doc, _report = clean("\n".join(["三年级语文教学反思", *BODY, line]))
    assert texts(doc)[-1] == line


def test_a_glued_meta_line_goes_whatever_the_length_of_its_source():
    line = "时间：2026-11-21 09:30:00 来源：长宁街道办事处宣传科综合信息服务平台编辑部 作者：宋小雨 点击数：328"
    doc, report = clean("\n".join(["社区开展冬季消防安全宣传活动", line, *BODY]))
    assert removed(report, "meta-lines.glued-meta-line") == [line]
    assert texts(doc) == BODY


def test_a_meeting_line_with_time_and_a_reader_stays():
    # A document's own line naming a time and, far after it, an 作者-like word in a sentence.
    line = "会议时间：11月21日上午，地点在三楼会议室，请各班主任提前阅读本周的教学简报并做好发言准备。"
    doc, _report = clean("\n".join(["关于召开班主任例会的通知", line, *BODY]))
    assert line in texts(doc)

"""rule_carry.py sorts each removed text by the label of the raw line it came from.

The page is made up (an annotated page in sites_devset's format, written for this test); its labels
are built by sites_devset.build_page as the dev set's are, and it goes through the real pipeline.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from rule_carry import kind_of, line_kinds, removals_of
from sites_devset import build_page

ANNOTATED = """\
[t]关于做好冬季防火工作的通知
[c:meta-lines]跳到主要内容区块
[c:meta-lines]发布时间：2023-11-02 浏览次数：51
各班级：
入冬以来天气干燥，请各班利用班会时间开展一次防火安全教育，并检查教室内的电器线路。
请各班于本月底前将教育记录交到学生工作办公室，逾期未交的班级将在全校通报。
特此通知。
学生工作办公室
2023年11月2日
[c:meta-lines]分享至
"""


def test_each_removal_is_sorted_by_the_label_of_its_line():
    raw, page = build_page("https://example.org/notice/1.html", ANNOTATED.splitlines(), "tuned")
    lines = line_kinds(page, raw)
    assert [kind for _, kind in lines].count("chrome") == 3
    assert lines[0][1] == "title"
    kinds = {record["rule"]: kind_of(record["text"], page, lines) for record in removals_of(raw)}
    # The page's controls and its date line (the metadata pass takes it) are chrome; the title line
    # is the title's.
    assert kinds == {"metadata.title": "title", "meta-lines.web-ui-string": "chrome",
                     "metadata.date": "chrome"}


def test_a_body_line_removed_is_counted_as_body_and_a_rebuilt_text_as_other():
    raw, page = build_page("https://example.org/notice/1.html", ANNOTATED.splitlines(), "tuned")
    lines = line_kinds(page, raw)
    assert kind_of("2023年11月2日", page, lines) == "body"
    assert kind_of("学生工作办公室", page, lines) == "body"
    # A piece cut from a body line is a body line damaged.
    assert kind_of("入冬以来天气干燥", page, lines) == "body"
    assert kind_of("这一行不在页面上", page, lines) == "other"

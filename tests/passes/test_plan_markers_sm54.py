"""A 范文 page of plans numbering each plan "方案一：", "(方案二)", "方案四：某某活动策划方案" on a line
of its own (issue 18, helper sm54): the line is a sample's marker, alone (its plan's first line
names it) or with the plan's name. "方案一：由各班自行组织…" run on in a sentence is an option a plan
weighs, no marker. Fixtures written for the project (made-up plans)."""

from __future__ import annotations

import panflute as pf

from helpers import clean, paras
from reportfmt.passes.headings.samples import sample_marker

FIRST = ["方案一：", "一、活动主题：书香满校园，阅读伴成长",
         "二、活动时间：四月第三周，每天午间二十分钟",
         "三、活动内容：各班自选一本书共读，周五下午交流读书心得，评出班级阅读之星。"]
SECOND = ["（方案二）", "青岚山一日远足活动", "一、活动目的",
          "让学生走出教室亲近自然，在徒步中锻炼意志，学会与同伴互相照应。"]


def headers(doc: pf.Doc) -> list[tuple[str, bool]]:
    return [(pf.stringify(b), "sample" in b.classes) for b in doc.content if isinstance(b, pf.Header)]


def test_a_plans_number_on_its_own_line_marks_a_sample():
    assert sample_marker("方案一：").number == 1 and sample_marker("方案一：").bare
    assert sample_marker("（方案二）").number == 2 and sample_marker("(方案二)").bare
    named = sample_marker("方案四：校园读书节活动策划方案（以班级共读为例）")
    assert named.number == 4 and not named.bare


def test_the_plans_of_a_page_are_its_samples():
    doc, _ = clean("\n".join(["校园活动方案范文", *FIRST, *SECOND]))
    # (a bare marker takes its plan's name from the line below when that line is a name)
    assert headers(doc)[:2] == [("方案一：", True), ("（方案二）青岚山一日远足活动", True)]
    assert FIRST[3] in paras(doc) and SECOND[3] in paras(doc)


def test_an_option_run_on_in_its_sentence_is_no_marker():
    for line in ("方案一：由各班自行组织，时间定在周三下午。", "方案二：采用集中采购的方式，由后勤处统一办理",
                 "实施方案一览表", "方案一是最稳妥的"):
        assert sample_marker(line) is None, line

"""A viewer's page counter in either order and in other words (issue 18): the counter goes, a
sentence giving a count and a page stays. Fixtures are written for the project."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULES = ["第一条 为规范公司考勤管理，严肃工作纪律，结合公司实际，制定本办法。",
         "第二条 本办法适用于公司全体在岗员工。",
         "第三条 员工应按时上下班，不得迟到早退。",
         "第四条 员工请假应提前填写请假单，经部门负责人批准。"]


# --- a viewer's page counter in any order --------------------------------------------------

def test_page_counters_in_other_orders_and_words_go():
    counters = ["共9页 第3页", "第4頁/共9頁", "第5页 / 总9页", "当前第6页 共9页", "Page 7 of 9", "页码：8/9", "9/9页"]
    for counter in counters:
        doc, report = clean("\n".join(["员工考勤管理办法", *RULES[:2], counter, *RULES[2:]]))
        assert texts(doc) == RULES, counter
        assert removed(report, "injected.page-of-pages") == [counter]


def test_a_sentence_giving_the_count_and_a_page_stays():
    line = "全书共12页，第3页为目录，其余为正文。"
    doc, _ = clean("\n".join(["员工考勤管理办法", *RULES[:2], line, *RULES[2:]]))
    assert line in texts(doc)

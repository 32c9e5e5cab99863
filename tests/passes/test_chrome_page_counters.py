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


def test_a_pdf_viewers_bare_counter_goes_and_the_signer_under_it_stays():
    # A 文库 page's text keeps the viewer's "2 / 3" between the pages; left in place it stood
    # between the last sentence and the signer, whose name and date then went as a byline.
    report_text = ["述职报告", "一、主要工作。今年以来，我认真履行岗位职责。", "1 / 2",
                   "二、下一步打算。继续加强学习，提升本领。", "2 / 2", "李某某", "2025年12月20日"]
    doc, report = clean("\n".join(report_text))
    assert texts(doc) == ["一、主要工作。今年以来，我认真履行岗位职责。", "二、下一步打算。继续加强学习，提升本领。",
                          "李某某", "2025年12月20日"]
    assert removed(report, "injected.page-of-pages") == ["1 / 2", "2 / 2"]


def test_a_fraction_written_in_the_text_stays():
    lines = ["各组得分占比如下。", "3/4", "合格率为3 / 4以上的班组予以表扬。"]
    doc, _ = clean("\n".join(["员工考勤管理办法", *RULES[:2], *lines]))
    assert texts(doc)[-3:] == lines

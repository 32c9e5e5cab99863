"""The new-media credit over an article, its roles set off by bars (round 55, cs55).

Book-review, popular-science and magazine-repost pages print who wrote, edited and laid out the
article right under its title: one "role | value" pair a line ("撰文 | 某某（某某大学）",
"出品 | 《某某》编辑部") or several on one line. The lines go, whatever the values hold (a unit in
brackets, a book's name, an account's id, a run too long for credit-row's); a site's length
count under them goes too. The same words past the head, or with a sentence's stop in the value,
stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "一家小厂的十年转型路"
BODY = ["十年前，这家做五金配件的小厂还只有二十几个工人，订单全靠老客户介绍。",
        "一、先把账算清楚",
        "转型的第一步不是买设备，而是把每一道工序的成本摸清楚。"]


@pytest.mark.parametrize("line", [
    "文 | 林某某、周某某 《小厂转型之道》作者 整理 | 王某某 某某读书会出品人 | 张某某 编辑 | 赵某 排版编辑 | 小禾",
    "撰文 | 顾某某（某某大学管理学院）",
    "出品 | 《某某周刊》编辑部",
    "来源 | 某某观察（ID：abc_123）",
])
def test_a_bar_credit_under_the_title_goes(line):
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert texts(doc) == BODY
    # (a credit naming an account by its id is account-id-credit's, listed first, when both match)
    assert removed(report, "meta-lines.bar-credit-run") + removed(report, "meta-lines.account-id-credit") == [line]
    assert report.title == TITLE


def test_credit_lines_one_a_line_all_go_and_make_no_table():
    credits = ["作者 | 王某", "编译 | 李某", "出品 | 某某技术社区（ID：abcnews）", "头图 | 某某图库", "责编 | 赵某"]
    doc, report = clean("\n".join([TITLE, *credits, *BODY]))
    assert texts(doc) == BODY
    # (the byline's and the review credits' rules may name the lines their words are theirs, and
    # account-id-credit the line that names an account by its id)
    assert {"编译 | 李某", "头图 | 某某图库"} <= set(removed(report, "meta-lines.bar-credit-run"))
    assert removed(report, "meta-lines.account-id-credit") == ["出品 | 某某技术社区（ID：abcnews）"]


def test_a_length_count_without_gong_goes():
    doc, report = clean("\n".join([TITLE, "文 | 林某 编辑 | 赵某", "全文 9784 字", *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.length-note") == ["全文 9784 字"]


def test_a_value_with_a_sentence_stop_stays():
    line = "来源 | 本节数据取自某某统计年鉴。"
    doc, _ = clean("\n".join([TITLE, line, *BODY]))
    assert line in texts(doc)


def test_the_same_form_past_the_head_stays():
    filler = [f"第{n}段：这一段讲的是工厂在第{n}年遇到的难处和解决的办法，写得比较长，以便把正文撑过页首的范围。"
              for n in range(1, 8)]
    line = "策划 | 某某车间 统筹 | 某某班组"
    _, report = clean("\n".join([TITLE, *BODY, *filler, line, "最后，厂里把这些经验写成了一本小册子。"]))
    assert removed(report, "meta-lines.bar-credit-run") == []

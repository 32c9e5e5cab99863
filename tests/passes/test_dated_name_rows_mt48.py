"""A row of names with a date standing between them, right under the title (issue 18, round 48):
a column's, a blog's or a source's name, the date, then an office's or a poster's name or a
clock time ("校务动态 · 2024年3月6日 · 教务处"), no label anywhere. Three own-tune sites print it
so. The text's own lines of that shape stay: a signature dating
itself last, a diary's day with its weekday and weather, a brief's issue line, a speech's
occasion holding its date inside its words. Fixtures are the project's own, names made up."""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.facts_under_title import dated_name_row

RULE = "meta-lines.facts-under-title"
TITLE = "青禾小学开展春季校园安全检查"
BODY = ["为切实做好春季校园安全工作，防范各类事故发生，学校于本周在全校范围内开展安全大检查。",
        "各年级组认真组织自查自纠，发现问题及时整改，确保检查工作取得实效。"]


def squeezed(text):
    return "".join(text.split())


@pytest.mark.parametrize("line", [
    "校务动态 · 2024年3月6日 · 教务处",
    "竹影书斋 2023年10月2日 08:15:30 晨光读书会",
    "溪城通 2024-03-06 青禾科技(600123)公司公告",
])
def test_a_dated_row_of_names_under_the_title_goes(line):
    doc, report = clean("\n".join([TITLE, line, *BODY]))
    assert removed(report, RULE) == [" ".join(line.split())]
    assert texts(doc) == BODY


@pytest.mark.parametrize("line", [
    "青禾小学办公室 2024年3月6日",        # a signature's unit and day: the date last
    "2024年3月6日 星期三 晴",             # a diary's day
    "周记 2024年3月6日 星期三 多云",      # a diary's day after its name
    "第3期 2024年3月6日 校办",            # a brief's issue line
    "校办 2024年3月6日 印发",             # a document's printing line
])
def test_a_texts_own_dated_line_under_the_title_stays(line):
    doc, _report = clean("\n".join([TITLE, line, *BODY]))
    assert squeezed(line) in [squeezed(text) for text in texts(doc)]


def test_an_occasion_holding_its_date_inside_its_words_is_no_row():
    assert not dated_name_row("在2024年3月6日全校大会上的讲话")
    assert dated_name_row("某某财经 · 2024-03-06 17:40")  # a source and its stamp, nothing after


def test_a_row_over_a_line_that_is_no_prose_stays():
    # Under the row, a short name and no sentence: the text has not shown it begins there.
    line = "校务动态 · 2024年3月6日 · 教务处"
    doc, _report = clean("\n".join([TITLE, line, "青禾小学", *BODY]))
    assert squeezed(line) in [squeezed(text) for text in texts(doc)]

"""A site's column or its own name alone between the page's title and the title printed again over
the text (issue 18, round 38: meta lines by their form). Fixtures are written for the project:
made-up titles, names and sites, the lines' forms only."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区“邻里读书月”活动方案"
TEXT = [
    "一、活动目的",
    "以读书为纽带，拉近邻里之间的距离，让居民在家门口就能参加读书分享和亲子共读活动。",
    "二、活动时间",
    "本月第一个周六起，每周六上午九点至十一点，在社区活动室举行。",
    "三、活动安排",
    "由社区志愿者负责借阅登记，每场邀请一位居民分享近期读过的一本书，时间控制在二十分钟以内。",
]


def test_a_column_word_between_the_title_and_its_copy_goes():
    page = [f"{TITLE}(2)", "活动方案", "2024/4/17", TITLE, *TEXT]
    doc, report = clean("\n".join(page))
    assert texts(doc)[-len(TEXT) :] == TEXT
    assert removed(report, "meta-lines.column-between-titles") == ["活动方案"]


def test_the_sites_name_right_above_the_copy_goes():
    page = [f"{TITLE} - 青禾范文网", "青禾范文网", TITLE, *TEXT]
    doc, report = clean("\n".join(page))
    assert texts(doc)[-len(TEXT) :] == TEXT
    assert removed(report, "meta-lines.column-between-titles") == ["青禾范文网"]


def test_a_name_between_the_copies_stays():
    # A person's name there is the document's byline, not a column.
    page = [TITLE, "陈思远", TITLE, *TEXT]
    doc, report = clean("\n".join(page))
    assert not removed(report, "meta-lines.column-between-titles")
    assert "陈思远" in ["".join(t.split()) for t in texts(doc)]


def test_two_lines_between_the_copies_stay():
    # More than one word there is no column's name: the step leaves them to the others.
    page = [TITLE, "活动方案", "社区读书会", TITLE, *TEXT]
    _, report = clean("\n".join(page))
    assert not removed(report, "meta-lines.column-between-titles")


def test_a_word_under_the_title_with_no_copy_below_stays():
    page = [TITLE, "活动方案", *TEXT]
    _, report = clean("\n".join(page))
    assert not removed(report, "meta-lines.column-between-titles")

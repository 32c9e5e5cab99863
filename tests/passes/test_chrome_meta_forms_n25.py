"""Page debris and meta lines by form (issue 18, round 25): a notice printed twice in a row (the
second copy goes, the first stays), and the near misses that stay: a refrain, a short line
repeated, a copy with the document's own words between the two.
Fixtures are written for the project in the forms real pages take, with made-up words."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "北湖街道社区食堂调整供餐时间的通知"
NOTICE = ["各位居民朋友：",
          "天气转凉后，北湖街道社区食堂的供餐时间随之调整。",
          "早餐",
          "上午6点半到8点半",
          "午餐",
          "中午11点到下午1点",
          "每周三下午食堂消毒，暂停供应晚餐。",
          "欢迎大家把消息转告身边的老人。"]


def test_a_notice_printed_twice_in_a_row_keeps_its_first_copy():
    page = [TITLE, *NOTICE, "社区动态2024-10-08 16:20:05河湾生活网", TITLE, *NOTICE]
    doc, report = clean("\n".join(page))
    assert texts(doc) == NOTICE
    assert removed(report, "repeat.doubled-block") == NOTICE
    # Nothing of the first copy goes as an echo of the second's lines (a run twice is the same).
    assert not [r for r in report.removed if r["rule"].endswith("repeated-chrome")]


def test_a_refrain_or_a_line_repeated_stays():
    # Two lines sung twice: no block (too few lines); one sentence twice: the author's.
    refrain = ["我们走在田野上", "风吹过金色的稻浪", "我们走在田野上", "风吹过金色的稻浪",
               "这是家乡的秋天，这是我们的收获。"]
    line = "安全生产，人人有责。"
    body = ["一是加强巡查，每周不少于两次。", line, line, "二是落实责任，层层签订责任书。"]
    for lines in (refrain, body):
        doc, report = clean("\n".join([TITLE, *lines]))
        assert texts(doc) == lines
        assert not removed(report, "repeat.doubled-block")


def test_a_copy_apart_from_the_first_stays():
    # The document's own words between the copies: a form given twice on purpose (a stub and a
    # receipt) or a recap, not a page's template printing the text again.
    form = ["姓名：________", "联系电话：________", "本人已知悉上述安排，同意按时参加。"]
    page = [TITLE, *form, "（以下为回执联，请沿虚线剪下交回）", *form]
    doc, report = clean("\n".join(page))
    assert texts(doc) == page[1:]
    assert not removed(report, "repeat.doubled-block")


def test_a_notice_printed_three_times_keeps_one_copy():
    doc, report = clean("\n".join([TITLE, *NOTICE, *NOTICE, *NOTICE]))
    assert texts(doc) == NOTICE
    assert removed(report, "repeat.doubled-block") == NOTICE * 2

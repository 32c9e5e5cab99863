"""A machine date to the second with only the page's words beside it (issue 18, round 52,
mt52): a list item's column, a poster's masked phone, a button, an empty label, wherever the
scrape left the row (meta-lines.seconds-stamp-row; the form is on four own-tune sites). A
sentence holding such a stamp, a log's entry, a document's own dated field stay. Fixtures are
made up: names, units and numbers are the project's own."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "meta-lines.seconds-stamp-row"
TITLE = "青禾县开展夏季防溺水安全教育"
BODY = ["六月以来，青禾县教育局组织各中小学开展防溺水安全教育，提醒学生不到无人看管的水域游泳。",
        "各校通过主题班会、家长会和致家长的一封信，把安全提示送到每一个家庭。",
        "县教育局将会同各乡镇对河塘、水库等重点水域开展巡查，设置警示标牌。",
        "暑假期间，各校班主任每周至少与学生家长联系一次，了解学生在家情况。"]


def _page(row: str) -> list[str]:
    return [TITLE, *BODY[:2], row, *BODY[2:]]


def test_a_stamp_to_the_second_among_the_pages_words_goes():
    for row in ("| 2025/9/12 10:24:05 论文、言论 |", "136****0718 | 2021-06-09 20:14:37",
                "2018-10-16 00:00:00| 发布者: 管理员|来自:", "2022-11-05 08:41:09 | 156****3321 | 青禾问答"):
        doc, report = clean("\n".join(_page(row)))
        assert removed(report, RULE) == [row], row
        assert texts(doc) == BODY, row


def test_a_sentence_a_log_entry_and_a_dated_field_stay():
    for row in ("2024-06-03 09:30:00，县教育局召开防溺水工作部署会。",
                "2024-06-03 09:30:15 ERROR backup job failed",
                "填报时间：2024-06-03 09:30:00"):
        doc, report = clean("\n".join(_page(row)))
        assert removed(report, RULE) == [], row
        assert row.replace(":", "：").replace("，", "，") in [t.replace(":", "：") for t in texts(doc)], row

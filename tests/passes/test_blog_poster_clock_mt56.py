"""The poster-and-time line a Blogger theme prints under each post (issue 18, round 56, mt56).

A blog on Blogger closes each post with the poster and the minute it was posted: in the Chinese
theme "張貼者： NAME 於 下午3:12" (or "位於", the clock as "9:15 PM"), in the English one "Posted by
NAME at 3:12 PM" (own-tune www.tankung.tw; stored selainsoft.blogspot.com, lp43.blogspot.tw). No
rule knew the label, and a clock after a name is no date the date rules read, so the line stayed
under the text: meta-lines.blog-poster-clock takes it. A line of the text that names a poster, or
says when something happens in a sentence, stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "青禾太極研習班學員守則"
TEXT = [
    "第一章 總則",
    "第一條：本守則依本研習會章程訂定，凡參加本會各期研習班之學員均應遵守。",
    "第二條：研習班以強身健體為宗旨，不以比賽名次為目的。",
]


@pytest.mark.parametrize("line", [
    "張貼者： 青禾研習會 於 下午3:12",
    "張貼者： 阿禾 位於 上午 8:07",
    "張貼者： 小禾 於 9:15 PM",
    "张贴者：林某 于 2012年4月5日 下午3:12",
    "Posted by Lin Xiaohe at 3:12 PM",
])
def test_the_poster_and_clock_line_under_a_post_goes(line):
    doc, report = clean("\n".join([TITLE, *TEXT, line, "標籤： 會務公告"]))
    assert texts(doc) == TEXT
    assert removed(report, "meta-lines.blog-poster-clock") == [line]


def test_a_sentence_naming_a_poster_or_a_time_stays():
    lines = ["張貼者應於下午3:00前將公告送交理事會審閱。",
             "Posted by the board at the meeting, the rules took effect at 3:12 PM on Monday."]
    doc, report = clean("\n".join([TITLE, *TEXT, *lines]))
    assert texts(doc) == [*TEXT, *lines]
    assert removed(report, "meta-lines.blog-poster-clock") == []

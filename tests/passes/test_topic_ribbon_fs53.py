"""A Homeland-style board's ribbon over a topic its moderators marked (round 53, fs53).

"本帖已被设为精华帖！" (or "…社区 Wiki！") alone between the topic's stamp row and its text goes; a
sentence of the post that mentions a 精华帖 stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "小组周会记录的三个改进"
STAMP = "青木 · 2021年05月06日 · 最后由 阿远 回复于 2021年06月01日 · 812 次阅读"
BODY = ["上个月我们把周会记录从邮件改成了共享文档，每次会后十分钟内发出。",
        "记录只写结论和负责人，讨论过程不再逐句记下，大家读起来轻松了不少。"]


@pytest.mark.parametrize("ribbon", ["本帖已被设为精华帖！", "本帖已被设为社区 Wiki！", "本帖已被設為精華帖！"])
def test_the_ribbon_goes(ribbon):
    doc, report = clean("\n".join([TITLE, "", STAMP, ribbon, "", *BODY]))
    assert texts(doc) == BODY
    assert removed(report, "forum.topic-ribbon") == [ribbon]


def test_a_sentence_about_a_marked_topic_stays():
    line = "本帖已被设为精华帖，感谢版主，也欢迎大家补充各自小组的做法。"
    doc, _ = clean("\n".join([TITLE, "", STAMP, "", BODY[0], line, BODY[1]]))
    assert line in texts(doc)

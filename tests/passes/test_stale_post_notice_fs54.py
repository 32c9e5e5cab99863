"""The notice a community or blog platform prints over an old post (round 54, fs54).

"本贴最后更新于 N 天前，其中的信息可能已经…" and its kin (forum.stale-post-notice): the platform's
words, never the post's. Left in, the notice stood first and was taken for the title. A post's own
dated note, saying nothing stale, stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "记一次社区跳蚤市场的筹备"
BODY = ["上个月我们几个邻居商量着在小区广场办一次跳蚤市场，前后准备了三个周末。",
        "摊位先登记再抽签，旧书、玩具和小家电最受欢迎，当天来了两百多位居民。",
        "收摊后大家把没卖掉的东西捐给了社区的爱心角，场地也清扫得干干净净。"]


@pytest.mark.parametrize("line", [
    "本贴最后更新于 812 天前，其中的信息可能已经时过境迁",
    "本文最后更新于 35 天前，如有失效请评论区留言。",
    "本文最后更新于2022年03月08日，已超过 640 天没有更新，若内容或图片失效，请留言反馈。",
    "此文章最后修订于 400 天前，其中的信息可能已经有所发展或是发生改变",
    "本文發表於 220 天前，其中的信息可能已經事過境遷",
    "这是一篇发布于 512 天前的文章，部分信息可能已发生改变，请注意甄别。",
    "文章时效性提示",
])
def test_the_notice_goes_and_the_title_stays(line):
    doc, report = clean("\n".join([TITLE, "", line, *BODY]))
    assert report.title == TITLE
    assert texts(doc) == BODY
    assert removed(report, "forum.stale-post-notice") == [line]


def test_a_notice_standing_first_is_no_title():
    doc, report = clean("\n".join(["本贴最后更新于 90 天前，其中的信息可能已经沧海桑田", TITLE, *BODY]))
    assert report.title == TITLE
    assert texts(doc) == BODY


@pytest.mark.parametrize("line", ["本文最后更新于2024年6月。",
                                  "本文发布时间：2024年6月3日，如有疑问请联系社区居委会。",
                                  "本文最后修改于上周，补充了摊位的收费办法，其他内容没有变化。"])
def test_a_dated_note_of_the_post_stays(line):
    doc, report = clean("\n".join([TITLE, *BODY, line]))
    assert line in texts(doc)
    assert removed(report, "forum.stale-post-notice") == []

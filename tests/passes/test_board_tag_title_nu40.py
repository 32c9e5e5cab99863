"""A forum thread's <title> with the board's tag before it ("[求助] 某某"): the tag is no word of the
title, and the first post's line printing the subject again without it goes as the title repeated."""

from __future__ import annotations

import pytest

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.passes.metadata import without_board_tag

POSTS = (
    "<div class='post'><div class='who'>竹影 楼主 发表于 2025-11-02 19:40</div>"
    "<div class='msg'><p>{subject}</p><p>单位让我牵头写一份读书角的年终小结，我只记了借阅登记本上的数字，"
    "不知道怎么把这些零散的东西串起来，请大家出出主意。</p></div></div>"
    "<div class='post'><div class='who'>北窗 2楼 发表于 2025-11-02 20:15</div>"
    "<div class='msg'><p>先写一年来做了哪几件事，再写借阅人次和新添的书，最后写明年想改进的地方。</p></div></div>"
)


def _page(title: str, subject: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title} - 某某交流论坛</title></head><body>"
            "<div id='nav'><a href='/'>论坛首页</a> &gt; <a href='/f/3'>写作园地</a></div>"
            f"<div id='thread'>{POSTS.format(subject=subject)}</div>"
            "<div id='foot'>某某交流论坛 版权所有</div></body></html>")


@pytest.mark.parametrize("tag", ["[求助]", "【转帖】", "[原创] "])
def test_the_boards_tag_leaves_the_title_and_the_subject_line_goes(tag):
    processed = process_bytes(_page(f"{tag}读书角年终小结怎么写", "读书角年终小结怎么写").encode("utf-8"),
                              "thread.html", build_options())
    lines = [block_text(b) for b in processed.doc.content]
    assert processed.report.title == "读书角年终小结怎么写"
    assert "读书角年终小结怎么写" not in lines
    assert lines[0].startswith("单位让我牵头写一份读书角的年终小结")
    assert "title.repeated-title" in [r["rule"] for r in processed.report.removed]


def test_a_title_without_a_tag_or_with_a_numbered_or_long_bracket_stays_as_it_is():
    assert without_board_tag("读书角年终小结怎么写") == "读书角年终小结怎么写"
    assert without_board_tag("（一）读书角的借阅登记办法") == "（一）读书角的借阅登记办法"
    assert without_board_tag("【摘要】读书角的借阅登记办法") == "【摘要】读书角的借阅登记办法"
    assert without_board_tag("[求助]小结") == "[求助]小结"  # too short beside its tag: the tag is the title's

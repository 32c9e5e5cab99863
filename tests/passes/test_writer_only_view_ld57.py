"""A line where the page's text says it speaks only for its writer (issue 18, round 57, ld57).

Law firms, tech magazines, data blogs and news sites print one unlabelled line over or under an
article: the text (本文, 该文, 文章, 以上内容, 文中观点) "仅代表作者本人/个人观点", perhaps with a
short sentence of the host's after it (不构成法律意见, 与就职单位无关) or a 注 label before it. The
line goes wherever it stands; a report's own sentence that goes on in the writer's voice, or one
that reports what somebody said about such notes, stays. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

TITLE = "社区图书角运行情况小结"
BODY = ["今年三月，社区在活动室开设了图书角，居民捐赠图书六百余册。",
        "一、主要做法",
        "图书角由三名志愿者轮流值守，每周开放五天。",
        "二、下步打算",
        "明年计划增加儿童绘本，并开展两次亲子阅读活动。"]


@pytest.mark.parametrize("line", [
    "本文仅代表作者个人观点。",
    "本文仅代表作者个人观点，不构成专业意见。",
    "文章观点仅代表作者本人。",
    "以上内容仅代表作者个人看法。",
    "以上观点仅代表作者本人意见。",
    "注：本文系某某资讯网约稿，作者为街道干部，文中看法仅代表作者个人观点",
    "本文所用数字都来自公开年报，仅代表作者本人观点，与作者供职的机构无关。",
    "本文為網友投稿，觀點僅代表作者本人。",
    "（本文为居民投稿，观点仅代表作者本人。）",
    "(文章观点仅代表作者本人)",
])
@pytest.mark.parametrize("at_head", [False, True])
def test_the_writer_only_view_line_goes(line, at_head):
    lines = [TITLE, line, *BODY] if at_head else [TITLE, *BODY, line]
    doc, report = clean("\n".join(lines))
    assert texts(doc) == BODY
    assert removed(report, "footer.writer-only-view") == [line]


@pytest.mark.parametrize("line", [
    # (the writer's own findings, going on in the writer's voice)
    "以上分析只覆盖三个月的借阅登记，这些结论仅仅代表作者个人观点，还需更多数据检验。",
    # (a report of what was said about such notes)
    "会上，李主任指出，文章仅代表作者观点的说法不能成为转载不实信息的借口。",
    "居民反映，部分公众号文章末尾写着仅代表作者观点，但内容并不可靠。",
])
def test_a_reports_own_sentence_stays(line):
    body = [*BODY[:3], line, *BODY[3:]]
    doc, report = clean("\n".join([TITLE, *body]))
    assert line in texts(doc)
    assert removed(report, "footer.writer-only-view") == []

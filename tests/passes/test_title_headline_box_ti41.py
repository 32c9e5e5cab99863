"""A box of headline links above the page title (round 41, ti41).

The box's last headline is no head of the title under it: a line marked as a list's item (a bullet
or number before it, a date or counter after it) among other such lines, or a 关于 line already
whole (its genre at its end) over a line that does not go on from it, is never joined onto the title
nor taken for it. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts

TITLE = "小区停车位临时调整说明"
BODY = ["各位业主：",
        "因地下车库进行防水维修，自下周一起部分车位临时调整到东门停车场，维修期约十天。",
        "一、调整范围为地下车库B区全部车位。",
        "二、临时车位凭原停车卡进出，不另收费。"]
BOX = ["业委会换届选举工作顺利完成", "关于做好雨季车库防水检查的提醒", "关于暂停西门通行的公告"]


@pytest.mark.parametrize("box", [
    BOX,
    [f"· {line}" for line in BOX],
    [f"{n}. {line}" for n, line in enumerate(BOX, 1)],
    [f"{line} 03-1{n}" for n, line in enumerate(BOX, 1)],
    [f"{line} ({n * 37})" for n, line in enumerate(BOX, 1)],
])
@pytest.mark.parametrize("facts", [["发布时间：2024-03-18  点击：56"], ["2024年3月18日"]])
@pytest.mark.parametrize("label", [["热门资讯"], []])
def test_the_box_last_headline_is_not_joined_onto_the_title(box, facts, label):
    doc, report = clean("\n".join([*label, *box, TITLE, *facts, *BODY]))
    if report.title is None:  # (a numbered box reads as the text begun: no title, nothing joined)
        assert box[-1] in texts(doc)
        return
    assert report.title == TITLE
    assert "subtitle" not in doc.metadata
    assert texts(doc)[-len(BODY):] == BODY


@pytest.mark.parametrize(("lines", "title"), [
    (["关于开展2024年度政务公开", "考评工作的通知"], "关于开展2024年度政务公开考评工作的通知"),
    (["关于印发《社区志愿服务管理办法》", "的通知"], "关于印发《社区志愿服务管理办法》的通知"),
])
def test_a_notice_title_broken_over_lines_is_still_one_line(lines, title):
    _doc, report = clean("\n".join([*lines, "发布日期：2024-03-18", *BODY]))
    assert report.title == title

"""A site's appraisal of the sample it printed, under the text (issue 18, round 38, rc38).

"以上倡议书语言通俗、条理清楚，适合…", "这段主持词语言亲切…", "以上讲话稿可按实际情况增删…": a line
under the text pointing back at it by its kind and saying how it reads, whom it suits or that it
may be cut to fit. It goes; a document's own last line about itself (a 方案's "以上方案可根据实际情况
调整", a scope of 适用) and a reader's own appraisal of a speech stay. Fixtures are made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "lead-in.sample-appraised-after-text"
SPEECH = ["尊敬的各位家长、亲爱的同学们：",
          "大家上午好！今天我们在这里举行秋季运动会开幕式，我代表学校向全体运动员表示热烈的祝贺。",
          "希望同学们赛出风格、赛出水平，也希望裁判员公正执法，让本届运动会开得安全、精彩。",
          "谢谢大家！"]


@pytest.mark.parametrize("outro", [
    "以上讲话稿语言简洁、层次清楚，适合校长在运动会开幕式上使用。",
    "这段致辞语言亲切，贴近学生生活，可在校园活动中参考。",
    "以上讲话稿可按学校实际情况增删，如需更短的版本也可以再告诉我。",
    "上面这篇发言稿适合在家长会上宣读，篇幅约三分钟。",
    "這份講話稿語言平實，適合在學校集會時使用。",
    "以上范文可根据本单位情况适当修改后使用。",
])
def test_an_appraisal_of_the_sample_under_it_goes(outro):
    doc, report = clean("\n".join(["秋季运动会开幕式校长讲话", *SPEECH, outro]))
    assert texts(doc) == SPEECH
    assert removed(report, RULE) == [outro]


def test_an_appraisal_under_a_signed_proposal_goes():
    body = ["全体居民朋友们：",
            "近期小区用电量明显上升，楼道照明和电梯常开，公共电费比去年同期多出两成。",
            "一、离开公共区域随手关灯。",
            "二、不在楼道给电动车充电。",
            "让我们从点滴做起，共建节约型小区！",
            "某某小区业主委员会",
            "2025年6月3日"]
    outro = "以上倡议书条理清楚，适合物业或业委会在夏季用电高峰前张贴。"
    doc, report = clean("\n".join(["节约用电倡议书", *body, outro]))
    assert texts(doc) == body
    assert removed(report, RULE) == [outro]


@pytest.mark.parametrize("closing", [
    "以上方案可根据天气情况适当调整。",
    "以上方案适用于全校各年级。",
    "以上计划适合本班实际，如有变化另行通知。",
    "以上报告如无不妥，请批转各单位执行。",
    "这篇演讲稿语言朴实，却让我深受感动。",
    "这篇文章语言朴实，道理却很深刻。",
])
def test_a_documents_own_closing_line_stays(closing):
    body = ["一、活动时间：2025年10月15日上午。",
            "二、活动地点：学校东操场。",
            "三、参加人员：全体师生。"]
    doc, _ = clean("\n".join(["秋季运动会活动方案", *body, closing]))
    assert texts(doc) == [*body, closing]

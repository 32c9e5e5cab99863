"""A news template's breadcrumb under the label "本页位置" (round 56, tt56).

The label reads "本页位置" ("本頁位置" in traditional script), with its colon or without, and the
steps are glued ("首页新闻中心国内新闻"). The crumb goes, and it is never the title: the headline
under it is the title, not its subtitle. A sentence naming a page's place stays. Fixtures are
made up.
"""

from __future__ import annotations

import pytest

from helpers import clean, texts
from helpers import removed_by as removed

HEADLINE = "城南新区今晚亮灯 百年老街迎来新面貌"
FACTS = "2019年05月18日 09:20 来源：青禾新闻网"
BODY = ["日历翻到这一天，城南新区的老街终于等来了亮灯的时刻，许多居民一早就来到街口等候，想看看新装的路灯。",
        "街道负责人说，改造工程历时一年，沿街的老房子都保留了原来的样子。"]


@pytest.mark.parametrize("crumb", ["本页位置:首页新闻中心国内新闻", "本页位置首页新闻中心国内新闻",
                                   "本頁位置：首頁新聞中心國內新聞"])
def test_the_page_position_crumb_goes_and_the_headline_is_the_title(crumb):
    doc, report = clean("\n".join([crumb, HEADLINE, "", FACTS, "", *BODY]))
    assert report.title == HEADLINE
    assert "subtitle" not in doc.metadata
    assert texts(doc) == BODY
    assert removed(report, "meta-lines.breadcrumb") == [crumb]


def test_a_sentence_about_a_page_position_stays():
    line = "本页位置不够时，可将附表放在文末，并在正文中注明。"
    doc, _ = clean("\n".join(["排版要求", "", line, "", *BODY]))
    assert line in texts(doc)

"""rc43 (issue 18): a box of other items closing a news page under a label longer than a bare box
word, the topic or the channel before the box's own word ("…大会发言新闻精选", "本站编辑推荐"):
the label and the headlines go (`recommendations.title-list`); a document's last heading of that
length, over its own short lines, stays. Fixtures are made up, in the forms real pages take."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed

RULE = "recommendations.title-list"
BODY = ["本报讯区政协三届二次会议于昨日下午举行全体会议，五位委员先后登台作大会发言。",
        "第一个发言的委员建议把社区食堂纳入养老服务补贴范围，并由街道统一配送。",
        "会议最后，主持会议的副主席请各专门委员会对发言中的建议逐条梳理，形成专报。"]
HEADLINES = ["委员建议社区食堂纳入养老补贴范围", "教育界小组:课后服务要算好师资账",
             "五篇大会发言将以专报形式报送区委", "经济界委员:老旧厂房改造宜分批推进"]


def test_a_box_under_a_long_label_ending_in_its_word_goes():
    for label in ("区政协三届二次会议大会发言新闻精选", "本站编辑推荐", "区政协三届二次会议相关报道"):
        doc, report = clean("\n".join([*BODY, label, *HEADLINES]))
        assert texts(doc) == BODY, label
        assert removed(report, RULE) == [label, *HEADLINES], label


def test_a_long_last_heading_over_short_lines_stays():
    # The label names the document's own matter, not a box: its lines stay.
    heading = "区政协三届二次会议大会发言题目"
    doc, report = clean("\n".join([*BODY, heading, *HEADLINES]))
    assert not removed(report, RULE)
    assert any(HEADLINES[0] in text for text in texts(doc))

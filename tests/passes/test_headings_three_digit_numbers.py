"""Items numbered past 99 ("101.…？" in a book of 500 questions) are read as the items before them
(issue 18, numbered headings missed). Fixtures written for the project."""

from __future__ import annotations

from helpers import clean, outline

# A page of a question book: the chapter's questions, each over its answer paragraph.
QUESTION_BOOK = [
    "第二篇 组织生活_五、支部会议",
    "98.支部委员会多长时间召开一次？",
    "支部委员会一般每月召开一次，遇有重要情况可以随时召开，会议由书记召集并主持。",
    "99.支部党员大会由谁主持？",
    "支部党员大会由支部书记主持，书记不在时可以委托副书记或者一名委员主持。",
    "100.会议记录应当记些什么？",
    "会议记录要写明时间、地点、出席和缺席人员、议题、讨论情况和形成的决定，记录人要签名。",
    "101.会议决定怎样传达到每名党员？",
    "支部可以在党小组会上传达，也可以印发书面通知，外出党员通过电话或者网络及时告知。",
]


def test_questions_numbered_past_99_are_headings_like_those_before_them():
    doc, _ = clean("\n".join(QUESTION_BOOK))
    headings = [text for _level, text in outline(doc)]
    assert "99.支部党员大会由谁主持？" in headings
    assert "100.会议记录应当记些什么？" in headings
    assert "101.会议决定怎样传达到每名党员？" in headings

"""A line over the title that the text never says is no first line of a two-line headline (a
contact button "联系“某某”", a site's slogan): the title is the line over the page's facts alone
(round 43). A headline's upper line the text talks about still leads (test_title_t34.py).
Fixtures written for the project (made-up content)."""

from __future__ import annotations

from helpers import clean

POST = ["月报写给谁看?", "很多新人第一次写月报，会把后台导出的数据整页整页贴进去，领导翻两页就放下了。",
        "我常跟组里的同事说，月报首先要想清楚读的人是谁：给主管看的，第一页就要回答这个月的目标完成了没有；"
        "给同组同事看的，要把做对了的事和没做好的事各写清楚原因。",
        "我们组现在的月报只有三页：目标和结果一张表，两三件做对的事和一件没做好的事，下月要做的事和负责人。"]


def test_a_contact_button_over_the_title_is_no_headline_line():
    lines = ["联系“青柚小编”", "运营月报模板(月报写给谁看?)", "2023-02-16 20:41:09", *POST]
    doc, report = clean("\n".join(lines))
    assert report.title == "运营月报模板(月报写给谁看?)"
    assert doc.get_metadata("subtitle", default=None) is None

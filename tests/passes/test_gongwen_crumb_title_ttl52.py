"""A breadcrumb ending on a 公文's name, right over the name (round 52): "当前位置:首页> 某栏目> 关于…
的通知" over "关于…的通知". The crumb names a 文种 too; read as the 公文's title it put the site's path
into the document's name. The line under it is the title (24 own-tune sites print a crumb ending on
the line under it; here a template notice, signed with blanks, that the 公文 reader takes). A crumb
ending elsewhere changes nothing. Fixtures written for the project
(made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts

TITLE = "关于学校清明节放假安排的通知"
LEAD = "清明节即将到来。根据国家有关节假日安排，结合本校教学进度，经学校行政会研究，现将放假安排通知如下："
BODY = [
    "一、放假时间",
    "4月4日至4月6日放假，共3天。",
    "二、安全提醒",
    "外出祭扫要有家长陪同，不在山林野外用火。",
    "XX学校",
    "20XX年X月X日",
]


def test_the_line_under_the_crumb_is_the_title():
    doc, report = clean("\n".join([f"当前位置:首页> 清明节> {TITLE}", TITLE, "发布时间:2026-03-28 09:12:37",
                                    LEAD, *BODY]))
    assert report.title == TITLE
    assert texts(doc) == [LEAD, *BODY]
    assert not any("当前位置" in line or line == TITLE for line in texts(doc))


def test_a_crumb_ending_on_a_channel_changes_nothing():
    doc, report = clean("\n".join(["当前位置:首页> 通知公告", TITLE, "发布时间:2026-03-28 09:12:37",
                                    LEAD, *BODY]))
    assert report.title == TITLE
    assert texts(doc)[0] == LEAD

"""Title lines by form (round 29): a forum thread's view/reply counter over the thread's title.
Fixtures written for the project (made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts

# A forum thread: the browser title, login links, then the view/reply counter over the thread's title.
THREAD = ["# 村级代账经验分享 - 经验交流 - 某某乡镇论坛 - Powered by Discuz!", "找回密码", "立即注册",
          "只需一步,快速开始", "村务公开栏目索引 财务制度索引", "查看: 2231|回复: 17",
          "[转帖] 村级代账经验分享", "[复制链接]"]
POST = "我们镇从前年开始把各村的账目统一交给代账中心，这两年下来有几点体会，写出来和大家交流。"


def test_the_title_under_a_threads_counter():
    _, report = clean("\n".join([*THREAD, POST]))
    assert report.title == "村级代账经验分享"


def test_no_title_under_a_counter_followed_by_the_text():
    lines = ["查看: 2231|回复: 17", POST, "第二段话也写在这里，说明代账中心每月对账一次。"]
    doc, report = clean("\n".join(lines))
    assert not report.title
    assert POST in texts(doc)


def test_a_control_between_the_counter_and_the_title_is_looked_past():
    # The title is the line over the copy-link button, whatever short control stands above it.
    lines = ["找回密码", "查看: 1234|回复: 5", "收起左侧", "[经验交流] 村级代账经验分享", "[复制链接]",
             "某某 发表于 2022-11-14 23:07", POST]
    _, report = clean("\n".join(lines))
    assert report.title == "村级代账经验分享"


def test_a_short_title_over_the_posters_line():
    lines = ["找回密码", "查看: 1234|回复: 5", "代账心得",
             "某某 | 发表于 2005-8-4 21:37:32 | 显示全部楼层 |阅读模式", POST]
    _, report = clean("\n".join(lines))
    assert report.title == "代账心得"

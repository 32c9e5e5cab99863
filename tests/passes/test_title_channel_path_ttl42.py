"""A path of the site's channels, words parted by ">" and no home step ("信息公开 > 部门文件"), is
the site's breadcrumb, never the page's title (round 42). Fixtures written for the project
(made-up names and content)."""

from __future__ import annotations

from helpers import clean, texts

TITLE = "青石县水利局关于做好汛前水库安全检查工作的通知"
BODY = "各乡镇人民政府，局属各单位：为确保今年汛期水库安全度汛，现就做好汛前安全检查工作通知如下。"


def test_a_channel_path_over_a_disclosure_box_is_no_title():
    # The path, then the box's index number on two lines, then the notice's title.
    lines = ["信息公开 > 部门文件", "索引号:", "QS-0101-2024-00021", TITLE, BODY]
    doc, report = clean("\n".join(lines))
    assert report.title == TITLE
    assert BODY in texts(doc)


def test_a_channel_path_with_a_home_step_stays_no_title_either():
    lines = ["首页 > 信息公开 > 部门文件", "发布日期:", "2024-04-02", TITLE, BODY]
    _doc, report = clean("\n".join(lines))
    assert report.title == TITLE

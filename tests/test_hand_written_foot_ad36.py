"""A markdown note a person wrote, without code or footnotes, ending with its own foot (a
copyright line, a pointer to the author's site) is written by hand: every line and its raw
HTML stay. A page saved as markdown shows a site's chrome in quantity (round 36). Made-up text."""

from __future__ import annotations

from reportfmt.api import convert_text

NOTE = """# 小组周会纪要

## 本周进展

- 整理完了问卷的原始数据。
- 修好了图表导出的两个毛病。

<details>
<summary>参会名单</summary>

组员五人全部到会。

</details>

下周预算约为三百元<sup>1</sup>。

更多信息请访问 [小组主页](https://wiki.demo-group.org/weekly)

版权所有 © 2026 某某兴趣小组
"""

PAGE = """首页 > 范文大全 > 心得体会

# 社区志愿服务心得

今年以来，我参加了社区组织的多次志愿服务活动，收获很多。

上一篇：志愿服务总结 下一篇：社区活动方案

版权所有 © 2026 某某范文网
"""


def test_a_notes_own_foot_and_raw_html_stay():
    markdown = convert_text(NOTE, to="md", input_format="markdown")
    assert "更多信息请访问 [小组主页](https://wiki.demo-group.org/weekly)" in markdown
    assert "版权所有 © 2026 某某兴趣小组" in markdown
    assert "<details>" in markdown and "参会名单" in markdown
    assert "三百元^1^" in markdown


def test_a_notes_contact_heading_over_its_copyright_stays():
    note = ("# 软件使用说明\n\n## 安装\n\n下载安装包后双击运行即可。\n\n## 联系我们\n\n"
            "- 邮箱：help@demo-soft.cn\n\nCopyright © 2026 某某软件\n")
    markdown = convert_text(note, to="md", input_format="markdown")
    assert "## 联系我们" in markdown
    assert "Copyright © 2026 某某软件" in markdown


def test_a_notes_one_greeting_line_stays():
    note = "# 项目简介\n\n本项目为社区居民提供报名服务。\n\n欢迎访问我们的网站了解更多。\n"
    markdown = convert_text(note, to="md", input_format="markdown")
    assert "欢迎访问我们的网站了解更多。" in markdown


def test_a_page_saved_as_markdown_is_still_cleaned():
    markdown = convert_text(PAGE, to="md", input_format="markdown")
    assert "今年以来，我参加了社区组织的多次志愿服务活动，收获很多。" in markdown
    assert "首页 > 范文大全" not in markdown
    assert "上一篇" not in markdown
    assert "版权所有" not in markdown

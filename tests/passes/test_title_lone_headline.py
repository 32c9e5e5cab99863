"""An HTML page with no <title> and one <h1> over its text: the h1 is the page's title (it was
kept as a level-1 heading beside the text's 一、 sections, and the page had no title). Two h1s
are parts, not a headline. Made-up pages."""

from __future__ import annotations

import re

from reportfmt.api import convert_text

BODY = ("<p>一、基本情况</p><p>本季度社区共设置分类投放点十二处，居民参与率明显提高。</p>"
        "<p>二、下一步打算</p><p>继续加强宣传引导，做好分类督导工作。</p>")


def converted(body: str) -> str:
    return convert_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>',
                        to="md", input_format="html")


def headers(markdown: str) -> list[tuple[int, str]]:
    return [(len(m.group(1)), m.group(2))
            for m in re.finditer(r"^(#+) (.+?)(?: \{[^}]*\})?$", markdown, re.M)]


def test_the_lone_h1_is_the_title():
    markdown = converted(f"<h1>社区垃圾分类工作小结</h1>{BODY}")
    assert "\ntitle: 社区垃圾分类工作小结\n" in markdown
    assert headers(markdown) == [(1, "一、基本情况"), (1, "二、下一步打算")]


def test_two_h1s_are_parts_and_stay():
    markdown = converted(f"<h1>第一部分 工作回顾</h1>{BODY}<h1>第二部分 来年打算</h1><p>继续做好分类督导工作。</p>")
    assert "title:" not in markdown
    assert {"第一部分 工作回顾", "第二部分 来年打算"} <= {text for _, text in headers(markdown)}

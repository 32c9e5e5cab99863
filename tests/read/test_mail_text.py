"""A plain-text message (a mail-list archive's <pre>) loses its signature and the line that
introduces its quote; its words and the quoted words stay (extraction/mail_text.py)."""

from __future__ import annotations

import lxml.html

from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.mail_text import drop_mail_furniture


def _pre(body: str) -> tuple[str, list[tuple[str, str]]]:
    article = lxml.html.fromstring(f"<div><pre>{body}</pre></div>")
    audit = Audit()
    drop_mail_furniture(article, audit)
    return article.find("pre").text_content(), [(r.rule, r.text) for r in audit.removed]


def test_signature_and_attribution_go_the_words_stay() -> None:
    text, removed = _pre("周五 小王 写道：\n&gt; 明天几点集合？\n\n八点，在东门。\n\n-- \n小李\n骑车第三年\n")
    assert text == "&gt; 明天几点集合？\n\n八点，在东门。\n".replace("&gt;", ">")
    assert removed == [("extract.signature", "-- 小李 骑车第三年"), ("extract.post-meta", "周五 小王 写道：")]


def test_separator_without_space_and_a_link_in_the_body() -> None:
    text, _ = _pre('详见 <a href="http://example.org/a">http://example.org/a</a> 的说明。\n--\n小李\n')
    assert text == "详见 http://example.org/a 的说明。\n"


def test_a_long_tail_after_the_separator_is_not_a_signature() -> None:
    body = "附上脚本。\n-- \n小李\n" + "".join(f"第{i}行代码\n" for i in range(8))
    text, removed = _pre(body)
    assert text == body and removed == []


def test_sql_comments_and_a_lone_separator_are_kept() -> None:
    body = "-- 建表\ncreate table t (id int);\n-- 索引\n"
    assert _pre(body) == (body, [])
    assert _pre("--\n小李\n") == ("--\n小李\n", [])


def test_a_wrote_line_without_a_quote_below_is_words() -> None:
    body = "他在信里写道：\n明天见。\n"
    assert _pre(body) == (body, [])


def _lined(lines: list[str]) -> tuple[str, list[str]]:
    """A text BBS article printed as <br>-separated lines in one block."""
    article = lxml.html.fromstring("<div><p>" + "<br/>".join(lines) + "</p></div>")
    audit = Audit()
    drop_mail_furniture(article, audit)
    return "\n".join(article.find("p").itertext()).strip(), [r.rule for r in audit.removed]


_HEAD = ["发信人: lanlan (蓝蓝), 信区: Garden", "标\u00a0\u00a0题: 阳台种番茄要多大的盆",
         "发信站: 示例站 (Tue May 7 21:03:44 2024), 站内", ""]


def test_header_labels_aligned_with_no_break_spaces_go() -> None:
    # A page keeps the aligned label "标  题" by printing its blanks as &nbsp;.
    text, rules = _lined([*_HEAD, "盆口至少三十厘米，土深一点根才扎得稳。", "--", "※ 来源:·示例站·[FROM: 10.1.*]"])
    assert text == "盆口至少三十厘米，土深一点根才扎得稳。"
    assert rules == ["extract.signature", "extract.post-meta"]


def test_a_headed_message_may_close_with_a_board_signature_and_stamps() -> None:
    tail = ["--", "种瓜得瓜", "种豆得豆", "阳台小菜园", "※ 修改:·lanlan 于 May 7 21:10:02 2024 修改本文·[FROM: 10.1.*]",
            "※ 来源:·示例站·[FROM: 10.1.*]"]
    text, rules = _lined([*_HEAD, "盆口至少三十厘米。", "每天晒足六个小时太阳。", *tail])
    assert text == "盆口至少三十厘米。\n每天晒足六个小时太阳。"
    assert rules == ["extract.signature", "extract.post-meta"]


def test_without_a_header_run_five_lines_after_the_separator_stay() -> None:
    lines = ["盆口至少三十厘米。", "每天晒足六个小时太阳。", "--", "第一行", "第二行", "第三行", "第四行", "第五行"]
    text, rules = _lined(lines)
    assert text == "\n".join(lines) and rules == []

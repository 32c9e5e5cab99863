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

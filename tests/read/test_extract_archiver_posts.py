"""A board's archiver page (issue 13 round 25): every post flat under one box, a byline
paragraph (the name in bold, "发表于" and the time), the message as bare text with line
breaks, no box per post. Each message is kept, each byline goes whole, name included
(extraction/flat_posts.py: text runs; post_words.py: a named byline line). Made-up page."""

from __future__ import annotations

import lxml.html

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.read.extraction.flat_posts import wrap_flat_posts

POSTS = [("晚风里的猫", "2015-6-3 20:11", ["楼下新开了一家修自行车的小铺，师傅手艺很好。", "换一条内胎才收十五块。"]),
         ("老街坊", "2015-6-3 21:40", ["是桥头那家吗？上周我去补过胎，补完还帮我打了气。"]),
         ("晚风里的猫", "2015-6-3 22:05", ["对，就是桥头那家，晚上九点才关门。"]),
         ("骑车上班族", "2015-6-4 07:30", ["记下了，链条响了好几天，周末就去。", "希望别涨价。"])]


def _page() -> str:
    content = ""
    for number, (who, when, lines) in enumerate(POSTS):
        content += f'<p class="author"><strong>{who}</strong> 发表于 {when}</p>'
        if number == 0:
            content += "<h3>桥头的修车铺</h3>"
        content += "<br />".join(lines)
    return ("<html><head><title>桥头的修车铺 - 邻里 - 某某论坛 - Archiver</title></head><body>"
            '<div id="nav"><a href="./">某某论坛</a> &rsaquo; <a href="f-3.html">邻里</a> &rsaquo; 桥头的修车铺</div>'
            f'<div id="content">{content}</div><div class="page"><a href="t-9.html">1</a></div>'
            '<div id="end">查看完整版本: <a href="t.php?t=9">桥头的修车铺</a></div></body></html>')


def _body(html: str) -> str:
    processed = process_bytes(html.encode("utf-8"), "page.html", build_options())
    return "\n".join(block_text(b) for b in processed.doc.content)


def test_messages_kept_bylines_gone() -> None:
    text = _body(_page())
    for who, when, lines in POSTS:
        for line in lines:
            assert line in text
        assert who not in text and when not in text


def test_text_runs_wrapped_as_posts() -> None:
    root = lxml.html.document_fromstring(_page())
    runs = wrap_flat_posts(root.find("body"))
    assert len(runs) == len(POSTS)
    assert POSTS[0][2][1] in next(iter(runs)).text_content()  # the message's text went with its byline


def test_a_block_between_bylines_is_no_text_run() -> None:
    html = _page().replace("<br />", '<div class="ad">广告位招租，联系站长。</div>', 1)
    root = lxml.html.document_fromstring(html)
    for box in wrap_flat_posts(root.find("body")):
        assert "广告位" not in box.text_content() or box.find(".//div") is not None

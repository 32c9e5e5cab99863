"""A guestbook printed as runs of siblings (a byline with the writer's plain-text name and the
time, the message, the office's reply): each message and reply kept, the byline gone whole,
name included (extraction/post_words.py: the stamp line goes before the template's parts;
issue 13 round 24). Made-up page."""

from __future__ import annotations

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text

ENTRIES = [
    ("二年级家长", "2024-10-08 19:12", "学校的秋季运动会家长可以进校观看吗？想给孩子加油。",
     "欢迎家长参加，运动会当天凭家长证从东门入校。"),
    ("四年级家长", "2024-10-09 08:03", "下雨天校门口没有遮雨的地方，接孩子的老人淋雨，能不能搭个雨棚？",
     "雨棚已列入本月维修计划，预计下旬完工。"),
    ("六年级家长", "2024-10-10 20:40", "毕业班周末补课是自愿的吗？孩子压力有点大。",
     "周末不安排统一补课，请家长放心。"),
]


def _page() -> str:
    runs = "".join(f'<div class="gb-head"><span class="who">{who}</span>'
                   f'<span class="when">{when}</span></div>'
                   f'<div class="gb-text">{text}</div><div class="gb-reply"><b>学校回复：</b>{reply}</div>'
                   for who, when, text, reply in ENTRIES)
    return ("<html><head><title>留言板 - 某小学</title></head><body>"
            '<div class="top"><a href="/">某小学</a> <a href="/news">新闻</a> <a href="/gb">留言板</a></div>'
            f'<div class="gb-list">{runs}<div class="pages">共3条 <a>上一页</a> <a>下一页</a></div></div>'
            '<div class="foot">地址：某县某镇学府路2号</div></body></html>')


def _body(html: str) -> str:
    processed = process_bytes(html.encode("utf-8"), "page.html", build_options())
    return "\n".join(block_text(b) for b in processed.doc.content)


def test_each_message_and_reply_kept_in_order() -> None:
    text = _body(_page())
    words = [w for _, _, text_, reply in ENTRIES for w in (text_, reply)]
    positions = [text.find(w) for w in words]
    assert -1 not in positions and positions == sorted(positions)


def test_the_byline_goes_with_the_plain_text_name() -> None:
    text = _body(_page())
    for furniture in ["二年级家长", "四年级家长", "六年级家长", "2024-10-0", "学校回复", "上一页", "学府路"]:
        assert furniture not in text


def _stamp_line_dropped(html: str) -> str:
    import lxml.html

    from reportfmt.read.extraction.audit import Audit
    from reportfmt.read.extraction.post_words import drop_stamp_line

    post = lxml.html.fromstring(html)
    drop_stamp_line(post, set(), Audit(), named=True)  # as threads.reduce_posts runs them
    drop_stamp_line(post, set(), Audit())
    return " ".join(post.text_content().split())


def test_a_name_then_a_time_in_one_line_is_a_byline() -> None:
    html = ('<div class="c"><div class="h"><span>江边网友</span><span>10-08 19:12</span></div>'
            '<div class="t">这条路早该修了，支持。</div></div>')
    assert _stamp_line_dropped(html) == "这条路早该修了，支持。"


def test_name_words_and_time_in_three_spans_keep_the_words() -> None:
    html = '<div class="c"><div class="h"><span>江边网友</span><span>支持</span><span>10-08 19:12</span></div></div>'
    assert _stamp_line_dropped(html) == "江边网友支持"  # only the time went

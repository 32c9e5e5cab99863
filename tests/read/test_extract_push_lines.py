"""A text board's web view (issue 13 round 25): the article printed as lines of text straight in
its screen block, header rows above it, a signature and the board's origin stamps after it,
then push rows "mark id: words time". The article's words and each push's words are kept; the
header rows, the signature with its stamps, and each push's mark, id and time go
(extraction/push_lines.py, extraction/mail_text.py). Made-up pages."""

from __future__ import annotations

import lxml.html

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.read.extraction.audit import Audit
from reportfmt.read.extraction.mail_text import drop_screen_furniture
from reportfmt.read.extraction.push_lines import drop_push_meta

PUSHES = [("↑", "pinecone", "晚上七点以后操场灯就关了，想跑步得早点去", "03/02 20:11"),
          ("↓", "riverstone", "北门那条路在修，绕西门会近一点", "03/02 20:15"),
          ("↑", "pinecone", "周末早上六点开门，人也最少", "03/02 20:16")]
ARTICLE = ("学校操场这学期开始对附近居民开放了，\n每天傍晚都有很多人在跑道上散步。\n"
           "想问一下大家，外来人员进门要登记吗？\n需要带什么证件？\n")


def _push(mark: str, who: str, words: str, when: str) -> str:
    return (f'<div class="pl"><span class="pl-mark">{mark} </span><span class="pl-who">{who}</span>'
            f'<span class="pl-words">: {words}</span><span class="pl-when"> 198.51.100.7 {when}\n</span></div>')


def _page(signature: str = "--\n清晨跑者的随手记\n") -> str:
    rows = "".join(f'<div class="hd"><span class="hd-l">{label}</span><span class="hd-v">{value}</span></div>'
                   for label, value in (("作者", "morningrun (晨跑)"), ("標題", "操场开放时间"),
                                        ("時間", "Sat Mar  2 19:58:40 2024")))
    pushes = "".join(_push(*p) for p in PUSHES)
    return ('<html><head><title>操场开放时间 - 看板 Campus</title></head><body>'
            '<div class="top"><a href="/">某某站</a> <a href="/b/Campus">看板 Campus</a></div>'
            f'<div id="screen" class="screen">{rows}{ARTICLE}\n{signature}'
            '<span class="st">※ 来源: 某某站(example.org), 来自: 198.51.100.3\n</span>'
            f'{pushes}</div><div class="foot">联络我们</div></body></html>')


def _body(html: str) -> str:
    processed = process_bytes(html.encode("utf-8"), "page.html", build_options())
    return "\n".join(block_text(b) for b in processed.doc.content)


def test_push_words_kept_without_id_and_time() -> None:
    text = _body(_page())
    for _, who, words, when in PUSHES:
        assert words in text
        assert who not in text and when not in text
    for line in ARTICLE.splitlines():
        assert line.rstrip("，") in text


def test_signature_stamps_and_header_rows_go() -> None:
    text = _body(_page())
    assert "清晨跑者的随手记" not in text and "198.51.100.3" not in text
    assert "2024" not in text and "morningrun" not in text


def test_push_rows_need_two_of_the_form() -> None:
    box = lxml.html.fragment_fromstring(f"<div>{_push(*PUSHES[0])}<p>别的段落。</p></div>")
    drop_push_meta(box, Audit())
    assert "pinecone" in box.text_content()  # one row alone may be somebody's words
    box = lxml.html.fragment_fromstring(f"<div>{_push(*PUSHES[0])}{_push(*PUSHES[1])}</div>")
    drop_push_meta(box, Audit())
    assert "pinecone" not in box.text_content() and PUSHES[0][2] in box.text_content()


def test_long_tail_after_separator_is_no_signature() -> None:
    tail = "--\n" + "".join(f"第{i}行附言，写得比较长的一段补充说明\n" for i in range(6))
    box = lxml.html.fragment_fromstring(f'<div>正文第一行\n正文第二行\n{tail}<div class="x">下面</div></div>')
    drop_screen_furniture(box, Audit())
    assert "第5行附言" in box.text_content()  # more than a signature's lines: words, kept

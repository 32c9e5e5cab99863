"""Property tests over the reader and the passes with random scraped-page-like input.

A short run is part of `make test`; `make fuzz` runs many more examples
(HYPOTHESIS_PROFILE=long).
"""

from __future__ import annotations

import io
import os
import re
from collections import Counter

import panflute as pf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportfmt.errors import ReportfmtError
from reportfmt.options import Options
from reportfmt.passes.elements import block_text
from reportfmt.pipeline import run_passes
from reportfmt.read.reader import read_text
from reportfmt.read.text import read_plain_text

# The normal run is derandomized: the same examples every time, so a CI run never turns
# red on a case nobody has seen; `make fuzz` (profile "long") explores new ones.
settings.register_profile("default", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

CJK_CHARS = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
MASKS = st.sampled_from(["*", "**", "****", "*.*", "*+*+*", "＊＊", "20xx年", "××", "____"])
MARKERS = st.sampled_from(["一、", "二、", "（一）", "(二)", "1.", "2、", "（1）", "①", "第一章 ", "第十条 ",
                           "第一百二十三条 ", "附件", "三. ", "⑴"])
PUNCT = st.sampled_from([",", "，", "。", ":", "：", ";", "!", "?", "(", ")", "“", "”", "\"", " ", "、"])
CHROME = st.sampled_from([
    "发布时间:2023-03-03 19:55:05", "下面是小编为大家整理的工作总结,供大家参考。", "推荐访问:",
    "版权所有:某某网 2005-2024 未经授权禁止复制", "Powered by 某某网 © All Rights Reserved.",
    "备案号: 辽ICP备05005627号-1", "上一篇:工作总结", "责任编辑:张三", "当前位置:首页>范文>正文",
    "全文预览已结束", "第2页 共2页", "相关推荐", "1、本站文档均来自网络",
])
PIECE = st.one_of(
    st.text(CJK_CHARS, min_size=1, max_size=12), MASKS, PUNCT, st.sampled_from(["2023", "3.5", "1,000", "abc"])
)
LINE = st.one_of(
    st.builds(lambda m, ps: m + "".join(ps), MARKERS, st.lists(PIECE, min_size=1, max_size=8)),
    st.builds("".join, st.lists(PIECE, min_size=1, max_size=20)),
    CHROME,
)
PAGE = st.lists(LINE, min_size=1, max_size=25).map("\n".join)

CJK = re.compile(r"[\u4e00-\u9fa5]")
MASK_CHARS = "*＊"


def dump(doc: pf.Doc) -> str:
    stream = io.StringIO()
    pf.dump(doc, stream)
    return stream.getvalue()


def kept_text(doc: pf.Doc) -> str:
    return "\n".join(block_text(b) for b in doc.content)


def cleaned(text: str, options: Options | None = None):
    doc = read_plain_text(text)
    report = run_passes(doc, options or Options())
    return doc, report


@given(PAGE)
def test_passes_raise_nothing_but_reportfmt_error(page):
    try:
        cleaned(page)
    except ReportfmtError:
        pass


@given(PAGE)
def test_no_chinese_character_or_mask_is_lost_silently(page):
    """Every CJK character and asterisk is either kept or in a recorded removed block."""
    doc, report = cleaned(page)
    removed = "".join(r["text"] for r in report.removed)
    accounted = kept_text(doc) + removed
    assert Counter(CJK.findall(accounted)) >= Counter(CJK.findall(page))
    for char in MASK_CHARS:
        assert accounted.count(char) == page.count(char)


@given(PAGE)
def test_masks_keep_their_count_with_and_without_typography(page):
    """Every masked character is in the output or in a recorded removed block, whether
    typography runs or not. (Kept text alone may differ: joining hard-wrapped lines moves
    a 推荐访问 line into the tail window, so the two settings can cut at different places.)"""
    for options in (Options(), Options().merged({"typography.enabled": False})):
        doc, report = cleaned(page, options)
        removed = "".join(r["text"] for r in report.removed)
        for char in MASK_CHARS:
            assert kept_text(doc).count(char) + removed.count(char) == page.count(char)


@given(PAGE)
def test_running_the_pipeline_twice_equals_once(page):
    doc, _ = cleaned(page)
    once = dump(doc)
    again = pf.load(io.StringIO(once))
    run_passes(again, Options())
    assert dump(again) == once


@settings(max_examples=15)
@given(st.lists(st.one_of(
    LINE.map(lambda t: f"<p>{t}</p>"),
    st.sampled_from(["<div>", "</div>", "<b>", "</b>", "<table><tr><td>甲</td><td>", "</td></tr></table>",
                     "<script>alert(1)</script>", "<iframe src='http://x.invalid/'>", "<img src=x onerror=y>",
                     "<a href='javascript:x()'>链接</a>", "&amp;", "&#x4e00;", "<br>", "<ul><li>项", "</li></ul>",
                     "<h2>", "</h2>", "<!--", "-->", "<p", "<"]),
), min_size=1, max_size=20).map("".join))
def test_html_fragments_never_crash_the_reader_or_passes(html):
    try:
        doc = read_text(f"<html><body>{html}</body></html>", source="fuzz.html", fmt="html")
        run_passes(doc, Options())
    except ReportfmtError:
        return
    kinds = set()
    doc.walk(lambda e, d: kinds.add(type(e).__name__))
    assert not kinds & {"RawInline", "RawBlock", "Image"}

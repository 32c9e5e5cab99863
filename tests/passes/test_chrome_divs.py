"""Under `pandoc --filter`, chrome the page named (nav, footer, comments) goes, recorded."""

from __future__ import annotations

import io

import panflute as pf

from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.pipeline import run_passes
from reportfmt.write.pandoc import run_pandoc

BODY = "今年以来，我们坚持以党建为引领，全面推进各项工作，取得了明显成效，群众满意度持续提升。" * 3


def pandoc_ast(html: str) -> pf.Doc:
    """The document exactly as pandoc's HTML reader gives it to a filter (native divs)."""
    return pf.load(io.StringIO(run_pandoc(["-f", "html", "-t", "json"], html.encode()).decode()))


def test_named_chrome_divs_go_and_are_recorded():
    doc = pandoc_ast(
        '<div class="nav"><a href="/">首页</a><a href="/a">范文</a></div>'
        f'<div id="content"><p>{BODY}</p></div>'
        '<div class="comment-list"><p>网友评论：写得好</p></div>'
        '<div id="footer"><p>联系我们 | 网站地图</p></div>'
    )
    report = run_passes(doc, build_options())
    kept = " ".join(block_text(b) for b in doc.content)
    assert BODY in kept
    for gone in ("首页", "网友评论", "网站地图"):
        assert gone not in kept
    assert [r["rule"] for r in report.removed] == ["chrome.nav", "chrome.comment-list", "chrome.footer"]


def test_a_chrome_named_wrapper_holding_the_article_stays():
    doc = pandoc_ast(f'<div class="nav-open"><p>{BODY}</p><p>{BODY}</p></div>')
    report = run_passes(doc, build_options())
    assert BODY in " ".join(block_text(b) for b in doc.content)
    assert not any(r["rule"].startswith("chrome.") for r in report.removed)

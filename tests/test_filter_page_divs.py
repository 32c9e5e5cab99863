"""`pandoc page.html --filter reportfmt` on a page whose article sits in a <div>, as nearly
every scraped page's does: pandoc's HTML reader keeps the <div>s, and the filter cleans the
article's lines one by one (the lead-in, the date line go; the headings are found), instead
of taking the whole <div> for one block that a line rule removed with the article in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from outputs import docx_masked_text, docx_paragraphs
from reportfmt.write.pandoc import pandoc_path

REPORTFMT = str(Path(sys.executable).with_name("reportfmt"))

PAGE = """<html><head><meta charset="utf-8"><title>2026年社区图书角工作总结_某某范文网</title></head><body>
<div class="topbar"><a href="/">首页</a> &gt; <a href="/zj/">工作总结</a></div>
<div id="wrap"><div class="article">
<p>发布时间：2026-01-12 来源：某某范文网</p>
<p>下面是小编为大家整理的2026年社区图书角工作总结，供大家参考。</p>
<div class="para-box"><p>今年以来，**社区依托闲置用房建起图书角，全年接待读者***人次。</p></div>
<p>一、主要做法</p>
<p>招募志愿者**名，轮流值守，每周开放五天。</p>
<p>二、下一步打算</p>
<p>继续充实书目，开展亲子共读活动。</p>
</div></div>
<div class="footer">版权所有 某某范文网 备案号：某ICP备00000000号</div>
</body></html>"""


def _filter(tmp_path) -> Path:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "page.docx"
    proc = subprocess.run([pandoc_path(), str(page), "--filter", REPORTFMT, "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return out


def test_article_in_divs_is_cleaned_line_by_line(tmp_path):
    out = _filter(tmp_path)
    paragraphs = [(style, text) for style, text in docx_paragraphs(out) if text]
    body = "".join(text for _, text in paragraphs)
    assert "今年以来" in body and "继续充实书目，开展亲子共读活动。" in body  # the article stays
    assert "小编" not in body and "发布时间" not in body and "版权所有" not in body
    assert [t for s, t in paragraphs if s == "Heading1"] == ["一、主要做法", "二、下一步打算"]
    assert docx_masked_text(out) == "*******"  # ** + *** + **

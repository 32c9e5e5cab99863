"""A short article printed in one box with the site's lists of headlines (issue 13, round 32).

On a page whose classes name nothing a rule knows, no box holds 70 % of the prose: the article
is <body>; the box holding the article's one paragraph is mostly links (a breadcrumb and lists
of headlines), its vote is negative and it is cut, while the site's foot, a run of sentences
with the record number, is kept: long enough to pass for an article, then removed by the footer
rules, and the page came out empty. A site's foot is no article text: a text that is only a
foot falls back to the second extractor as a short one does (extraction/site_foot.py,
extract.py). Made-up page, classes in meaningless words.
"""

from __future__ import annotations

import lxml.html

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.read.extract import extract_main
from reportfmt.read.extraction.site_foot import FOOT_MAX_CHARS, site_foot_chars

ARTICLE = ("本报讯（记者林晓）十月八日，某市统计局发布数据，前三季度全市社会消费品零售总额同比增长百分之六点二，"
           "其中餐饮收入增长较快，增幅高于全省平均水平。")
FOOT = ("欢迎各界与本网洽谈合作，有关事宜请与编辑部联系。未经本网书面许可，任何单位和个人不得转载、摘编或建立镜像，"
        "违者必究。网站备案号：某ICP备12345678号 某公网安备00000000000001号 版权所有 某某传媒")
HEADLINES = ["全市秋粮收购工作有序推进", "新建三所中学明年秋季招生", "老旧小区改造完成年度任务", "城东公园开放夜间游览",
             "地铁五号线开展联调联试", "农村公路养护里程再创新高", "社区食堂覆盖所有街道", "文化馆推出周末公益课堂"]


def _list(start: int) -> str:
    items = "".join(f'<li><a href="/n/{start + i}.html">{h}（{start + i}）</a></li>' for i, h in enumerate(HEADLINES))
    return f'<div class="kq7"><div class="kz2">热门推荐</div><ul>{items}</ul></div>'


def _page(foot: str = FOOT) -> str:
    menu = "".join(f'<a href="/c/{i}">栏目{i}</a>' for i in range(12))
    return (f'<html><head><title>消费数据发布</title></head><body><div class="kx1">{menu}</div>'
            f'<div class="kb3"><div class="kc4">当前位置：<a href="/">首页</a> &gt; <a href="/c/1">经济</a></div>'
            f'{_list(10)}<div class="kd5"><p>{ARTICLE}</p></div>{_list(30)}{_list(50)}</div>'
            f'<div class="ke6"><a href="/about">关于我们</a>|<a href="/ad">广告服务</a><br>{foot}</div></body></html>')


def test_site_foot_is_its_outermost_marked_box() -> None:
    body = lxml.html.document_fromstring(_page()).find("body")
    foot = body.find("div[@class='ke6']")  # its links counted with it, once
    assert site_foot_chars(body) == len("".join(foot.text_content().split()))
    assert site_foot_chars(lxml.html.fragment_fromstring(f"<div><p>{ARTICLE}</p></div>")) == 0


def test_a_long_text_naming_copyright_is_no_foot() -> None:
    text = ARTICLE * 6 + "作品的版权所有人是谁，下文再谈。"
    assert len(text) > FOOT_MAX_CHARS
    assert site_foot_chars(lxml.html.fragment_fromstring(f"<div><p>{text}</p></div>")) == 0


def test_a_text_that_is_only_the_sites_foot_falls_back() -> None:
    found = extract_main(_page(), learned_step=False)
    assert ARTICLE in found.text and found.extractor == "readability-lxml"
    processed = process_bytes(_page().encode("utf-8"), "short.html", build_options())
    text = "\n".join(block_text(b) for b in processed.doc.content)
    assert ARTICLE in "".join(text.split())
    assert HEADLINES[1] not in text


def test_the_same_foot_without_its_mark_is_text_as_before() -> None:
    # The rule reads the mark, not the box's place: without one the foot's sentences stay our
    # text (no fallback), as before the rule.
    plain = FOOT.split("网站备案号")[0]
    found = extract_main(_page(plain), learned_step=False)
    assert found.extractor.startswith("reportfmt") and plain[:10] in found.text

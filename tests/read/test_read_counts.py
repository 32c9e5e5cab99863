"""Counts made cheaper for speed (issue 17) give what the slower forms gave: Chinese characters
counted by deleting the rest, and the page's visible text read once for its date, author and site."""

from __future__ import annotations

import re

import lxml.html
import pytest

from reportfmt.passes.patterns import CJK
from reportfmt.read.extraction.votes import cjk_count
from reportfmt.read.htmlparse import _cjk_count
from reportfmt.read.pagemeta import page_author, page_date, page_site, visible_text

TEXTS = ["", "abc", "中文", "混合 text，有标点。", "\u3400\u4dbf\u4dc0\u4e00\u9fff\ua000", "\uf900\ufaff\ufb00",
         "𠀀扩展B不算", "全角ＡＢＣ１２３", "\u3000空格\n换行\t制表", "x" * 300 + "文" * 300]


@pytest.mark.parametrize("text", TEXTS)
def test_chinese_characters_counted_as_by_findall(text):
    assert cjk_count(text) == len(re.findall(f"[{CJK}]", text))
    assert _cjk_count(text) == len(re.findall(r"[\u3400-\u9fff]", text))


def test_counts_of_nothing():
    assert cjk_count(None) == cjk_count("") == 0
    assert cjk_count("文\u4dc0字") == 2  # a hexagram sign sits between the two ranges: not counted


PAGE = ("<html><head><meta name='author' content='L_104485'></head><body><div>来源：某某日报 作者：王小明 "
        "发布时间：2023-04-05 10:20</div><a href='/x'>相关：2020-01-01 旧文</a>"
        "<p>第一段正文，我们认真落实各项工作。</p></body></html>")


def test_the_page_text_read_once_answers_as_read_each_time():
    root = lxml.html.document_fromstring(PAGE)
    article = "第一段正文，我们认真落实各项工作。"
    page = visible_text(root)
    assert "旧文" not in page  # link text is other pages'
    assert page_date(root, article, page) == page_date(root, article) == "2023-04-05"
    assert page_author(root, article, page) == page_author(root, article) == "王小明"
    assert page_site(root, article, page) == page_site(root, article) == "某某日报"

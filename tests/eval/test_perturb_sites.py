"""perturb_sites.py decorates a page line and its label the same way, so the scoring stays exact.

The page is made up (an annotated page in sites_devset's format, written for this test); its labels
are built by sites_devset.build_page as the dev set's are.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from perturb_forms import PERTURBATIONS, char_table, line_form
from perturb_sites import SCOPES, classify, perturb_page
from sites_devset import build_page, fold

ANNOTATED = """\
[t]关于开展秋季校园安全检查的工作总结
[c:meta-lines]来源:某某县教育局  作者:李明
[c:meta-lines]发布时间：2023-09-18 浏览次数：86
[h1]一、检查的基本情况
检查时间:9月11日至15日
本次检查覆盖全县十二所中小学，重点查看了消防通道、食堂和实验室的管理台账。
[h1]二、存在的问题
[c:lead-in]为你推荐更多精彩的工作总结范文
部分学校的灭火器已经过期，值班记录填写也不够完整，需要尽快整改到位。
[c:share]分享到：微信 微博 QQ空间
"""


@pytest.fixture(scope="module")
def page():
    raw, labels = build_page("https://example.org/zongjie/1.html", ANNOTATED.splitlines(), split="tuned")
    return raw, labels


def held(labels: dict, raw: str) -> tuple[list[str], list[str]]:
    """The chrome keys and body snippets of the labels that the page text holds (folded)."""
    folded = fold(raw)
    chrome = [c["before"] + c["text"] + c["after"] for c in labels["chrome"]]
    return ([k for k in chrome if k in folded], [s for s in labels["keep"] if s in folded])


def test_the_page_lines_are_classified_by_their_labels(page):
    raw, labels = page
    kinds = [line.kind for line in classify(labels, raw) if line.kind != "blank"]
    assert kinds == ["title", "chrome", "chrome", "heading", "body", "body", "heading", "chrome", "body",
                     "chrome"]


@pytest.mark.parametrize("name", PERTURBATIONS)
@pytest.mark.parametrize("scope", SCOPES)
def test_every_label_still_names_a_text_of_the_decorated_page(page, name, scope):
    raw, labels = page
    perturbed = perturb_page(labels, raw, name, scope, seed=18)
    assert perturbed is not None, f"{name} [{scope}] decorated nothing on a page made to hold its form"
    assert perturbed.raw != raw
    chrome, keep = held(perturbed.page, perturbed.raw)
    assert len(chrome) == len(perturbed.page["chrome"]) and len(keep) == len(perturbed.page["keep"])
    assert perturbed.unmatchable == 0
    for heading in perturbed.page["headings"]:
        assert fold(heading["text"]) in fold(perturbed.raw)
    assert fold(perturbed.page["title"]) in fold(perturbed.raw)


def test_a_chrome_only_decoration_leaves_the_document_lines_alone(page):
    raw, labels = page
    perturbed = perturb_page(labels, raw, "bullet", "chrome", seed=18)
    body = [line for line in raw.splitlines() if not line.startswith(("来源", "发布", "为你", "分享"))]
    assert len(body) == 6
    assert all(line in perturbed.raw.splitlines() for line in body)
    decorated = [c[2] for c in perturbed.changed]
    assert len(decorated) == 4 and all(line[0] in "•·|■>" for line in decorated)
    # The label is the decorated line's first characters, bullet and all.
    assert [c["text"] for c in perturbed.page["chrome"]] == [fold(line)[:24] for line in decorated]


def test_traditional_script_maps_the_heading_title_and_line_alike(page):
    raw, labels = page
    perturbed = perturb_page(labels, raw, "traditional", "body", seed=18)
    assert perturbed.page["title"] == "關於開展秋季校園安全檢查的工作總結"
    assert [h["text"] for h in perturbed.page["headings"]] == ["一、檢查的基本情況", "二、存在的問題"]
    assert "一、檢查的基本情況" in perturbed.raw.splitlines()
    # Chrome lines are the site's, untouched in the body scope.
    assert "为你推荐更多精彩的工作总结范文" in perturbed.raw.splitlines()


def test_a_wrapped_chrome_line_is_two_chrome_labels(page):
    raw, labels = page
    perturbed = perturb_page(labels, raw, "wrap", "chrome", seed=18)
    assert len(perturbed.page["chrome"]) == 2 * len(labels["chrome"])
    lines = perturbed.raw.splitlines()
    first = lines.index("为你推荐更多精")
    assert lines[first + 1] == "彩的工作总结范文"


def test_a_glued_chrome_line_keeps_its_own_label(page):
    raw, labels = page
    perturbed = perturb_page(labels, raw, "glue-next", "chrome", seed=18)
    glued = "为你推荐更多精彩的工作总结范文 部分学校的灭火器已经过期，值班记录填写也不够完整，需要尽快整改到位。"
    assert glued in perturbed.raw.splitlines()
    assert [c["text"] for c in perturbed.page["chrome"]] == [c["text"] for c in labels["chrome"]]


def test_the_character_forms():
    # Full-width forms written as escapes (ruff flags the look-alike glyphs).
    assert line_form("fullwidth", "浏览次数:86", None) == "浏览次数\uff1a\uff18\uff16"
    assert line_form("halfwidth", "浏览次数：\uff18\uff16，共（\uff13）页", None) == "浏览次数:86,共(3)页"
    # Only characters with one traditional form are changed: 发 (發/髮) and 后 (後/后) are not.
    table = char_table("traditional")
    assert "总结".translate(table) == "總結"
    assert ord("发") not in table and ord("后") not in table

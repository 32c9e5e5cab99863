"""A box's label ("为你推荐：") printed above an answer whose points are a bulleted list of
sentences (round 35: a page whose side boxes come before the text, perturb_extract side-first):
the list's items are the text's prose, so the label goes alone and the answer stays. A box of
other pages' titles printed as a list still goes whole. Fixtures written for the project."""

from __future__ import annotations

from helpers import texts
from reportfmt.options import build_options
from reportfmt.pipeline import run_passes
from reportfmt.read.html import read_html

POINTS = [
    "水汽上升：地面的水分受热蒸发，随着空气升到高空，遇冷凝结成小水滴，聚集成云。",
    "凝结核：空气里的尘埃给水汽凝结提供了核心，小水滴越积越大，最后变成雨落下来。",
    "锋面活动：冷暖空气相遇的时候，暖空气被抬升，水汽冷却凝结，于是形成大范围的降雨。",
]


def _clean(items: list[str], label: str = "为你推荐：") -> tuple[list[str], list[tuple[str, str]]]:
    html = ("<html><body><p>下载某某问答手机版，随时随地提问。</p><h2>天为什么会下雨</h2>"
            f"<h3>{label}</h3><p>下雨的原因有很多，各地的气候也不一样。下面是几个常见的原因：</p>"
            f"<ul>{''.join(f'<li>{item}</li>' for item in items)}</ul></body></html>")
    doc = read_html(html, extract=False)
    report = run_passes(doc, build_options({}))
    return texts(doc), [(r["text"], r["rule"]) for r in report.removed]


def test_an_answers_listed_points_under_a_box_label_stay():
    kept, removed = _clean(POINTS)
    assert "下雨的原因有很多，各地的气候也不一样。下面是几个常见的原因：" in kept
    listed = "".join(kept[-1].split())  # the list is one block, its items in order
    assert listed == "".join(POINTS)
    assert ("为你推荐：", "recommendations.recommended-reading") in removed


def test_a_listed_box_of_titles_still_goes_whole():
    titles = ["天为什么是蓝色的", "彩虹是怎么形成的", "打雷的时候为什么先看到闪电", "雪花为什么是六角形的"]
    kept, _removed = _clean(titles, "相关推荐")
    assert not any(title in kept for title in titles)

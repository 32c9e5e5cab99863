"""Board layouts named by nothing a rule knows (tests/data/threads4): the starter's post kept,
the board's chrome gone, and under `extract.replies: sections` each reply headed by its own
author and time, the starter's post not headed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.read.encodings import decode
from reportfmt.read.extract import extract_main
from reportfmt.read.html import clean_tree

PAGES = Path(__file__).resolve().parents[1] / "data" / "threads4"
sys.path.insert(0, str(PAGES.parents[1] / "eval"))
from scoring import char_score  # noqa: E402

# What each layout prints around the posts: none of it may survive the default conversion.
CHROME = {
    "tablefloors": ["注册时间", "积分", "发表于", "只看该作者", "种花种菜", "举报", "快速回复", "版权所有"],
    "floorbar": ["本吧达人", "来自Android", "2楼", "只看楼主", "本吧热议", "发表回复", "贴吧协议"],
    "askbest": ["最佳答案", "擅长", "赞同", "其他3条回答", "相关问题", "浏览"],
    "mobilethread": ["打开App", "楼主", "全部回复", "3天前", "赞 9", "大家都在看", "用户协议"],
    "blogcomments": ["阅读 2,310", "标签", "上一篇", "周末不加班", "拆电池这个提醒", "发表评论", "近期文章"],
}
# The replies' headings under extract.replies: sections, in order (the starter's post has none).
HEADINGS = {
    "tablefloors": ["老园丁阿福 · 2024-6-3 22:40", "青椒炒肉丝 · 2024-6-4 07:05", "晴天的向日葵 · 2024-6-4 12:31"],
    "floorbar": ["骑单车的阿杰 · 2024-05-06 13:02", "桂花酒酿圆子 · 2024-05-06 13:40", "夜猫子小周 · 2024-05-07 09:15"],
    "mobilethread": ["走走停停 · 3天前", "三木的背包 · 2天前", "海风吹过的夏天 · 2天前", "秋秋爱吃鱼 · 1天前"],
}


def _flat(text: str) -> str:
    return "".join(text.split())


def _convert(name: str, **options) -> str:
    page = PAGES / f"{name}.html"
    processed = process_bytes(page.read_bytes(), page.name, build_options(options or None))
    return "\n".join(block_text(b) for b in processed.doc.content)


@pytest.mark.parametrize("name", sorted(CHROME))
def test_each_layout_keeps_every_post_and_loses_its_chrome(name):
    text = _convert(name)
    gold = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    for line in gold.splitlines():
        assert _flat(line) in _flat(text), line
    for chrome in CHROME[name]:
        assert _flat(chrome) not in _flat(text), chrome
    assert char_score(text, gold).f1 >= 0.98


@pytest.mark.parametrize("name", sorted(HEADINGS))
def test_replies_as_sections_carry_their_own_author_and_time(name):
    page = decode((PAGES / f"{name}.html").read_bytes())
    found = extract_main(clean_tree(page), replies="sections")
    headings = [" ".join(h.text_content().split()) for h in found.article.iter("h2")]
    assert headings == HEADINGS[name]
    starter = (PAGES / f"{name}.txt").read_text(encoding="utf-8").splitlines()[0]
    assert _flat(starter) in _flat(found.text)


def test_a_members_second_post_keeps_its_author_though_the_panel_went_as_a_copy():
    page = decode((PAGES / "tablefloors.html").read_bytes())
    found = extract_main(clean_tree(page), replies="sections")
    assert any(r.rule == "extract.repeat" and "青椒炒肉丝" in r.text for r in found.removed)
    assert "青椒炒肉丝 · 2024-6-4 07:05" in [" ".join(h.text_content().split()) for h in found.article.iter("h2")]


def test_drop_keeps_the_first_floor_under_the_title_box_as_the_starter():
    text = _flat(_convert("floorbar", extract={"replies": "drop"}))
    assert "以前在老电影院后面那条巷子口" in text
    assert "搬到新桥菜市场二楼了" not in text

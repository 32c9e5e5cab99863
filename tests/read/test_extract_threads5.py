"""The tuning layouts of tests/data/threads5 (layouts no earlier thread set covers): every
post's words kept, the layout's chrome gone. The held layouts are measured by make
eval-extract only: no test names their text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text

PAGES = Path(__file__).resolve().parents[1] / "data" / "threads5"
sys.path.insert(0, str(PAGES.parents[1] / "eval"))
from scoring import char_score  # noqa: E402

# What each tuning layout prints around the words: none of it may survive the conversion.
CHROME = {
    "mailarchive": ["写道", "骑车上班第六年", "上一封消息", "消息排序方式", "zhouxb at example.net"],
    "lzlfloors": ["小满种花", "阿南的阳台", "周末去花市", "多肉老王", "还有2条回复", "我也说一句", "本吧热议"],
    "netease": ["示例网江苏省南京市网友", "[城西老司机]", "顶[1208]", "热门跟帖", "我要跟帖", "热点推荐"],
    "discuzmobile": ["只看该作者", "发表于", "沙发", "板凳", "本帖最后由", "电脑版"],
    "weibo": ["爱看书的豆豆妈", "退休老周", "下班去跑步", "来自 微博", "查看更多", "热门微博"],
    "oldreddit": ["milk_tea_cat", "31分", "4小时前", "永久链接", "位读者", "友善讨论"],
}


def test_the_tuning_layouts_are_the_ones_engines_json_deals_to_tuning():
    engines = json.loads((PAGES / "engines.json").read_text(encoding="utf-8"))["engines"]
    assert sorted(CHROME) == sorted(name for name, entry in engines.items() if entry["half"] == "tune")


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", sorted(CHROME))
def test_each_tuning_layout_keeps_every_post_and_loses_its_chrome(name):
    page = PAGES / f"{name}.html"
    processed = process_bytes(page.read_bytes(), page.name, build_options())
    text = "\n".join(block_text(b) for b in processed.doc.content)
    gold = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    for line in gold.splitlines():
        assert _flat(line) in _flat(text), line
    for chrome in CHROME[name]:
        assert _flat(chrome) not in _flat(text), chrome
    assert char_score(text, gold).f1 >= 0.98

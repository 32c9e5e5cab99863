"""The learned line scorer experiment (tests/eval/learned_lines.py): what it trains on and how it judges."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
pytest.importorskip("scipy")
from learned_lines import features, guarded, score, train, tune_pages
from sites_devset import HELD_FILES, own_pages

AUTHOR_LINE = "一段正文的句子写得很长，说明本单位今年的工作情况和主要做法。"


def record(text: str, zone: str = "head", origin: int = 1, total: int = 30, kind: str = "Para",
           before=("removed", "meta-lines"), after=("Para", AUTHOR_LINE)) -> dict:
    around = {-1: before, 1: after, -2: ("edge", None), 2: ("Para", None), -3: ("edge", None), 3: ("Para", None)}
    return {"origin": origin, "total": total, "text": text, "kind": kind, "zone": zone, "distance": 1,
            "around": around, "title": "某某学校年度工作总结", "removed_share": 0.2}


def test_it_trains_on_own_tune_pages_only():
    # own-check, own-held (last round's files) and own-new are never read by the experiment.
    mine = {labels["id"] for _, labels, _ in tune_pages()}
    tune = {labels["id"] for _, labels in own_pages() if labels["split"] == "own-tune"}
    assert mine == tune
    assert not any(labels["file"].startswith(HELD_FILES) for _, labels, _ in tune_pages())


def test_a_model_learns_a_counter_line_from_an_author_line_by_their_form():
    chrome = [record(f"阅读 {n} 次 | 评论 {n % 7}") for n in range(40)]
    body = [record(f"第{n}小组组长：张某某", zone="body", origin=12, before=("Para", "上一段。"))
            for n in range(40)]
    model = train([(features(r), 1) for r in chrome] + [(features(r), 0) for r in body], c=1.0)
    unseen_chrome = record("浏览 812 次 | 收藏 3")
    unseen_body = record("第九小组组长：王某某", zone="body", origin=12, before=("Para", "上一段。"))
    assert score(model, features(unseen_chrome)) > 0 > score(model, features(unseen_body))


def test_the_documents_structure_masks_and_prose_are_never_judged():
    assert guarded(record("一、主要工作"))
    assert guarded(record("全年完成产值***万元"))
    assert guarded(record("某某", kind="Header"))
    assert guarded(record("今年以来，我们围绕中心工作，扎实推进各项任务，取得了较好的成绩，群众满意度持续提升，"
                          "各项指标均超额完成，全体职工的收入也有了明显的增长，为明年的发展打下了坚实的基础。"))
    assert not guarded(record("阅读 12 次"))

"""Manifest records of a large batch, generated (no conversion): for sizing the review page.

Shaped like real records of scraped report pages: Chinese folder and file names inside an
archive, titles of 15-35 characters, 3-12 removed blocks of several rule families, 2,000-
6,000 characters of kept text, up to 150 masks with context, 3-8 headings, a few sites and
extractors, errors, and one record in ten in a duplicate group.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

WORDS = ("社区", "街道", "党建", "工作", "总结", "报告", "服务", "治理", "推进", "落实", "年度", "科技园", "学校",
         "安全", "生产", "发展", "改革", "创新", "民生", "实事", "组织", "建设", "干部", "群众", "经济", "项目")
FAMILIES = {"metadata": ("title", "date"), "lead-in": ("xiaobian-lead-in",), "footer": ("copyright", "icp-number"),
            "recommendations": ("recommended-reading",), "meta-lines": ("breadcrumb", "view-count"),
            "extract": ("nav", "comments"), "title": ("repeated-title",)}
SITES = [f"{a}{b}网" for a in ("青禾", "明远", "知行", "润泽", "博文", "启航", "新枝", "远山")
         for b in ("范文", "文库", "秘书")]


_POOL: list[str] = []


def words(rng: random.Random, count: int) -> str:
    """`count` words: a slice of a long generated text (drawing each word is slow at this scale)."""
    if not _POOL:
        pool_rng = random.Random(0)
        _POOL.extend(pool_rng.choice(WORDS) for _ in range(200_000))
    start = rng.randrange(len(_POOL) - count)
    return "".join(_POOL[start : start + count])


def record(rng: random.Random, n: int, light: bool = False) -> dict:
    """One record; `light` keeps its texts short (the summary the page opens with holds none)."""
    site = rng.choice(SITES)
    source = f"范文档案{n % 7}.zip!{site}/{2015 + n % 10}年/{words(rng, 3)}-{n:05d}.html"
    if rng.random() < 0.02:
        return {"source": source, "status": "error", "error": f"{source}: cannot decode the page",
                "outputs": {}, "title": None, "date": None, "author": None, "site": None, "removed": [],
                "headings": [], "masks": []}
    paragraphs = [words(rng, rng.randint(20, 60)) + "。" for _ in range(2 if light else rng.randint(15, 40))]
    removed = []
    for _ in range(rng.randint(3, 12)):
        family = rng.choice(list(FAMILIES))
        removed.append({"text": words(rng, rng.randint(3, 30)), "rule": f"{family}.{rng.choice(FAMILIES[family])}"})
    masks = [{"text": "*" * rng.randint(1, 4), "kind": rng.choice(("number", "place", "other")),
              "detector": "asterisk", "context": "" if light else words(rng, 12)} for _ in range(rng.randint(0, 150))]
    stem = f"out/{site}/{n:05d}"
    duplicate = None
    if n % 10 == 9:
        duplicate = {"source": f"范文档案0.zip!{SITES[0]}/2015年/x-{n - 9:05d}.html", "similarity": 0.93,
                     "exact": False, "group": f"范文档案0.zip!{SITES[0]}/2015年/x-{n - 9:05d}.html"}
    return {
        "source": source, "status": "ok", "error": None,
        "outputs": {"docx": f"{stem}.docx", "pdf": f"{stem}.pdf", "epub": f"{stem}.epub"},
        "title": f"{2015 + n % 10}年{words(rng, rng.randint(6, 15))}", "date": f"{2015 + n % 10}-0{1 + n % 9}-1{n % 9}",
        "author": None, "site": site, "removed": removed,
        "headings": [{"level": 1 + i % 2, "text": words(rng, 5)} for i in range(rng.randint(3, 8))],
        "masks": masks, "kept_text": "\n".join(paragraphs), "extractor": rng.choice(("dom", "dom", "whole-page")),
        "removed_at": [rng.randint(0, len(paragraphs)) for _ in removed], "duplicate_of": duplicate,
        "rel": f"{site}/{n:05d}.html", "input_sha256": "0" * 64, "options_key": "0" * 16, "seconds": 0.4,
    }


def write_manifest(path: Path, count: int, seed: int = 16, light: bool = False) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps(record(rng, n, light), ensure_ascii=False) + "\n")

"""Train the learned block scorer (read/extraction/learned.py) and cross-validate it by site.

    python tests/eval/train_blocks.py [--corpus DIR] [--write]   (make train-blocks)

Pages: web-gold, web-magic (both halves) and tests/data/threads, threads2, threads3, grouped
by site (web-magic: its host; web-gold: its address's host; a site with pages in both sets is
one group; an engine page: its engine). A block is content when at least LABEL_SHARE of its character 4-grams are in
the page's gold. The model is a logistic regression (numpy: a development tool, never a
runtime dependency) fitted by gradient descent with an L2 penalty.

Grouped k-fold (k=5, sites dealt to folds by a hash of the site name): each fold's model is
trained on the other folds' sites and scores this fold's pages. Printed per page kind: the
mean F1 of the rule-based pass's text and of the text each use of the scorer gives, at the
extraction step (extract_main's text against the gold; make eval-extract scores the whole
pipeline). --write fits one model on every page and writes blocks_model.json.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from eval_extract import (
    DEFAULT_CORPUS,
    THREADS,
    THREADS2,
    THREADS3,
    Page,
    thread_pages,
    web_gold_pages,
    web_gold_site,
    web_magic_pages,
)
from scoring import char_score

from reportfmt.read.encodings import decode
from reportfmt.read.extract import extract_main
from reportfmt.read.extraction import learned
from reportfmt.read.html import clean_tree

LABEL_SHARE = 0.5
FOLDS = 5
L2 = 1e-2
STEPS = 600
RATE = 0.5


@dataclass
class PageData:
    page: Page
    group: str
    rows: list[list[float]]
    labels: list[int]
    texts: list[str]
    kept: str
    in_kept: list[bool]  # the rules' text holds most of the block


def fold_models(pages: list[tuple[Page, str]]) -> tuple[dict[str, learned.Model], dict[str, int]]:
    """Each page's model (trained on the other folds' sites) by page name, and each group's fold."""
    data = [page_data(p, g, with_rules=False) for p, g in pages]
    assign = folds([d.group for d in data])
    models = {}
    for k in range(FOLDS):
        model = fit([d for d in data if assign[d.group] != k])
        models.update({d.page.name: model for d in data if assign[d.group] == k})
    return models, assign


def group_of(page: Page, label: str) -> str:
    """The page's site: its host (web-magic), its address's host (web-gold), its engine. A site
    with pages in both corpus sets is one group (sina, sohu, 163, yahoo, wikipedia are): a fold
    that holds out a site holds out all its pages, so no model is scored on a site it saw in
    the other set. The engine pages are made up in an engine's shape: a group of their own."""
    if label == "engine":
        return f"engine:{page.site}"
    return f"site:{web_gold_site(page) if label == 'gold' else page.site}"


def set_of(d: PageData) -> str:
    """The set a page comes from (its group names its site only: a site spans both corpus sets)."""
    if d.group.startswith("engine:"):
        return "engine"
    return "magic" if d.page.name.startswith("magic-html") else "gold"


def all_pages(corpus: Path) -> list[tuple[Page, str]]:
    pages: list[tuple[Page, str]] = []
    if (corpus / "web-magic").is_dir():
        pages += [(p, group_of(p, "magic")) for p in web_magic_pages(corpus)]
        pages += [(p, group_of(p, "gold")) for p in web_gold_pages(corpus)]
    for root in (THREADS, THREADS2, THREADS3):
        pages += [(p, group_of(p, "engine")) for p in thread_pages(root)]
    return pages


def page_data(page: Page, group: str, with_rules: bool = True) -> PageData:
    """The page's blocks, features and labels; with_rules: also which blocks the rules keep."""
    source = clean_tree(decode(page.html.read_bytes()))
    kept = "".join(extract_main(source, learned_step=False).text.split()) if with_rules else ""
    body = source.find("body") if source.find("body") is not None else source
    blocks = learned.own_blocks(body)
    rows = learned.page_features(blocks)
    gold = "".join(page.gold.split())
    gold_grams, kept_grams = learned.grams(gold), learned.grams(kept)
    labels = [int(learned.coverage_label(b.text, gold_grams, gold) >= LABEL_SHARE) for b in blocks]
    in_kept = [learned.coverage_label(b.text, kept_grams, kept) >= LABEL_SHARE for b in blocks]
    return PageData(page, group, rows, labels, [b.text for b in blocks], kept, in_kept)


def fit(data: list[PageData]) -> learned.Model:
    x = np.array([r for d in data for r in d.rows], dtype=float)
    y = np.array([v for d in data for v in d.labels], dtype=float)
    # Each page weighs the same whatever its number of blocks (a long thread is one page).
    w = np.concatenate([np.full(len(d.rows), 1.0 / max(1, len(d.rows))) for d in data])
    w *= len(w) / w.sum()
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    coef = np.zeros(z.shape[1])
    bias = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(z @ coef + bias)))
        g = (p - y) * w
        coef -= RATE * (z.T @ g / len(y) + L2 * coef)
        bias -= RATE * g.mean()
    return learned.Model(tuple(coef.tolist()), float(bias), tuple(mean.tolist()), tuple(scale.tolist()))


def folds(groups: list[str]) -> dict[str, int]:
    """Sites ordered by hash and dealt round-robin: folds of near-equal site counts."""
    order = sorted(set(groups), key=lambda g: hashlib.sha256(g.encode()).hexdigest())
    return {g: i % FOLDS for i, g in enumerate(order)}


def variants(d: PageData, probs: list[float]) -> dict[str, str]:
    kept = d.in_kept
    out = {"rules": d.kept, "rules-blocks": "".join(t for t, k in zip(d.texts, kept, strict=True) if k),
           "learned": "".join(t for t, p in zip(d.texts, probs, strict=True) if p >= 0.5)}
    for low in (0.05, 0.1, 0.2):  # the vote on the rules' article (learned_vote.py: 0.1)
        out[f"drop<{low}"] = "".join(t for t, p, k in zip(d.texts, probs, kept, strict=True) if k and p >= low)
    for high in (0.8, 0.9, 0.95):
        out[f"add>{high}"] = "".join(t for t, p, k in zip(d.texts, probs, kept, strict=True) if k or p >= high)
    return out


def load(corpus: Path, cache: Path | None) -> list[PageData]:
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    data = [page_data(p, g) for p, g in all_pages(corpus)]
    if cache:
        cache.write_bytes(pickle.dumps(data))
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--write", action="store_true", help="fit on every page and write the model")
    parser.add_argument("--cache", type=Path, help="pickle of the features (development speed-up)")
    args = parser.parse_args(argv)
    data = load(args.corpus, args.cache)
    assign = folds([d.group for d in data])
    results: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for k in range(FOLDS):
        train = [d for d in data if assign[d.group] != k]
        model = fit(train)
        for d in (d for d in data if assign[d.group] == k):
            probs = [model.probability(r) for r in d.rows]
            kind = d.page.kind if d.page.kind != "any" else "article"
            for name, text in variants(d, probs).items():
                f1 = char_score(text, d.page.gold).f1
                results[name][kind].append(f1)
                results[name]["all"].append(f1)
                results[name][f"{set_of(d)}-{kind}"].append(f1)
    print(f"== grouped {FOLDS}-fold by site, extraction step, mean F1 ({len(data)} pages, "
          f"{len(assign)} sites)")
    for name, kinds in results.items():
        print(f"   {name:<12}" + "  ".join(f"{k} {statistics.mean(v):.3f} ({len(v)})"
                                         for k, v in sorted(kinds.items())))
    if args.write:
        model = fit(data)
        learned.MODEL_PATH.write_text(__import__("json").dumps(model.to_json()), encoding="utf-8")
        print(f"wrote {learned.MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Train the learned block scorer (read/extraction/learned.py) and cross-validate it by site.

    python tests/eval/train_blocks.py [--corpus DIR] [--write]   (make train-blocks)

Pages: web-gold, web-magic (both halves) and tests/data/threads, threads2, threads3, grouped
by site (web-magic: its host; web-gold: the host most of its links point to; an engine page:
its engine). A block is content when at least LABEL_SHARE of its character 4-grams are in
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
from collections import Counter, defaultdict
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
    site_of,
    thread_pages,
    web_gold_pages,
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


def web_gold_site(page: Page) -> str:
    """The host most of the page's absolute links point to (its own site, as a rule)."""
    tree = clean_tree(decode(page.html.read_bytes()))
    hosts = Counter(site_of(h) for h in tree.xpath("//a/@href") if h.startswith("http"))
    return hosts.most_common(1)[0][0] if hosts else page.name


def all_pages(corpus: Path) -> list[tuple[Page, str]]:
    pages: list[tuple[Page, str]] = []
    if (corpus / "web-magic").is_dir():
        pages += [(p, "magic:" + p.site) for p in web_magic_pages(corpus)]
        pages += [(p, "gold:" + web_gold_site(p)) for p in web_gold_pages(corpus)]
    for root in (THREADS, THREADS2, THREADS3):
        pages += [(p, "engine:" + p.site) for p in thread_pages(root)]
    return pages


def page_data(page: Page, group: str) -> PageData:
    source = clean_tree(decode(page.html.read_bytes()))
    found = extract_main(source, learned_step=False)
    kept = "".join(found.text.split())
    body = source.find("body") if source.find("body") is not None else source
    blocks = learned.own_blocks(body)
    rows = learned.page_features(blocks, kept)
    gold = "".join(page.gold.split())
    grams = {gold[i:i + 4] for i in range(len(gold) - 3)}
    labels = [int(learned.coverage_label(b.text, grams, gold) >= LABEL_SHARE) for b in blocks]
    return PageData(page, group, rows, labels, [b.text for b in blocks], kept)


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


def fold_of(group: str) -> int:
    return int(hashlib.sha256(group.encode()).hexdigest(), 16) % FOLDS


def folds(groups: list[str]) -> dict[str, int]:
    """Sites ordered by hash and dealt round-robin: folds of near-equal site counts."""
    order = sorted(set(groups), key=lambda g: hashlib.sha256(g.encode()).hexdigest())
    return {g: i % FOLDS for i, g in enumerate(order)}


def variants(d: PageData, probs: list[float]) -> dict[str, str]:
    kept = [r[6] >= 0.5 for r in d.rows]
    out = {"rules": d.kept, "rules-blocks": "".join(t for t, k in zip(d.texts, kept) if k), "learned": "".join(t for t, p in zip(d.texts, probs) if p >= 0.5)}
    for low in (0.05, 0.1, 0.2):
        out[f"drop<{low}"] = "".join(t for t, p, k in zip(d.texts, probs, kept) if k and p >= low)
    for high in (0.8, 0.9, 0.95):
        out[f"add>{high}"] = "".join(t for t, p, k in zip(d.texts, probs, kept) if k or p >= high)
    out["drop.1add.9"] = "".join(t for t, p, k in zip(d.texts, probs, kept) if (k and p >= 0.1) or p >= 0.9)
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
                results[name][d.group.split(":")[0] + "-" + kind].append(f1)
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

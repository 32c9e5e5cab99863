"""Train the chrome-line scorer (passes/boilerplate/scored.py) and measure it out of fold.

Usage: python tests/eval/train_chrome.py ANNOTATED_DIR RAW_DIR [--raw-lines] [--write] [--folds K]
       python tests/eval/train_chrome.py --own [...]  (the own-words pages: tests/eval/loso_own.py)
       (make train-chrome ANNOTATED=... SITES=...: --raw-lines --write)

The labelled template-site pages (tests/eval/sites_devset.py: tuned, held, fresh, fresh2; the
latest fresh split is never used) are run through the pipeline with the scorer collecting the
lines it may judge (short non-prose lines in the head, the tail, or between removed chrome).
Each such line takes its label from the annotated page: its chrome family, or body (a heading
or a line of text). A logistic regression (chrome or body; plain Python, SGD with L2) and a
naive Bayes over the chrome lines (which family) are trained on them. With --raw-lines, every
labelled line of the page text before any rule (in the head or the tail) is a training example
too: the several hundred chrome lines the rules already take teach the shape of chrome as well.

Measured with site-grouped K-fold cross-validation (a site's pages are all in one fold): each
fold's lines are scored by a model trained on the other folds. The threshold is the lowest one
at which no body line of any fold scores as chrome (body kept 100 % out of fold), and the
pipeline is run on every page with its fold's model to print eval_sites' numbers per split,
beside the rules alone. `--write` trains on all pages and writes chrome_model.json.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import panflute as pf

sys.path.insert(0, str(Path(__file__).parent))
import eval_sites
from sites_devset import _LINE_TAG, _strip_inline, build_page, fold, parse_pages

from reportfmt.passes.boilerplate import scored

TRAIN_SPLITS = ("tuned", "held", "fresh", "fresh2")
SOURCES = ((".", None), ("fresh", "fresh"), ("tuned", "tuned"), ("fresh2", "fresh2"))
EPOCHS = 20
RATE = 0.2
L2 = 1e-4
# Weights smaller than this are left out of the shipped model (they change no decision).
PRUNE = 0.02
# A family's table keeps the features seen on this many of its lines (rarer ones score as
# unseen): the model stays small, read in a couple of milliseconds by a filter call.
FAMILY_MIN_COUNT = 3
# The threshold sits this far above the highest-scoring body line out of fold.
MARGIN = 0.02
NEVER = 2.0  # a threshold no probability reaches: the rules alone


def line_tags(lines: list[str]) -> dict[str, str | None]:
    """fold(raw line) -> its family, "body", or None (title, or chrome inside the line)."""
    tags: dict[str, str | None] = {}
    for annotated in lines:
        kinds = [m.group(1) for m in _LINE_TAG.finditer(annotated)]
        line, inline = _strip_inline(_LINE_TAG.sub("", annotated))
        key = fold(line)
        if not key:
            continue
        family = next((k[2:] for k in kinds if k.startswith("c:")), None)
        tag = family if family else (None if "t" in kinds or inline else "body")
        if key in tags and tags[key] != tag:
            tag = None  # the same line labelled two ways on one page: no lesson
        tags[key] = tag
    return tags


def load_pages(annotated: Path) -> list[dict]:
    pages, seen = [], set()
    for folder, split in SOURCES:
        for path in sorted((annotated / folder).glob("*.txt")):
            for url, lines in parse_pages(path.read_text(encoding="utf-8")):
                if url in seen:
                    continue
                seen.add(url)
                raw, labels = build_page(url, lines, split)
                if labels["split"] in TRAIN_SPLITS:
                    pages.append({"labels": labels, "raw": raw, "tags": line_tags(lines)})
    return pages


def fold_of(site: str, folds: int) -> int:
    return hashlib.sha1(site.encode()).digest()[1] % folds


def collect(page: dict) -> list[tuple[list[str], str]]:
    """(features, label) of the lines the scorer would judge on this page."""
    scored.collector = []
    try:
        eval_sites.output_of(page["raw"])
        found = scored.collector
    finally:
        scored.collector = None
    examples, seen = [], set()
    for text, feats in found:
        tag = page["tags"].get(fold(text))
        # The pipeline may clean a page more than once (it checks a second run changes nothing).
        if tag is not None and text not in seen:
            seen.add(text)
            examples.append((feats, tag, words_of(text, feats)))
    return examples


def raw_examples(page: dict) -> list[tuple[list[str], str]]:
    """(features, label) of the page's own lines before any rule: every labelled chrome line
    teaches the shape of chrome, not only those the rules leave (training only; the out-of-fold
    measurement scores the lines the rules leave)."""
    blocks = [(i, pf.Para(pf.Str(line))) for i, line in enumerate(page["raw"].splitlines()) if line.strip()]
    examples = []
    for _index, text, zone, distance in scored.candidates(blocks, set()):
        tag = page["tags"].get(fold(text))
        if tag is not None:
            feats = scored.features(text, zone, distance)
            examples.append((feats, tag, words_of(text, feats)))
    return examples


def train_weights(examples: list[tuple[list[str], str]], seed: int = 0) -> dict[str, float]:
    weights: dict[str, float] = defaultdict(float)
    order = list(range(len(examples)))
    rng = random.Random(seed)
    positives = sum(1 for _, tag in examples if tag != "body")
    # Chrome lines are the rarer class: weigh them so that both classes count alike.
    chrome_weight = (len(examples) - positives) / max(1, positives)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for i in order:
            feats, tag = examples[i]
            feats = set(feats)
            y = 0.0 if tag == "body" else 1.0
            p = scored.chrome_probability(list(feats), weights)
            gradient = (y - p) * (chrome_weight if y else 1.0)
            weights[""] += rate * gradient
            for f in feats:
                weights[f] += rate * (gradient - L2 * weights[f])
    return dict(weights)


def train_families(examples: list[tuple[list[str], str]]) -> dict[str, dict[str, float]]:
    counts: dict[str, Counter] = defaultdict(Counter)
    lines = Counter()
    for feats, tag in examples:
        if tag != "body":
            counts[tag].update(set(feats))
            lines[tag] += 1
    vocabulary = len({f for c in counts.values() for f in c})
    total = sum(lines.values())
    families = {}
    for family, c in counts.items():
        denominator = sum(c.values()) + vocabulary
        table = {f: round(math.log((n + 1) / denominator), 2) for f, n in c.items() if n >= FAMILY_MIN_COUNT}
        table["?"] = round(math.log(1 / denominator), 3)
        table[""] = round(math.log(lines[family] / total), 3)
        families[family] = table
    return families


def words_of(text: str, feats: list[str]) -> list[str]:
    return scored.word_features(text, next(f[5:] for f in feats if f.startswith("zone=")))


def make_model(examples: list[tuple[list[str], str, list[str]]], threshold: float) -> dict:
    """Chrome or body from the line's shape alone; which family from its shape and words.
    `examples` are (shape features, label, word features)."""
    weights = {f: round(w, 3) for f, w in train_weights([(f, t) for f, t, _ in examples]).items()
               if abs(w) >= PRUNE or f == ""}
    return {"threshold": threshold, "weights": weights,
            "families": train_families([(f + w, t) for f, t, w in examples])}


def score_split_pages(pages: list[dict]) -> dict[str, list]:
    results: dict[str, list] = defaultdict(list)
    for page in pages:
        results[page["labels"]["split"]].append(eval_sites.score_page(page["labels"], page["raw"]))
    return results


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--own":
        # The own-words pages, built in memory (the labelled dev pages' raw texts are gone).
        from loso_own import main as own_main

        return own_main(argv[1:])
    if len(argv) < 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    annotated, _raw = Path(argv[0]), Path(argv[1])
    folds = int(argv[argv.index("--folds") + 1]) if "--folds" in argv else 5
    pages = load_pages(annotated)
    scored.use_model({"threshold": NEVER, "weights": {}, "families": {}})
    for page in pages:
        page["examples"] = collect(page)
        page["raw_examples"] = raw_examples(page) if "--raw-lines" in argv else []
        page["fold"] = fold_of(page["labels"]["site"], folds)
    examples = [e for p in pages for e in p["examples"]]
    training = examples + [e for p in pages for e in p["raw_examples"]]
    print(f"{len(pages)} pages, {len({p['labels']['site'] for p in pages})} sites; "
          f"{len(examples)} candidate lines: {Counter(t for _, t, _ in examples)}")
    # Out-of-fold probabilities of every candidate line.
    fold_models = {}
    out_of_fold: list[tuple[float, str]] = []
    for k in range(folds):
        train = [e for p in pages if p["fold"] != k for e in p["examples"] + p["raw_examples"]]
        fold_models[k] = make_model(train, NEVER)
        for p in pages:
            if p["fold"] == k:
                out_of_fold += [(scored.chrome_probability(f, fold_models[k]["weights"]), t)
                                for f, t, _ in p["examples"]]
    body_scores = sorted((s for s, t in out_of_fold if t == "body"), reverse=True)
    threshold = (body_scores[0] if body_scores else 0.5) + MARGIN
    caught = sum(1 for s, t in out_of_fold if t != "body" and s >= threshold)
    chrome_total = sum(1 for _, t in out_of_fold if t != "body")
    print(f"out of fold, line level: threshold {threshold:.3f} (highest body line {body_scores[0]:.3f}); "
          f"chrome lines caught {caught}/{chrome_total}, body lines lost 0/{len(body_scores)}")
    for cut in (0.5, 0.7, 0.9):
        lost = sum(1 for s in body_scores if s >= cut)
        hit = sum(1 for s, t in out_of_fold if t != "body" and s >= cut)
        print(f"  at {cut}: chrome caught {hit}/{chrome_total}, body lost {lost}/{len(body_scores)}")
    # The pipeline with each fold's model on that fold's pages, beside the rules alone.
    print("\nrules alone:")
    scored.use_model({"threshold": NEVER, "weights": {}, "families": {}})
    for name, group in score_split_pages(pages).items():
        eval_sites.report_split(name, group)
    print(f"\nrules + scorer, out of fold (threshold {threshold:.3f}):")
    results: dict[str, list] = defaultdict(list)
    for k in range(folds):
        scored.use_model({**fold_models[k], "threshold": threshold})
        for name, group in score_split_pages([p for p in pages if p["fold"] == k]).items():
            results[name] += group
    for name in TRAIN_SPLITS:
        eval_sites.report_split(name, results[name])
    scored.use_model(None)
    if "--write" in argv:
        model = make_model(training, threshold)
        model["trained"] = {"pages": len(pages), "lines": len(examples), "splits": list(TRAIN_SPLITS)}
        scored.MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        started = time.perf_counter()
        json.loads(scored.MODEL_PATH.read_text(encoding="utf-8"))
        print(f"\nwrote {scored.MODEL_PATH} ({scored.MODEL_PATH.stat().st_size // 1024} KB, "
              f"{len(model['weights'])} weights; loads in {1000 * (time.perf_counter() - started):.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

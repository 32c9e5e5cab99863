"""Can the WORDS of chrome lines carry to a new site? Leave-one-split-out, line by line.

Usage: python tests/eval/loso_wording.py RAW_DIR [--features shape|words|both] [--C 0.3]
       [--margin 0.5] [--zones] [--lines]
       (make loso-chrome SITES=RAW_DIR WORDING="--features both")

The lines the learned scorer may judge after the rules (passes/boilerplate/scored.py: short,
non-prose lines in the head, the tail, or between chrome) are collected once per page, labelled
through tests/eval/sites/labels.json as loso_chrome.py labels them. Three models are compared:
`shape` (the shipped scorer's features: shape, zone, neighbours), `words` (character 1-3-grams of
the line's rule form, rule_form + normalise, and the field label before `:`) and `both` (one
logistic regression over the union). Each split is scored by a model trained on the other
twelve; its threshold is chosen without it: the highest score of a body line of another split T
under a model trained without both T and the held split, plus a margin in log-odds (`--zones`:
one threshold per zone, head/tail/between, from that zone's body lines alone). This is the
question the team asked (issue 18, tenth round): does wording catch, out of fold, chrome lines
the rules miss, with no body line scored as chrome?

The training is L2-regularised logistic regression, chrome lines weighed up to the body's
count, fitted with scipy's L-BFGS (numpy and scipy come with datasketch, a runtime dependency);
the shipped scorer reads weights from JSON in plain Python, so a model found here would ship the
same way. The figures are line-level: `chrome gone` adds the candidate chrome lines caught to
the labelled chrome the rules alone remove (loso_chrome.py runs the whole pipeline instead).

Measured (issue 18, tenth round; 13 splits, 634 pages; C 0.3, margin 0.5, one threshold, no
setting tuned): of the 56 chrome lines the rules leave where the scorer may look (1187 labelled,
82 left by the rules), out of fold `shape` catches 5 and scores 1 of 413 body lines as chrome
(fresh: '会议时间:2025年4月5日 上午9:00'), `words` catches 3 and loses 1 (fresh3: a paper's
'论文关键词 …' line), `both` catches 8 and loses none: fresh5 +1, fresh7 +4 (one 文库 page's
English interface box), fresh10 +1, fresh11 +2 (two of them exactly at the threshold), the
other nine splits unchanged. Nine of the thirteen splits have three or fewer chrome lines left
where the scorer looks, so no scorer of these lines can lift most splits; the chrome the rules
miss on a new site (fresh7 18, fresh11 31) is mostly lines a model scores far below the body
lines that set the threshold (a figure caption '圖3:…(資料來源:…)', the keywords line above, a
PPT outline's '- 封面区(第 1–2 页):…' bullets). A threshold per zone (`shape --zones`) catches 6
and loses 2 (the same fresh line and a letter's closing '校长 敬上' on fresh6: the tail has few
body lines to set its threshold). Nothing was shipped from this comparison.

Issue 18m4 added scored_guards.py (captions, list items, letters' closings and notices' meeting
fields are never judged: the body lines that set the threshold above) and wave 1's rules took
more chrome: 40 candidate chrome lines left, 394 body lines. `shape` then catches 10 of 40 out
of fold and loses 0 of 394 (fresh5 +1, fresh7 +8, fresh11 +1); loso_chrome.py ships shape +
words and prints its pipeline figures.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).parent))
import loso_chrome
from loso_chrome import RULES_ALONE, TRAIN_SPLITS, collect, load_pages, raw_examples

from reportfmt.passes.boilerplate import scored

ZONES = ("head", "tail", "between")


def wording(text: str) -> set[str]:
    """Character 1-, 2- and 3-grams of the line's first 40 characters (its start and end marked)
    and the label of a `label:value` field (scored.wording, what the shipped scorer reads)."""
    return set(scored.wording(text))


def features_of(kind: str, shape_feats: list[str], text: str) -> set[str]:
    zone = next(f for f in shape_feats if f.startswith("zone="))
    if kind == "shape":
        return set(shape_feats)
    if kind == "words":
        return wording(text) | {zone}
    return set(shape_feats) | wording(text)


class Data:
    """Every page's judged lines (held-out scoring) and raw lines (training), as column ids."""

    def __init__(self, pages: list[dict], kind: str):
        self.vocabulary: dict[str, int] = {}
        self.pages = pages
        for page in pages:
            page["judged"] = [(self.ids(features_of(kind, f, text)), tag, text, f)
                              for (f, tag, _), text in zip(page["examples"], page["example_texts"], strict=True)]
            page["training"] = [(self.ids(features_of(kind, f, text)), tag) for f, tag, text in page["raw_lines"]]

    def ids(self, feats: set[str]) -> list[int]:
        return [self.vocabulary.setdefault(f, len(self.vocabulary)) for f in feats]


def fit(rows: list[list[int]], chrome: list[bool], columns: int, c: float) -> np.ndarray:
    """Weights (bias last) of an L2 logistic regression, chrome weighed to the body's count."""
    indices = [j for row in rows for j in row]
    pointers = np.cumsum([0] + [len(row) for row in rows])
    x = sparse.csr_matrix((np.ones(len(indices)), indices, pointers), shape=(len(rows), columns))
    return loso_chrome.fit_matrix(x, chrome, c)


def run(data: Data, c: float, margin: float, zones: bool, lines: bool) -> None:
    models: dict[frozenset, np.ndarray] = {}

    def without(left_out: set[str]) -> np.ndarray:
        key = frozenset(left_out)
        if key not in models:
            rows, chrome = [], []
            for page in data.pages:
                if page["labels"]["split"] not in key:
                    for ids, tag, *_ in page["judged"] + page["training"]:
                        rows.append(ids)
                        chrome.append(tag != "body")
            models[key] = fit(rows, chrome, len(data.vocabulary), c)
        return models[key]

    def log_odds(weights: np.ndarray, ids: list[int]) -> float:
        return float(weights[-1] + weights[ids].sum())

    totals: Counter = Counter()
    print(f"{'split':8} {'cands caught':>13} {'body scored':>12}  chrome gone (rules -> +model)   threshold set by")
    for held in TRAIN_SPLITS:
        highest: dict[str, tuple[float, str]] = {}
        for other in TRAIN_SPLITS:
            if other == held:
                continue
            weights = without({held, other})
            for page in data.pages:
                if page["labels"]["split"] == other:
                    for ids, tag, text, feats in page["judged"]:
                        if tag == "body":
                            score = log_odds(weights, ids)
                            for key in ("all", scored_zone(feats)):
                                if score > highest.get(key, (-1e9, ""))[0]:
                                    highest[key] = (score, f"[{other}] {text[:28]!r}")
        threshold = {z: highest.get(z if zones else "all", highest["all"])[0] + margin for z in ZONES}
        weights = without({held})
        caught = candidates = lost = body = 0
        shown = []
        held_pages = [p for p in data.pages if p["labels"]["split"] == held]
        for page in held_pages:
            for ids, tag, text, feats in page["judged"]:
                over = log_odds(weights, ids) - threshold[scored_zone(feats)]
                if tag == "body":
                    body += 1
                    lost += over >= 0
                else:
                    candidates += 1
                    caught += over >= 0
                if over >= 0 or (tag != "body" and lines):
                    shown.append((round(over, 1), page["labels"]["id"], tag, text[:50]))
        chrome = sum(p["result"].score.chrome for p in held_pages)
        gone = sum(p["result"].score.chrome_gone for p in held_pages)
        totals.update(caught=caught, candidates=candidates, lost=lost, body=body, chrome=chrome, gone=gone)
        print(f"{held:8} {caught:>6}/{candidates:<6} {lost:>5}/{body:<6}  {gone}/{chrome} "
              f"{100 * gone / chrome:.1f} % -> {100 * (gone + caught) / chrome:.1f} %   {highest['all'][1]}")
        for line in sorted(shown, reverse=True):
            print(f"      {line}")
    print(f"all      {totals['caught']:>6}/{totals['candidates']:<6} {totals['lost']:>5}/{totals['body']:<6}  "
          f"{totals['gone']}/{totals['chrome']} -> {totals['gone'] + totals['caught']}/{totals['chrome']}")


def scored_zone(feats: list[str]) -> str:
    return next(f[5:] for f in feats if f.startswith("zone="))


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2

    def option(name: str, default: str) -> str:
        return argv[argv.index(name) + 1] if name in argv else default

    kind = option("--features", "both")
    c, margin = float(option("--C", "0.3")), float(option("--margin", "0.5"))
    started = time.perf_counter()
    pages = load_pages(Path(argv[0]), TRAIN_SPLITS)
    loso_chrome.WORDS = False  # the shape features alone are collected; features_of adds the words
    scored.use_model(RULES_ALONE)
    for page in pages:
        page["result"], page["examples"] = collect(page)
        page["raw_lines"] = [(f, tag, text) for (f, tag, _), text in raw_examples(page, with_text=True)]
    scored.use_model(None)
    data = Data(pages, kind)
    print(f"{len(pages)} pages; features {kind} ({len(data.vocabulary)}), C {c}, margin {margin} log-odds, "
          f"{'a threshold per zone' if '--zones' in argv else 'one threshold'}")
    run(data, c, margin, "--zones" in argv, "--lines" in argv)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

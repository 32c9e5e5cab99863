"""Leave-one-split-out figures for the learned chrome-line scorer (passes/boilerplate/scored.py).

Usage: python tests/eval/loso_chrome.py RAW_DIR [--splits S,...] [--write] [--margin M] [--cost]
       [--zone-thresholds] [--words]
       python tests/eval/loso_chrome.py --own [--folds K] [--margin M] [--write CANDIDATE]
       (make loso-chrome SITES=RAW_DIR; --own: tests/eval/loso_own.py, the own-words pages)

Each split of the template-site dev set (tuned, held, fresh … fresh10: sites collected in
different rounds, no site in two splits) is scored by a scorer that never saw it: trained on the
labelled lines of the other splits, its threshold chosen on those splits alone (the lowest at
which none of their body lines scores as chrome when each is scored by a model trained without
its own split, plus a margin). The pipeline then runs on the held-out split's pages with that
model and eval_sites' numbers (chrome gone, body kept, by family) are printed beside the rules
alone. This is how the scorer would do on sites the team has and it has not: a split's figure
is honest only for the splits named after it.

Pages and lines are read only through tests/eval/sites/labels.json (and RAW_DIR/<id>.txt for the
pages it names): a raw line is chrome of a family when its folded text opens with a labelled
chrome key, neither when it is (or holds) the page's title or an inline chrome mark, body
otherwise. Only TRAIN_SPLITS are used: a split added later for scoring at a merge is never
trained on.

`--zone-thresholds` chooses one threshold per zone (head, tail, between), each from that zone's
body lines alone. Measured on ten splits it caught no more chrome out of fold and scored two body
lines of the tail as chrome (a signature "校长 敬上", an applicant's "申请人:XXX": the tail has
few body lines to set its threshold), so the shipped model keeps the single threshold.

The model is an L2 logistic regression (C 0.3, fitted with scipy at training only) over the
line's shape, its neighbours' kinds and its zone; `--words` adds its words (scored.wording:
character 1-3-grams of its rule form and a field's label). Its threshold sits MARGIN log-odds
above the highest out-of-fold body line. Measured (issue 18, tenth round, 13 splits, with
scored_guards.py; rules alone -> rules + scorer left out, chrome gone, no body line lost by the
scorer on any split in either):
  shape (shipped): fresh5 97.1 -> 98.6 %, fresh7 73.9 -> 91.3 %, fresh11 96.6 -> 97.7 %, ten
    splits unchanged (14 chrome lines more);
  shape + words:   fresh5 -> 98.6 %, fresh7 -> 82.6 %, fresh10 98.6 -> 100 %, fresh11 -> 97.7 %
    (9 more), and in-sample one chrome line fewer than the old model on fresh7;
  the old scorer (shape, SGD, a probability margin of 0.02, no guards): fresh7 -> 81.2 %,
    fresh11 -> 97.7 %, and a body line lost on fresh ('会议时间:…', now a guarded form).

`--cost` times the pipeline on every page without the scorer and with the shipped model.
`--write` trains on every split (threshold chosen the same way over all of them) and writes
passes/boilerplate/chrome_model.json, which switches the scorer on; it prints the body lines
scoring highest out of fold, which set the threshold.
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import panflute as pf

sys.path.insert(0, str(Path(__file__).parent))
import eval_sites
from sites_devset import LABELS, fold
from train_chrome import NEVER, train_families, words_of

from reportfmt.passes.boilerplate import scored
from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text

TRAIN_SPLITS = ("tuned", "held", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                "fresh9", "fresh10", "fresh11")
# The threshold sits this far (log-odds) above the highest-scoring body line of the training splits.
MARGIN = 0.5
RULES_ALONE = {"threshold": NEVER, "weights": {}, "families": {}}


def line_tag(line: str, page: dict) -> str | None:
    """The line's chrome family, "body", or None (the title or a part of it, a line holding
    inline chrome). A line saying more than the title is the body's unless labelled chrome."""
    key = fold(line)
    if not key:
        return None
    for item in page["chrome"]:
        if not item["before"] and not item["after"] and key.startswith(item["text"]):
            return item["family"]
    for item in page["chrome"]:
        if (item["before"] or item["after"]) and item["text"] in key:
            return None
    title = fold(page.get("title") or "")
    if title and key in title:
        return None  # the title (or a part of it, wrapped): neither chrome nor body
    return "body"


def load_pages(raw_dir: Path, splits: tuple[str, ...]) -> list[dict]:
    pages = []
    for labels in json.loads(LABELS.read_text(encoding="utf-8"))["pages"]:
        if labels["split"] not in splits:
            continue
        path = raw_dir / f"{labels['id']}.txt"
        if path.exists():
            pages.append(tagged(labels, path.read_text(encoding="utf-8")))
    return pages


def tagged(labels: dict, raw: str) -> dict:
    """A page as training reads it: its labels, its raw text and each raw line's tag."""
    tags: dict[str, str | None] = {}
    for line in raw.splitlines():
        tag = line_tag(line, labels)
        key = fold(line)
        # The same line labelled two ways on one page teaches nothing.
        tags[key] = tag if tags.get(key, tag) == tag else None
    return {"labels": labels, "raw": raw, "tags": tags}


def tag_of(text: str, page: dict) -> str | None:
    key = fold(text)
    if key in page["tags"]:
        return page["tags"][key]
    # A block the pipeline cut or joined: the raw line it opens.
    return next((tag for raw, tag in page["tags"].items() if raw and key and raw.startswith(key)), None)


def collect(page: dict) -> tuple[eval_sites.PageResult, list[tuple[list[str], str]]]:
    """The page's score with the rules alone, and (features, label) of the lines the scorer
    judges on it after the rules (while it collects them it removes nothing)."""
    scored.collector = []
    try:
        result = eval_sites.score_page(page["labels"], page["raw"])
        found = scored.collector
    finally:
        scored.collector = None
    examples, seen = [], set()
    page["title_seen"] = result.title  # the page's title, as the scorer's title features read it
    page["example_texts"] = []  # the lines, in the order of the examples (highest_body names them)
    for text, feats in found:
        tag = tag_of(text, page)
        # The pipeline may clean a page more than once (it checks a second run changes nothing).
        if tag is not None and text not in seen:
            seen.add(text)
            examples.append((judged(text, feats), tag, words_of(text, feats)))
            page["example_texts"].append(text)
    return result, examples


def raw_examples(page: dict, with_text: bool = False) -> list:
    """(features, label, word features) of the page's own lines before any rule: the chrome lines
    the rules take teach the shape of chrome as well (training only). `with_text` pairs each
    with its line's text (loso_wording.py builds its own features from it)."""
    blocks = [(i, pf.Para(pf.Str(line))) for i, line in enumerate(page["raw"].splitlines()) if line.strip()]
    examples = []
    for _index, text, feats in scored.candidate_features(blocks, set(), None, page.get("title_seen", "")):
        tag = page["tags"].get(fold(text))
        if tag is not None:
            example = (judged(text, feats), tag, words_of(text, feats))
            examples.append((example, text) if with_text else example)
    return examples


_models: dict[frozenset, dict] = {}
# Shape alone (shipped); --words: shape + words (scored.wording), as loso_wording.py measured them.
WORDS = "--words" in sys.argv
# The inverse strength of the L2 penalty (as loso_wording.py measured it).
C = 0.3
# Weights smaller than this change no decision and stay out of chrome_model.json.
PRUNE = 0.05


def fit_matrix(x, chrome: list[bool], c: float, prior=None):
    """Weights (bias last) of an L2 logistic regression over the rows of the sparse matrix `x`,
    chrome lines weighed up to the body's count, fitted with L-BFGS (training only). With
    `prior` (weights, bias last) the penalty pulls toward it instead of toward 0: a model
    warm-started from another one trained on lines no longer at hand."""
    import numpy as np
    from scipy.optimize import minimize

    y = np.array(chrome, float)
    centre = np.zeros(x.shape[1] + 1) if prior is None else np.asarray(prior, float)
    weigh = np.where(y == 1, (len(y) - y.sum()) / max(1.0, y.sum()), 1.0)

    def loss(wb):
        z = x @ wb[:-1] + wb[-1]
        value = (weigh * (np.logaddexp(0, -z) * y + np.logaddexp(0, z) * (1 - y))).sum()
        gradient = weigh * (1 / (1 + np.exp(-z)) - y)
        shift = wb[:-1] - centre[:-1]
        return (value + 0.5 / c * (shift ** 2).sum(),
                np.concatenate([x.T @ gradient + shift / c, [gradient.sum()]]))

    return minimize(loss, centre, jac=True, method="L-BFGS-B", options={"maxiter": 100}).x


def fit(rows: list[list[str]], chrome: list[bool], c: float | None = None,
        prior: dict[str, float] | None = None) -> dict[str, float]:
    """The weights ("" the bias) of an L2 logistic regression over feature sets, chrome lines
    weighed up to the body's count, fitted with L-BFGS (numpy and scipy at training only; the
    shipped scorer reads the weights from JSON in plain Python). `prior` (weights as in
    chrome_model.json) is where the penalty pulls them: its features join the vocabulary."""
    import numpy as np
    from scipy import sparse

    vocabulary: dict[str, int] = {}
    indices = [vocabulary.setdefault(f, len(vocabulary)) for row in rows for f in set(row)]
    for feature in prior or {}:
        if feature:
            vocabulary.setdefault(feature, len(vocabulary))
    pointers = np.cumsum([0] + [len(set(row)) for row in rows])
    x = sparse.csr_matrix((np.ones(len(indices)), indices, pointers), shape=(len(rows), len(vocabulary)))
    centre = None
    if prior is not None:
        centre = np.zeros(len(vocabulary) + 1)
        for feature, weight in prior.items():
            centre[vocabulary[feature] if feature else -1] = weight
    wb = fit_matrix(x, chrome, C if c is None else c, centre)  # C read now: loso_own's --c sets it
    return {"": float(wb[-1]), **{f: float(wb[j]) for f, j in vocabulary.items()}}


def make_model(examples: list[tuple[list[str], str, list[str]]], threshold: float,
               prior: dict[str, float] | None = None) -> dict:
    """Chrome or body from the line's shape and words; which family from its shape and words
    (train_chrome's naive Bayes). `examples` are (features, label, family word features);
    `prior`: weights the fit is pulled toward (fit)."""
    weights = fit([f for f, _, _ in examples], [t != "body" for _, t, _ in examples], prior=prior)
    pruned = {f: round(w, 3) for f, w in weights.items() if abs(w) >= PRUNE or f == ""}
    return {"threshold": threshold, "weights": pruned, "words": WORDS,
            "families": train_families([([g for g in f if not g.startswith((scored.NEIGHBOUR, scored.FORM))] + w, t)
                                        for f, t, w in examples])}


def judged(text: str, feats: list[str]) -> list[str]:
    """What the model reads of a line: its shape, and its words unless --shape."""
    return feats + scored.wording(text) if WORDS else feats


def model_without(pages: list[dict], left_out: frozenset) -> dict:
    """A model trained on the pages of every split but `left_out` (kept: the same pair of
    splits is left out once for each of them)."""
    if left_out not in _models:
        _models[left_out] = make_model([e for p in pages if p["labels"]["split"] not in left_out
                                        for e in p["examples"] + p["raw_examples"]], NEVER)
    return _models[left_out]


ZONES = ("head", "tail", "between")


def zone_of(feats: list[str]) -> str:
    return next(f[5:] for f in feats if f.startswith("zone="))


def threshold_for(pages: list[dict], splits: list[str], margin: float,
                  zones: bool = True) -> tuple[float, dict[str, float], Counter]:
    """The lowest threshold at which no body line of `splits` scores as chrome when each split
    is scored by a model trained on the others (all within `pages`), and with `zones` one such
    threshold per zone (head, tail, between: the body lines of each zone alone set it; a zone
    with no body line among them keeps the single one)."""
    caught: Counter = Counter()
    scores = []
    outside = {p["labels"]["split"] for p in pages}
    for split in splits:
        model = model_without(pages, frozenset(TRAIN_SPLITS) - outside | {split})
        for p in pages:
            if p["labels"]["split"] == split:
                scores += [(scored.chrome_probability(f, model["weights"]), t, zone_of(f)) for f, t, _ in p["examples"]]
    highest = max((s for s, t, _ in scores if t == "body"), default=0.5)
    threshold = above(highest, margin)
    by_zone = {}
    if zones:
        for zone in ZONES:
            body = [s for s, t, z in scores if t == "body" and z == zone]
            by_zone[zone] = above(max(body), margin) if body else threshold
    caught.update("caught" if s >= by_zone.get(z, threshold) else "missed" for s, t, z in scores if t != "body")
    return threshold, by_zone, caught


def above(probability: float, margin: float) -> float:
    """The probability `margin` log-odds above `probability`."""
    probability = min(max(probability, 1e-12), 1 - 1e-12)
    return 1 / (1 + math.exp(-(math.log(probability / (1 - probability)) + margin)))


def highest_body(pages: list[dict], splits: list[str], count: int = 3) -> list[tuple[float, str, str, str]]:
    """The body lines scoring highest out of fold, (score, split, page id, text): the threshold is
    the first one's score plus the margin, so these are the lines that set it."""
    outside = {p["labels"]["split"] for p in pages}
    lines = []
    for split in splits:
        model = model_without(pages, frozenset(TRAIN_SPLITS) - outside | {split})
        for p in pages:
            if p["labels"]["split"] == split:
                lines += [(scored.chrome_probability(f, model["weights"]), split, p["labels"]["id"], text)
                          for (f, t, _), text in zip(p["examples"], p["example_texts"], strict=True) if t == "body"]
    return sorted(lines, reverse=True)[:count]


def describe(by_zone: dict[str, float]) -> str:
    """The zones' thresholds, as printed after the single one ("" when there are none)."""
    if not by_zone:
        return ""
    return "(" + ", ".join(f"{zone} {value:.3f}" for zone, value in by_zone.items()) + "), "


def scored_removals(raw: str) -> list[tuple[str, str]]:
    """(text, rule) of the lines the scorer removed on a page (the pipeline run once more, to
    read its report)."""
    report_ = run_passes(read_plain_text(raw))
    return [(r["text"], r["rule"]) for r in report_.removed if r["rule"].endswith(".scored")]


def verdict_of(tag: str | None, rule: str) -> str:
    """chrome, family right / chrome, other family / BODY (a line lost) / title or unlabelled."""
    if tag is None:
        return "title or unlabelled"
    if tag == "body":
        return "BODY"
    return "chrome, family right" if rule.split(".")[0] == tag else "chrome, other family"


def report(title: str, results: dict[str, list]) -> None:
    print(f"\n== {title}")
    for name in TRAIN_SPLITS:
        if results.get(name):
            eval_sites.report_split(name, results[name])


def summary_row(name: str, before: list, after: list) -> str:
    def totals(group):
        s = eval_sites.Score()
        for r in group:
            s.add(r.score)
        return s
    b, a = totals(before), totals(after)
    return (f"  {name:8} chrome gone {eval_sites.percent(b.chrome_gone, b.chrome)} -> "
            f"{eval_sites.percent(a.chrome_gone, a.chrome)}   body kept {eval_sites.percent(b.kept, b.keep)} -> "
            f"{eval_sites.percent(a.kept, a.keep)}")


def cost_per_page(pages: list[dict], rounds: int = 3) -> tuple[float, float]:
    """Milliseconds per page through the whole pipeline without the scorer and with the shipped
    model (the best of `rounds` runs each: the machine is shared)."""
    shipped = scored.MODEL_PATH

    def best(model_path: Path) -> float:
        scored.MODEL_PATH = model_path
        try:
            times = []
            for _ in range(rounds):
                started = time.perf_counter()
                for page in pages:
                    eval_sites.output_of(page["raw"])
                times.append(time.perf_counter() - started)
        finally:
            scored.MODEL_PATH = shipped
        return 1000 * min(times) / max(1, len(pages))

    scored.use_model(None)
    # No model file: the scorer returns at once, as on main before one was shipped.
    return best(shipped.with_name("no-such-model.json")), best(shipped)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--own":
        # Imported here: loso_own imports this module.
        from loso_own import main as own_main

        return own_main(argv[1:])
    if not argv or argv[0].startswith("-"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    raw_dir = Path(argv[0])
    splits = TRAIN_SPLITS
    if "--splits" in argv:
        splits = tuple(s for s in argv[argv.index("--splits") + 1].split(",") if s in TRAIN_SPLITS)
    margin = float(argv[argv.index("--margin") + 1]) if "--margin" in argv else MARGIN
    zones = "--zone-thresholds" in argv
    pages = load_pages(raw_dir, TRAIN_SPLITS)
    started = time.perf_counter()
    scored.use_model(RULES_ALONE)
    rules_alone: dict[str, list] = defaultdict(list)
    for page in pages:
        result, page["examples"] = collect(page)
        page["raw_examples"] = raw_examples(page)
        rules_alone[page["labels"]["split"]].append(result)
    counts = Counter(t for p in pages for _, t, _ in p["examples"])
    print(f"{len(pages)} pages, {len({p['labels']['site'] for p in pages})} sites; lines the scorer may judge "
          f"after the rules: {dict(counts)} ({time.perf_counter() - started:.0f} s)")
    loso: dict[str, list] = defaultdict(list)
    for held in splits:
        training = [p for p in pages if p["labels"]["split"] != held]
        others = [s for s in TRAIN_SPLITS if s != held]
        threshold, by_zone, caught = threshold_for(training, others, margin, zones)
        model = {**model_without(pages, frozenset({held})), "threshold": threshold}
        if by_zone:
            model["thresholds"] = by_zone
        held_pages = [p for p in pages if p["labels"]["split"] == held]
        line_scores = [(scored.chrome_probability(f, model["weights"]) >= scored.threshold_of(model, zone_of(f)), t)
                       for p in held_pages for f, t, _ in p["examples"]]
        print(f"\n[{held} held out] threshold {threshold:.3f} {describe(by_zone)}(chosen on the other splits, whose "
              f"chrome candidates it catches {caught['caught']}/{caught['caught'] + caught['missed']}); on {held}: "
              f"chrome candidates caught {sum(1 for s, t in line_scores if t != 'body' and s)}/"
              f"{sum(1 for _, t in line_scores if t != 'body')}, body candidates scored chrome "
              f"{sum(1 for s, t in line_scores if t == 'body' and s)}/"
              f"{sum(1 for _, t in line_scores if t == 'body')}")
        scored.use_model(model)
        verdicts: Counter = Counter()
        for page in held_pages:
            result = eval_sites.score_page(page["labels"], page["raw"])
            loso[held].append(result)
            for reason in result.why:
                if reason.startswith("body lost"):
                    print(f"    {page['labels']['id']}: {reason}")
            for text, rule in scored_removals(page["raw"]):
                verdict = verdict_of(tag_of(text, page), rule)
                verdicts[verdict] += 1
                print(f"    {page['labels']['id']} {rule:26} {verdict:18} {text[:50]!r}")
        print(f"  lines the scorer removed on {held}: {dict(verdicts)}")
    scored.use_model(None)
    report("rules alone", rules_alone)
    report("rules + scorer, each split held out (leave one split out)", loso)
    print("\nsummary (rules alone -> rules + scorer trained without the split):")
    for name in splits:
        print(summary_row(name, rules_alone[name], loso[name]))
    if "--cost" in argv:
        without, with_scorer = cost_per_page(pages)
        print(f"\ncost: {without:.1f} ms/page without the scorer, {with_scorer:.1f} ms/page with the shipped "
              f"model (+{with_scorer - without:.2f} ms/page; the model loads once, lazily)")
    if "--write" in argv:
        threshold, by_zone, _ = threshold_for(pages, list(TRAIN_SPLITS), margin, zones)
        model = {**model_without(pages, frozenset()), "threshold": threshold}
        if by_zone:
            model["thresholds"] = by_zone
        model["trained"] = {"pages": len(pages), "splits": list(TRAIN_SPLITS), "margin": margin}
        scored.MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {scored.MODEL_PATH} (threshold {threshold:.3f} {describe(by_zone)}"
              f"{len(model['weights'])} weights)")
        print("the body lines that set it (out of fold):")
        for score, split, page_id, text in highest_body(pages, list(TRAIN_SPLITS)):
            print(f"  {score:.3f} [{split}] {page_id} {text[:60]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

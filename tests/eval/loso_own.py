"""Does the chrome-line scorer carry when trained on the own-words pages? (issue 18, `--own` mode)

Usage: python tests/eval/loso_chrome.py --own [--folds K] [--margin M] [--words] [--judged-only] [--only C,...]
       [--neighbours [--near 2]] [--form [--no-gone]] [--c C] [--shipped-families] [--new] [--write CANDIDATE]
       python tests/eval/train_chrome.py --own [...]   (the same; make loso-own)

The own-words pages (tests/eval/sites/own, built in memory by sites_devset.own_pages(): no raw
file anywhere) are the only labelled pages whose text the project keeps, so they are the only
ones a model can be retrained on. Training reads own-tune ONLY (since round 31; before, own-tune
and own-check): own-check, own-held (HELD_FILES) and own-new are never trained on and never set a
threshold; they are measured once, on the model chosen, by eval_sites --own. With `--new` alone
own-new is printed as group totals only (chrome gone, body kept), once per candidate (the lead
scores it at a merge; a helper choosing a candidate does not look).

`--neighbours` lets the model read the shape of the lines above and below (scored.neighbour_features;
`--near 2` the two lines each side), `--c` sets the L2 penalty's inverse strength (0.3),
`--shipped-families` keeps the shipped model's family tables (which family a scored line is
named for; tables counted on own-tune's lines named the wrong family for 21 of 28 lines out of
fold, the shipped tables for 7). Candidates:

  shipped      chrome_model.json as it is (trained on the old dev pages; its own threshold);
  own          loso_chrome's model (shape, L2 logistic, L-BFGS) fitted on the own pages alone;
  own+shipped  the same fit with its penalty pulling the weights toward the shipped model's
               instead of toward 0 (a warm start: the shipped model's lines are gone, its
               weights are not).

Each candidate is measured by site-grouped K-fold cross-validation on own-tune (a
site's pages are all in one fold): fold k is scored by a model trained on the other folds, whose
threshold is chosen on those folds alone (each scored by a model trained without it: the lowest
threshold at which none of their body lines scores as chrome, plus MARGIN log-odds), as
loso_chrome chooses it. The pipeline then runs on every page with its fold's model and the
numbers are printed beside the rules alone. The final model of a candidate is trained on all of
own-tune, its threshold chosen the same way over all folds, and own-new is scored with it (--new).
`--write CANDIDATE` writes that candidate's final model to chrome_model.json (a candidate ships
only if body kept does not drop on own-tune, own-check or own-held, chrome rises on own-check,
and make eval does not get worse). The measurements below before round 31 trained on own-check too.

Measured (round 35, sc35; own-tune 1049 pages from 1038 sites, 5 site-grouped folds; after the
rules 286 chrome and 873 body lines are candidates). Where own-tune's chrome left by the rules and
the shipped model sits (tests/eval/chrome_zones.py; the shipped model never saw these pages, so
this is out of fold): 241 lines left;
  in the zone, scored below threshold   122 (head 87, tail 35; log-odds under the threshold:
                                        median 4.4, 9 within 1.0, 26 within 2.0)
  in the zone, stopped by a guard         2 (scored_guards' list run)
  outside the zone                      117: inline chrome (part of a labelled line) 40, glued
                                        into a longer line 39, mid-document 18, a page with no
                                        prose (no zone) 7, numbered/structure 6, a sentence of
                                        clauses 5, a mask 1, too long 1.
So the model, not the zone, limits it: a zone widening would reach at most the 18 + 7 lines of
the body and of prose-less pages (not tried). Cross-validated own-tune (rules alone: chrome gone
2019/2297, body kept 4773/4776; line level = chrome candidates caught out of fold / body
candidates scored chrome; BODY = labelled body lines the pipeline's scorer removed, its second
look between scored chrome included); all `--neighbours --near 2 --shipped-families`:
  shipped (never trained on these pages)       2056, 4772   33/286, 4/873, BODY 5
  own (C 0.3, margin 0.5)                      2048, 4773   25/286, 0/873, BODY 0
  own, margin 0.25; margin 0.0                 2051; 2054, 4773   30; 34/286, 0/873, BODY 0
  own, C 1.0                                   2048, 4773   23/286, 0/873, BODY 0
  own+shipped                                  2038, 4773   16/286, 1/873, BODY 1
  own + form (scored.page_form: the head's and tail's length in printed lines, the share the
    rules took, the share short; `--form`)     2060, 4773   21/286, 0/873, BODY 1 (a heading
                                               between two scored lines, taken on the second look)
  own + form, judged-only                      2023, 4773    5/286, 0/873, BODY 0
  own + form, margin 1.0                       2045, 4773   16/286, 0/873, BODY 0
  own + form, C 0.1                            2061, 4773   19/286, 0/873, BODY 1
  own + form, margin 0.25                      2065, 4773   26/286, 0/873, BODY 0 (closest body
                                               line 0.27 log-odds under: a law's cross-reference)
  own + form without the share taken
    (`--no-gone`), margin 0.25 (tried after)  2055, 4773   31/286, 0/873, BODY 0
The best by CV (own + form, margin 0.25: `loso_own.py --only own --neighbours --near 2
--shipped-families --form --margin 0.25 --write own`, threshold 0.979, 229 weights), measured once,
eval_sites --own, shipped -> it: own-tune chrome 2056 -> 2054 (in-sample), body 4772 -> 4773;
own-check chrome 992 -> 991, body 2439 -> 2441; own-held chrome 71 -> 71, body 218 -> 217.
Genre set: genre-tune body 1798 -> 1795 (a work log's 工程名称/天气 fields and a 政审 form's
姓名/性别 line under their titles: the author's field lines in a head the rules left whole),
headings 535 -> 534; genre-check unchanged. make eval-boilerplate web-gold F1 0.964 -> 0.965
(P 0.967, R 0.971); eval_authored 0 failures, 0 lost. On three made-up documents (a letter, a
résumé, minutes) it removed nothing.
Not shipped: body kept dropped on own-held and genre-tune, and chrome rose on neither hold-out.
The heaviest of its form weights is "the rules took nothing in the head" (pg:head:gone=0, +0.80),
most likely learnt from the raw lines (before any rule every head is untouched and most raw head
lines are chrome): on a page the rules left whole (a made-up genre document) it pushes the
author's head lines toward chrome. Form without the share taken (tried after, CV only:
not measured on the hold-outs, as it does not beat the chosen one by CV) caught more candidates
out of fold (31/286) but fewer end to end (2055).

Measured (round 31, c31; own-tune alone: 863 pages from 853 sites, 5 site-grouped folds; after the
rules 213 chrome and 727 body lines are candidates). Cross-validated own-tune (rules alone: chrome
gone 1743/1925, body kept 3925/3929); line level = chrome candidates caught out of fold / body
candidates scored chrome:
  shipped (never trained on these pages)       1773, 3925   25/213, 3/727
  own, shape (raw + judged lines, C 0.3)       1769, 3925   24/213, 0/727
  own, shape, judged-only                      1750, 3925   12/213, 1/727
  own, shape + neighbours (C 0.3; 0.1; 1.0)    1770; 1769; 1769, 3925   28; 27; 27/213, 0/727
  own, shape + neighbours, 10 folds            1770, 3925   30/213, 0/727
  own, shape + neighbours two each side        1770, 3925   29/213, 0/727 (closest body 1.09 log-odds;
                                               30/213 since a neighbour is read to 160 characters)
  own, words; words + neighbours               1763; 1763, 3925   19; 18/213, 0/727
  own+shipped, shape + neighbours              1762, 3925   19/213, 0/727
The best by CV (shape + neighbours two each side, shipped families: `make loso-own WRITE="--write
own"`, threshold 0.977, 206 weights), measured once, eval_sites --own, shipped -> it: own-tune
chrome 1773 -> 1773 (in-sample), body 3925 -> 3925; own-check chrome 809 -> 808, body 2035 ->
2037; own-held 44/59 and 232/233 both. Not shipped: chrome did not rise on own-check. On made-up
documents it removed nothing, but a résumé's 出生年月 line scored 0.952 against its 0.977 (the
shipped model's closest, 姓名, 0.962 against 0.996). Where own-tune's chrome lines left by the
rules and the shipped scorer sit (exploration): 82 short lines in the head or tail (candidates
already: a wider zone would reach 10 short lines inside the body), 8 prose, 7 sentences; the
threshold is set by the author's short lines (a lesson's title, a name, a date, a committee's
委员 row), whose shape is chrome's.

Measured (issue 18s8; 60 training pages from 60 sites, 5 folds): after the rules only 57 lines
of own-tune + own-check are left for the scorer to judge (5 chrome, 52 body: the rules were
written on these pages), so cross-validation cannot tell the candidates apart (0/5 chrome, 0/52
body scored chrome by every candidate; own-tune 89/95, own-check 78/85 chrome gone, body 100 %,
for all three). own-new, chrome gone / body kept: rules alone 158/264, 440/443; shipped 161/264,
439/443; own (threshold 0.885) 176/264, 439/443; own+shipped (0.950) 181/264, 439/443. End to
end, own+shipped also cost two sample headings on own-check (headings 101 -> 99 of 116, in
cross-validation and in-sample alike) and lowered make eval's web-magic held half (mean F1
0.899 -> 0.890, forum 0.765 -> 0.738; web-gold 0.961 -> 0.962): not shipped. Untested guess:
the lower threshold (set by 52 body lines, nearly all easy) takes the extra lines more than the
new weights do; the 18m4 model, also thresholded lower than the shipped one, failed the same way
on fresh12.

Measured (issue 18L14; 368 pages from 368 sites, own-tune 238 + own-check 130, 5 folds; after the
rules 137 chrome and 228 body lines are left for the scorer, out of 951 chrome lines). Chrome
gone, rules alone -> rules + scorer (own-tune 514/614, own-check 269/337 alone); "BODY" counts the
lines the scorer removed that are labelled body (eval_sites' body snippets saw none of them):
  shipped (never saw these pages): own-tune 520, own-check 272; BODY 1 + 2 (own-tune's: a title
    line with its English version), so even the shipped model loses body lines on new sites;
  shape, own:         own-tune 515, own-check 270, BODY 0 + 3 out of fold;
  shape, own+shipped: own-tune 514, own-check 270, BODY 0 + 2;
  words, own:         own-tune 514, own-check 272, BODY 0 + 0 (threshold 0.985; the closest body
    line 0.09 log-odds under its fold's threshold);
  words, own+shipped: own-tune 514, own-check 270, BODY 0 + 0.
The gains are 0-3 lines of 951: the threshold (0.98-1.00) is set by a few body lines of the
author's that look like an info box (own-tune's: a minutes header's 主席/出席/紀錄 fields, an
attachment list);
guarding the minutes fields (tried) changed no figure, nor did a feature saying the page
prints the line elsewhere, word for word or inside a longer line (tried: words/own 272, shape/own
270 and BODY 0 + 3, as without it). words/own's final model (`--words --write
own`, 3118 weights), shipped -> it: make eval-boilerplate (web-gold F1 0.961), eval-authored (0
changes), eval-gongwen, eval-pages and the seed's golden output identical; in-sample own-tune
520 -> 514, own-check 272 -> 275, BODY 3 -> 0. Not shipped: the old dev splits' page texts are not
on the machine, so it could be neither trained on them nor checked against them (the shipped
model's gains there, fresh7 73.9 -> 91.3 % left out, are unmeasured), and out of fold it adds 3
lines of 951 with its closest body line 0.09 log-odds from its threshold.

Measured (issue 18, round 27, k27; 1053 pages from 1049 sites, own-tune 700 + own-check 353; after
the rules 287 chrome and 818 body lines are candidates). Cross-validated chrome gone / body kept
(eval_sites' figures; rules alone: own-tune 1390/1549, 3210/3211; own-check 573/737, 1628/1635):
                                           5 folds                      10 folds
                                  own-tune     own-check       own-tune     own-check
  shipped                         1405, 3210   578, 1626       1405, 3210   578, 1626
  own (shape)                     1398, 3210   576, 1628       1396, 3210   574, 1628
  own+shipped (shape)             1395, 3210   575, 1627       1398, 3210   575, 1628
  own, shape + title, judged-only 1399, 3210   575, 1628
  own, words + title, judged-only 1398, 3210   579, 1627       1401, 3210   579, 1628
  own+shipped, words + title, j-o 1401, 3210   575, 1627
  own+shipped, shape + title, j-o 1397, 3210   574, 1627
The shipped model (trained on the old dev pages, never on these) removes 3 body lines on own-tune
and 4 on own-check out of its 22 + 9 (line level), two of own-check's snippets among them; it
still gains the most chrome on own-tune. `--judged-only` trains on the lines the scorer judges
after the rules (the raw lines are mostly chrome the rules already take, and pull the model toward
it): line level, words + title caught 25/287 chrome candidates out of fold against 7/287 for own
(shape, raw lines), 1 body line of 818 scored chrome (own-check's); end to end that is +8 and +6
chrome lines, where the shipped model's 19 chrome lines on own-tune count +15. The title features
(scored.title_features: the line the same as the page's title, a part of it, holding it, the title
with another number, the share of its character pairs), judged-only, line level: shape 8 -> 13
of 287, none of the body scored chrome; words 24 -> 25 of 287, body lines scored chrome 0 -> 1
(own-check's). With 10 folds words + title (judged-only) removed 22 + 14 chrome lines and no body
line (the tool's line count), the shipped model 19 + 5 and 3 + 4 body lines; eval_sites counts
them +11 and +6 against +15 and +5 (its chrome figure counts labelled snippets, and the shipped
model's lines on own-tune are more of them). No candidate beats the shipped model on both groups
with body kept not lower, so none was written (with 5 folds the same candidate lost an own-check
body snippet: the candidates differ by a few lines between fold counts). Line-level trials
(cached candidates, 5 folds, not end to end; shape with raw lines caught 6 + 1 of 180 + 107, no
body): C 1.0 8 + 3 with 2 of own-check's body lines scored chrome, C 0.1 5 + 2 with 1; marks (a
bullet, brackets, a row of short words, Latin-only or number-only lines) 5 + 2 with 1; zone x
neighbour crosses 7 + 3, none. The candidates' closest body lines lie 0.05-0.5 log-odds from
their thresholds: the threshold (the highest out-of-fold body line + 0.5) is set by an author's
field lines (a committee's 委员/主席 and a meeting's
时间/出席 rows), which share the shape and the label-value form of a site's info box.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import eval_sites
import loso_chrome
from loso_chrome import (
    MARGIN,
    RULES_ALONE,
    above,
    collect,
    make_model,
    raw_examples,
    scored_removals,
    tag_of,
    tagged,
    verdict_of,
)
from sites_devset import OWN_NEW, own_pages
from train_chrome import fold_of

from reportfmt.passes.boilerplate import scored

OWN_TRAIN = ("own-tune",)
FOLDS = 5
CANDIDATES = ("shipped", "own", "own+shipped")


def totals(results: list) -> eval_sites.Score:
    total = eval_sites.Score()
    for result in results:
        total.add(result.score)
    return total


def row(name: str, results: list) -> str:
    """A group's totals, then its chrome gone by family."""
    t = totals(results)
    families = ", ".join(f"{family} {t.gone_by_family[family]}/{t.by_family[family]}" for family in sorted(t.by_family))
    return (f"  {name:10} chrome gone {eval_sites.percent(t.chrome_gone, t.chrome)}   body kept "
            f"{eval_sites.percent(t.kept, t.keep)}   headings {eval_sites.percent(t.found, t.headings)}   "
            f"masks {eval_sites.percent(t.masks_found, t.masks)}   false headings {t.false}\n"
            f"  {'':10} by family: {families}")


def removals(page: dict) -> list[tuple[str, str]]:
    """(verdict, text) of each line the scorer removed on the page with the model in use: a
    labelled page's body snippets are a few lines, so a body line the scorer takes is counted
    here, line by line, as loso_chrome counts it (verdict_of: BODY is a body line lost)."""
    return [(verdict_of(tag_of(text, page), rule), text) for text, rule in scored_removals(page["raw"])]


# --judged-only: train on the lines the scorer judges after the rules alone, not on every raw
# line of the page as well (most of those are the chrome the rules already take).
JUDGED_ONLY = "--judged-only" in sys.argv
# --neighbours: the model reads the shape of the lines above and below as well
# (scored.neighbour_features, `"neighbours": true` in the model); without it they are dropped.
NEIGHBOURS = "--neighbours" in sys.argv
# --shipped-families: a scored line's family is named by the shipped model's tables (counted on
# the old dev pages' lines, 532 pages) instead of tables counted on own-tune's; set in main().
SHIPPED_FAMILIES: dict | None = None


# --form: the model reads the page's form as well (scored.page_form: how long the head and the
# tail the line stands in, what share of them the rules took, what share is short; `"form": true`).
FORM = "--form" in sys.argv
# --no-gone: the page's form without the share of the head or tail the rules took (a raw line, read
# before any rule, always shows none taken).
NO_GONE = "--no-gone" in sys.argv
# --near 2: the neighbours' features read the two lines above and below (nb:pp, nb:nn), not one.
NEAR = int(sys.argv[sys.argv.index("--near") + 1]) if "--near" in sys.argv else 1


def shape_only(examples: list) -> list:
    """The examples with the neighbours' features dropped unless --neighbours (and those of
    the lines two away unless --near 2)."""
    far = (f"{scored.NEIGHBOUR}pp:", f"{scored.NEIGHBOUR}nn:")

    def kept(feature: str) -> bool:
        if feature.startswith(scored.FORM):
            return FORM and not (NO_GONE and ":gone=" in feature)
        return not feature.startswith(scored.NEIGHBOUR) or (NEIGHBOURS and (NEAR > 1 or not feature.startswith(far)))

    return [([f for f in feats if kept(f)], tag, words) for feats, tag, words in examples]


def train(pages: list[dict], excluded: set[int], prior: dict | None) -> dict:
    """A model trained on the pages of every fold not in `excluded` (threshold unset)."""
    model = make_model([e for p in pages if p["fold"] not in excluded
                        for e in p["examples"] + ([] if JUDGED_ONLY else p["raw_examples"])], 2.0, prior)
    if NEIGHBOURS:
        model["neighbours"] = True
    if FORM:
        model["form"] = True
    if SHIPPED_FAMILIES is not None:
        model["families"] = SHIPPED_FAMILIES
    return model


def out_of_fold(pages: list[dict], folds: list[int], models: dict[int, dict]) -> list[tuple[float, str]]:
    """(probability, tag) of the candidate lines of `folds`, each scored by models[fold]."""
    return [(scored.chrome_probability(f, models[p["fold"]]["weights"]), t)
            for p in pages if p["fold"] in folds for f, t, _ in p["examples"]]


def log_odds(probability: float) -> float:
    probability = min(max(probability, 1e-12), 1 - 1e-12)
    return math.log(probability / (1 - probability))


def closest_body(pages: list[dict], models: dict[int, dict], count: int = 5) -> list[tuple[float, str, str]]:
    """How far (log-odds) below its fold's threshold the highest-scoring body candidates of
    every fold lie, scored by the model trained without their fold (negative: scored chrome),
    with their page's id and text (own-tune's pages only: the only ones trained on)."""
    gaps = [(log_odds(models[p["fold"]]["threshold"]) - log_odds(s), p["labels"]["id"], text)
            for p in pages for (s, t), text in zip(out_of_fold([p], [p["fold"]], models), p["example_texts"],
                                                   strict=True) if t == "body"]
    return sorted(gaps)[:count]


def threshold_from(scores: list[tuple[float, str]], margin: float) -> float:
    return above(max((s for s, t in scores if t == "body"), default=0.5), margin)


def fold_models(pages: list[dict], folds: int, prior: dict | None, margin: float) -> dict[int, dict]:
    """For each fold k, the model trained without it, thresholded on the other folds alone."""
    models = {}
    for k in range(folds):
        others = [j for j in range(folds) if j != k]
        inner = {j: train(pages, {k, j}, prior) for j in others}
        threshold = threshold_from(out_of_fold(pages, others, inner), margin)
        models[k] = {**train(pages, {k}, prior), "threshold": threshold}
    return models


def main(argv: list[str]) -> int:
    folds = int(argv[argv.index("--folds") + 1]) if "--folds" in argv else FOLDS
    if "--c" in argv:
        loso_chrome.C = float(argv[argv.index("--c") + 1])
    margin = float(argv[argv.index("--margin") + 1]) if "--margin" in argv else MARGIN
    write = argv[argv.index("--write") + 1] if "--write" in argv else None
    if write is not None and write not in CANDIDATES:
        print(f"loso_own: --write takes one of {', '.join(CANDIDATES)}", file=sys.stderr)
        return 2
    built = own_pages()
    pages = [tagged(labels, raw) for raw, labels in built if labels["split"] in OWN_TRAIN]
    # own-new: never tagged, never trained on; scored end to end (group totals only) with --new
    # alone: the lead scores it at the merge, and a helper choosing a candidate must not see it.
    new = [(raw, labels) for raw, labels in built if labels["split"] == OWN_NEW] if "--new" in argv else []
    shipped = json.loads(scored.MODEL_PATH.read_text(encoding="utf-8"))
    if "--shipped-families" in argv:
        global SHIPPED_FAMILIES
        SHIPPED_FAMILIES = shipped["families"]
    scored.use_model(RULES_ALONE)
    rules_alone: dict[str, list] = {name: [] for name in OWN_TRAIN}
    for page in pages:
        result, examples = collect(page)
        page["examples"], page["raw_examples"] = shape_only(examples), shape_only(raw_examples(page))
        page["fold"] = fold_of(page["labels"]["site"], folds)
        rules_alone[page["labels"]["split"]].append(result)
    new_rules = [eval_sites.score_page(labels, raw) for raw, labels in new]
    counts = Counter(t == "body" for p in pages for _, t, _ in p["examples"])
    print(f"{len(pages)} training pages ({', '.join(OWN_TRAIN)}), "
          f"{len({p['labels']['site'] for p in pages})} sites, {folds} site-grouped folds "
          f"{dict(Counter(p['fold'] for p in pages))}; candidate lines after the rules: chrome {counts[False]}, "
          f"body {counts[True]}; raw lines for training: {sum(len(p['raw_examples']) for p in pages)}")
    print("\nrules alone:")
    for name in OWN_TRAIN:
        print(row(name, rules_alone[name]))
    if new:
        print(row(OWN_NEW, new_rules))
    finals = {}
    only = argv[argv.index("--only") + 1].split(",") if "--only" in argv else CANDIDATES
    for name in [c for c in CANDIDATES if c in only or c == write]:
        if name == "shipped":
            models = {k: shipped for k in range(folds)}
            final = shipped
        else:
            prior = shipped["weights"] if name == "own+shipped" else None
            models = fold_models(pages, folds, prior, margin)
            threshold = threshold_from(out_of_fold(pages, list(range(folds)), models), margin)
            final = {**train(pages, set(), prior), "threshold": threshold}
            final["trained"] = {"pages": len(pages), "groups": list(OWN_TRAIN), "margin": margin, "folds": folds,
                                "c": loso_chrome.C, "neighbours": NEIGHBOURS, "near": NEAR, "form": FORM,
                                "no_gone": NO_GONE, "prior": "shipped" if prior else None,
                                "judged_only": JUDGED_ONLY}
            if prior:
                # Which family a scored line is named for (not whether it goes): the shipped tables
                # were counted on 532 pages and name families (footer, injected) the own pages lack.
                final["families"] = shipped["families"]
        finals[name] = final
        scores = [(s, t, models[p["fold"]]["threshold"]) for p in pages for (s, t) in
                  out_of_fold([p], [p["fold"]], models)]
        chrome = [(s, th) for s, t, th in scores if t != "body"]
        body = [(s, th) for s, t, th in scores if t == "body"]
        print(f"\n== {name} (final threshold {final['threshold']:.3f}, {len(final['weights'])} weights; fold "
              f"thresholds {', '.join(format(models[k]['threshold'], '.3f') for k in range(folds))})")
        print(f"  out of fold, line level: chrome candidates caught {sum(1 for s, th in chrome if s >= th)}/"
              f"{len(chrome)}, body candidates scored chrome {sum(1 for s, th in body if s >= th)}/{len(body)}")
        cv: dict[str, list] = {n: [] for n in OWN_TRAIN}
        removed: dict[str, list] = {n: [] for n in OWN_TRAIN}
        for k in range(folds):
            scored.use_model(models[k])
            for page in pages:
                if page["fold"] == k:
                    cv[page["labels"]["split"]].append(eval_sites.score_page(page["labels"], page["raw"]))
                    removed[page["labels"]["split"]] += [(page["labels"]["id"], *r) for r in removals(page)]
        print("  pipeline, each fold with its model (cross-validated):")
        for group in OWN_TRAIN:
            print(row(group, cv[group]))
            # own-check's removed lines are counted, never printed (its pages are read by no one).
            print(f"  {'':10} lines the scorer removed: {dict(Counter(v for _, v, _ in removed[group]))}")
            for page_id, verdict, text in removed[group] if group == "own-tune" else []:
                print(f"      {page_id} {verdict:20} {text[:50]!r}")
        print("  out-of-fold body candidates closest to their fold's threshold (log-odds below it):")
        for gap, page_id, text in closest_body(pages, models):
            print(f"      {gap:5.2f} {page_id} {text[:50]!r}")
        if new:
            scored.use_model(final)
            print("  own-new, final model (group totals only):")
            print(row(OWN_NEW, [eval_sites.score_page(labels, raw) for raw, labels in new]))
    scored.use_model(None)
    if write:
        scored.MODEL_PATH.write_text(json.dumps(finals[write], ensure_ascii=False, sort_keys=True) + "\n",
                                     encoding="utf-8")
        print(f"\nwrote {scored.MODEL_PATH} ({write})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

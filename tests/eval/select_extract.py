"""Fit and check the choice among extractors (read/extraction/selection.py, issue 13 round 20).

    python tests/eval/select_extract.py [--corpus DIR] [--cache FILE] [--held]

Every tuning page (web-gold, the web-magic tuning half, the tuning engines of threads,
threads2, threads3 and threads5, all of threads4) is converted through the whole pipeline once
per candidate, each forced in turn (selection.force): ours, readability-lxml's article,
trafilatura's text; each scored as eval_extract.py scores (character F1 against the gold, the
document body). Beside the scores, the features the choice reads (selection.features) and the
agreement of trafilatura's text with the other two. The rows are cached (--cache) so that
policies can be compared without converting again.

Printed: per set, the mean F1 of each candidate alone, of the best candidate per page (the
ceiling a perfect choice reaches), and of the policy as shipped (selection.decide on the
features); then leave-one-set-out: each threshold of the policy refitted on every set but
one and scored on that one. --held adds the held halves (web-magic held half and the held
engines), scored with the shipped policy only, as the last step: no threshold is fitted on them.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from eval_extract import (
    DEFAULT_CORPUS,
    THREADS,
    THREADS2,
    THREADS3,
    THREADS5,
    Page,
    run_reportfmt,
    thread_pages,
    web_gold_pages,
    web_magic_pages,
)
from loeo_extract import renamed
from lxml import etree
from scoring import char_score

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.read.encodings import decode
from reportfmt.read.extract import extract_main
from reportfmt.read.extraction import selection
from reportfmt.read.html import clean_tree

THREADS4 = THREADS.with_name("threads4")
TRAFILATURA = "trafilatura"
NAMES = (selection.OURS, selection.READABILITY, TRAFILATURA)
# The pages make bench converts (tests/bench/benchmark.py): where the extra CPU is measured.
BENCH_SETS = ("web-gold/original", "web-nogold", "traf-zh", "laws")


def trafilatura_article(page):
    """trafilatura's text for the page as a <div> of one <p> per line; None when it finds nothing."""
    import trafilatura

    text = trafilatura.extract(copy.deepcopy(page))
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return None
    box = lxml.html.Element("div")
    for line in lines:
        etree.SubElement(box, "p").text = line
    return box


selection.CANDIDATES[TRAFILATURA] = trafilatura_article


def threads4_pages() -> list[Page]:
    """threads4 has no engines.json: every layout is a tuning page (forum kind)."""
    return [Page(html.stem, html, html.with_suffix(".txt").read_text(encoding="utf-8"), "forum", html.stem, "tune")
            for html in sorted(THREADS4.glob("*.html"))]


def page_sets(corpus: Path, held: bool) -> list[tuple[str, list[Page]]]:
    half = "held" if held else "tune"
    sets = [(name, [p for p in thread_pages(root) if p.half == half])
            for name, root in (("threads", THREADS), ("threads2", THREADS2), ("threads3", THREADS3),
                               ("threads5", THREADS5))]
    if not held:
        sets.append(("threads4", threads4_pages()))
    if (corpus / "web-magic").is_dir():
        sets.append(("web-magic", [p for p in web_magic_pages(corpus) if p.half == half]))
        if not held:
            sets.append(("web-gold", web_gold_pages(corpus)))
    return [(name, pages) for name, pages in sets if pages]


def row_of(set_name: str, page: Page) -> dict:
    """The page's features and each candidate's F1 through the whole pipeline."""
    selection.force(selection.OURS)  # the features are those of our own candidate
    root = clean_tree(decode(page.html.read_bytes()))
    found = extract_main(root)
    feats = selection.features(found, root)
    started = time.perf_counter()
    traf = trafilatura_article(root)
    traf_ms = (time.perf_counter() - started) * 1000
    second = selection.second_article(root)
    ours_g = selection.grams(found.article.text_content())
    traf_g = selection.grams(traf.text_content()) if traf is not None else Counter()
    second_g = selection.grams(second.text_content()) if second is not None else Counter()
    row = {"set": set_name, "name": page.name, "kind": page.kind, **dataclasses.asdict(feats),
           "traf": sum(traf_g.values()), "ours_in_traf": selection.contained(ours_g, traf_g),
           "traf_in_ours": selection.contained(traf_g, ours_g),
           "second_in_traf": selection.contained(second_g, traf_g),
           "traf_in_second": selection.contained(traf_g, second_g), "traf_ms": traf_ms, "f1": {}}
    for name in NAMES:
        selection.force(name)
        row["f1"][name] = char_score(run_reportfmt(page), page.gold).f1
    selection.force(None)
    row["f1"]["shipped"] = char_score(run_reportfmt(page), page.gold).f1
    return row


def mean(values) -> float:
    values = list(values)
    return statistics.mean(values) if values else float("nan")


def chosen(row: dict, inside: float, ours_inside: float) -> str:
    """selection.decide with its two thresholds set to these."""
    feats = selection.Features(**{f.name: row[f.name] for f in dataclasses.fields(selection.Features)})
    kept = (selection.SECOND_INSIDE, selection.OURS_INSIDE)
    selection.SECOND_INSIDE, selection.OURS_INSIDE = inside, ours_inside
    try:
        return selection.decide(feats)
    finally:
        selection.SECOND_INSIDE, selection.OURS_INSIDE = kept


GRID = [(a, b) for a in (0.75, 0.8, 0.85, 0.9, 0.95, 0.99) for b in (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)]


def fitted(rows: list[dict]) -> tuple[float, float]:
    """The thresholds with the best mean F1 on `rows`; on a tie the ones that switch least."""
    return max(GRID, key=lambda t: (round(mean(r["f1"][chosen(r, *t)] for r in rows), 5), t[0], -t[1]))


def print_loso(rows: list[dict]) -> None:
    print("== leave-one-set-out: thresholds fitted on the other sets (and their renamed pages), scored on the set")
    for name in sorted({r["set"] for r in rows}):
        train, test = [r for r in rows if r["set"] != name], [r for r in rows if r["set"] == name]
        inside, ours_inside = fitted(train)
        picks = [(r["f1"][selection.OURS], r["f1"][chosen(r, inside, ours_inside)]) for r in test]
        switched = sum(r["set"] == name and chosen(r, inside, ours_inside) != selection.OURS for r in test)
        print(f"   {name:<12}{len(test):>4} pages  fit {inside:.2f}/{ours_inside:.2f}  ours"
              f" {mean(o for o, _ in picks):.3f} -> {mean(c for _, c in picks):.3f}"
              f"  ({switched} switched, {sum(c < o for o, c in picks)} lost)")
    print(f"   all sets: fit {'/'.join(f'{t:.2f}' for t in fitted(rows))};"
          f" shipped {selection.SECOND_INSIDE:.2f}/{selection.OURS_INSIDE:.2f}")


# A second opinion on a thread page: the candidate's text lies within ours (at least the first
# share of its grams are in our text) and ours holds much it leaves out (under the second share
# of ours in its text): ours kept chrome or comments beside the posts.
THREAD_GRID = [(name, a, b) for name in NAMES[1:] for a in (0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99)
               for b in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)]
_AGREEMENT = {selection.READABILITY: ("second_in_ours", "ours_in_second"),
              TRAFILATURA: ("traf_in_ours", "ours_in_traf")}


def thread_choice(row: dict, rule: tuple | None) -> str:
    if rule is None:
        return selection.OURS
    name, inside, ours_inside = rule
    theirs_in_ours, ours_in_theirs = (row[key] for key in _AGREEMENT[name])
    return name if theirs_in_ours >= inside and ours_in_theirs < ours_inside else selection.OURS


def thread_fit(rows: list[dict]) -> tuple | None:
    """The rule (or none) with the best mean F1 on `rows`; on a tie the one that switches least."""
    def value(rule):
        return (round(mean(r["f1"][thread_choice(r, rule)] for r in rows), 5),
                -sum(thread_choice(r, rule) != selection.OURS for r in rows))
    return max([None, *THREAD_GRID], key=value)


def print_thread_loso(rows: list[dict]) -> None:
    """The same question on the pages where the thread step found posts (selection.py keeps
    ours there): would readability's or trafilatura's text, taken when it lies within ours
    and ours holds much more, carry to a set the rule was not fitted on?"""
    threads = [r for r in rows if r["posts"]]
    print(f"== thread pages ({len(threads)} rows with posts found): a second opinion taken when it lies within ours,"
          " fitted leave-one-set-out")
    for name in sorted({r["set"] for r in threads}):
        test = [r for r in threads if r["set"] == name]
        rule = thread_fit([r for r in threads if r["set"] != name])
        picks = [(r["f1"][selection.OURS], r["f1"][thread_choice(r, rule)]) for r in test]
        shown = "none" if rule is None else f"{rule[0]} {rule[1]:.2f}/{rule[2]:.2f}"
        print(f"   {name:<12}{len(test):>4} pages  fit {shown:<26} ours {mean(o for o, _ in picks):.3f}"
              f" -> {mean(c for _, c in picks):.3f}  ({sum(c != o for o, c in picks)} changed,"
              f" {sum(c < o for o, c in picks)} lost)")
    rule = thread_fit(threads)
    print(f"   all sets: fit {'none' if rule is None else rule}")


def print_cpu(corpus: Path) -> None:
    """Extra CPU of the choice on the pages make bench converts: extract_main, and the whole
    conversion (process_bytes), with the choice against ours forced (no choice), process time;
    and on how many pages readability's text was taken."""
    files = [f for folder in BENCH_SETS for f in sorted((corpus / folder).glob("*.htm*"))]
    spent = {(step, forced): 0.0 for step in ("extract_main", "conversion") for forced in (selection.OURS, None)}
    taken = 0
    extract_main(clean_tree(decode(files[0].read_bytes())))  # imports and caches warmed before timing
    for path in files:
        data = path.read_bytes()
        for forced in (selection.OURS, None):
            selection.force(forced)
            root = clean_tree(decode(data))  # a fresh tree: readability's article is kept per tree
            started = time.process_time()
            found = extract_main(root)
            spent["extract_main", forced] += time.process_time() - started
            started = time.process_time()
            process_bytes(data, path.name, build_options())
            spent["conversion", forced] += time.process_time() - started
        taken += found.extractor == selection.READABILITY
    selection.force(None)
    print(f"== CPU on the bench pages ({len(files)} pages of {', '.join(BENCH_SETS)}), without -> with the choice;"
          f" readability's text taken on {taken}")
    for step in ("extract_main", "conversion"):
        before, after = spent[step, selection.OURS], spent[step, None]
        print(f"   {step:<14}{before:7.1f} s -> {after:7.1f} s  (+{1000 * (after - before) / len(files):.1f} ms a page,"
              f" +{100 * (after / max(1e-9, before) - 1):.1f} %)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cache", type=Path, help="rows read from / written to this JSON file")
    parser.add_argument("--held", action="store_true", help="score the held halves instead (the last step)")
    parser.add_argument("--rename", action="store_true",
                        help="also each page with its class and id words renamed (loeo_extract.renamed): a layout"
                             " no rule names, as a page of a new site is")
    parser.add_argument("--cpu", action="store_true", help="only measure the extra CPU on the bench pages")
    args = parser.parse_args(argv)
    if args.cpu:
        print_cpu(args.corpus)
        return 0
    if args.cache and args.cache.exists():
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        rows = [row_of(name, page) for name, pages in page_sets(args.corpus, args.held) for page in pages]
        if args.rename:
            folder = Path(tempfile.mkdtemp(prefix="select-renamed-"))
            rows += [{**row_of(name, renamed(page, folder)), "renamed": True}
                     for name, pages in page_sets(args.corpus, args.held) for page in pages]
        if args.cache:
            args.cache.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"== candidates through the whole pipeline ({'HELD' if args.held else 'tuning'} pages"
          f"{', each also renamed' if any(r.get('renamed') for r in rows) else ''}): mean F1")
    print(f"   {'set':<12}{'pages':>6}" + "".join(f"{n:>18}" for n in (*NAMES, "best", "shipped")))
    for name in [*sorted({r["set"] for r in rows}), "all"]:
        picked = [r for r in rows if name in ("all", r["set"])]
        print(f"   {name:<12}{len(picked):>6}"
              + "".join(f"{mean(r['f1'][n] for r in picked):>18.3f}" for n in NAMES)
              + f"{mean(max(r['f1'][n] for n in NAMES) for r in picked):>18.3f}"
              + f"{mean(r['f1']['shipped'] for r in picked):>18.3f}")
    if not args.held:  # nothing is fitted on the held halves
        print_loso(rows)
        print_thread_loso(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())

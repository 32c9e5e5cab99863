"""Leave-one-engine-out over the tuning forums: how far the forum rules carry (issue 13, round 10).

    python tests/eval/loeo_extract.py [--corpus DIR] [--worst N]   (make eval-extract-loeo)

Units: each tuning engine of tests/data/threads, threads2 and threads3 (every page kind they
hold), and each web-magic tuning-half site with a forum or comment page (its forum and comment
pages). No held page is read: not the web-magic held half, not a held engine.

Each unit is converted through the whole pipeline twice and scored as eval_extract.py scores
(character F1 against the gold, the document body as a user gets it):
  rules    the rule-based extraction alone (no learned step);
  loeo     with the learned block scorer fitted (train_blocks.fit) on every other unit and on
           web-gold, never on the unit itself nor on any held page: the learned part is scored
           on an engine it never saw.
The hand rules cannot be refitted per engine; which engine each was written from is said in
the report of the round (git log of read/extraction). --rename scores every unit again with
its class and id words replaced by meaningless ones (each Latin word by a hash, digits and
separators kept, the same word the same everywhere on the page): an engine whose template
names nothing a rule knows. What still works there works by structure, not by name.
The mean over units (each unit weighs the same, whatever its page count) is the
leave-one-engine-out figure; the worst pages are listed with the step that lost their text
(eval_extract.lost_step).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import re
import statistics
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_extract import (
    DEFAULT_CORPUS,
    RULES,
    THREADS,
    THREADS2,
    THREADS3,
    Page,
    lost_step,
    run_reportfmt,
    thread_pages,
    web_gold_pages,
    web_magic_pages,
)
from scoring import char_score
from train_blocks import fit, group_of, page_data

from reportfmt.read.encodings import decode
from reportfmt.read.extraction import learned

LOEO = "loeo"
_LETTERS = str.maketrans("0123456789", "ghijklmnop")
_NAMED = re.compile(r"""(\s(?:class|id)\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.I)


def renamed(page: Page, folder: Path) -> Page:
    """The page with its class and id words replaced by meaningless ones (a hash per word, in
    letters; digits, '-' and '_' kept, so 'post_12' and 'post_13' stay one template's)."""
    def word(match: re.Match) -> str:
        # Letters only: the rules fold digits out of class words ("post_12" is "post_"), so a hex
        # hash would fold too and unrelated words would match ("k360f84" and "k27042f" are both
        # "kf"): two classes no template shares would look like one template's.
        return "k" + hashlib.sha256(match.group(0).lower().encode()).hexdigest()[:6].translate(_LETTERS)

    def attribute(match: re.Match) -> str:
        value = match.group(2) if match.group(2) is not None else match.group(3)
        return f'{match.group(1)}"{re.sub(r"[A-Za-z]+", word, value)}"'

    html = _NAMED.sub(attribute, decode(page.html.read_bytes()))
    path = folder / page.html.name
    path.write_text(html, encoding="utf-8")
    return dataclasses.replace(page, html=path, scores={}, empty={}, losses=[])


def tuning_units(corpus: Path) -> tuple[dict[str, list[Page]], list[tuple[Page, str]]]:
    """The units scored (group -> its pages) and every page the models may learn from, each with
    its group: web-gold, the web-magic tuning half, the tuning engines. Held pages are left out."""
    units: dict[str, list[Page]] = defaultdict(list)
    pool: list[tuple[Page, str]] = []
    for root in (THREADS, THREADS2, THREADS3):
        for page in thread_pages(root):
            if page.half == "tune":
                group = group_of(page, "engine")
                units[f"{root.name}:{page.site}"].append(page)
                pool.append((page, group))
    if (corpus / "web-magic").is_dir():
        for page in web_magic_pages(corpus):
            if page.half != "tune":
                continue
            group = group_of(page, "magic")
            pool.append((page, group))
            if page.kind != "article":
                units[group].append(page)
        pool += [(page, group_of(page, "gold")) for page in web_gold_pages(corpus)]
    return dict(units), pool


def unit_group(unit: str, pages: list[Page]) -> str:
    return unit if unit.startswith("site:") else group_of(pages[0], "engine")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--worst", type=int, default=8, help="list this many worst pages (loeo)")
    parser.add_argument("--rename", action="store_true",
                        help="score the units with their class and id words replaced by meaningless ones")
    args = parser.parse_args(argv)
    units, pool = tuning_units(args.corpus)
    if args.rename:
        folder = Path(tempfile.mkdtemp(prefix="loeo-renamed-"))
        units = {unit: [renamed(p, folder) for p in pages] for unit, pages in units.items()}
    data = [page_data(page, group, with_rules=False) for page, group in pool]
    rows = []
    for unit, pages in sorted(units.items()):
        left_out = unit_group(unit, pages)
        model = fit([d for d in data if d.group != left_out])
        for page in pages:
            learned.use_model(False)
            page.scores[RULES] = char_score(run_reportfmt(page), page.gold)
            learned.use_model(model)
            page.scores["reportfmt"] = char_score(run_reportfmt(page), page.gold)
        learned.use_model(None)
        rules = statistics.mean(p.scores[RULES].f1 for p in pages)
        loeo = statistics.mean(p.scores["reportfmt"].f1 for p in pages)
        kinds = ",".join(sorted({p.kind for p in pages}))
        rows.append((unit, len(pages), kinds, rules, loeo))
    print("== leave-one-engine-out over the tuning forums: mean F1 per unit, rules alone -> with the"
          " learned step fitted without the unit (no held page read)"
          + ("; class and id words renamed" if args.rename else ""))
    print(f"   {'unit':<44}{'pages':>6}  {'kinds':<22}{'rules':>7}{LOEO:>7}")
    for unit, count, kinds, rules, loeo in sorted(rows, key=lambda r: r[4]):
        print(f"   {unit:<44}{count:>6}  {kinds:<22}{rules:>7.3f}{loeo:>7.3f}")
    forum_rows = [r for r in rows if "forum" in r[2] or "comment" in r[2]]
    for label, chosen in (("all units", rows), ("units with forum/comment pages", forum_rows),
                          ("engines (threads*)", [r for r in rows if not r[0].startswith("site:")]),
                          ("web-magic tuning forum sites", [r for r in rows if r[0].startswith("site:")])):
        if chosen:
            print(f"   mean over {label:<36}{len(chosen):>4} units  rules {statistics.mean(r[3] for r in chosen):.3f}"
                  f"  loeo {statistics.mean(r[4] for r in chosen):.3f}")
    every = [p for pages in units.values() for p in pages]
    print(f"   worst {args.worst} pages (loeo):")
    for page in sorted(every, key=lambda p: p.scores["reportfmt"].f1)[:args.worst]:
        s = page.scores["reportfmt"]
        print(f"     {page.name} [{page.kind}]  P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"
              f"  - {lost_step(page)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

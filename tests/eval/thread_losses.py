"""Where our thread text differs from the gold, by mechanism, on the TUNING thread pages (issue 13).

    python tests/eval/thread_losses.py [--corpus DIR] [--pages] [--cache FILE]

Pages: the web-magic tuning half's forum and comment pages, the tuning engines of threads,
threads2, threads3 and threads5, and all of threads4 (no held page is converted here). Each is
converted through the whole pipeline (as eval_extract.py scores it) and compared with its gold
line by line, whitespace removed:

- a gold line missing from our text that a line of ours matches closely (SAME_LINE) is there,
  its characters changed ("lost: changed in place": the characters the two do not share);
- a gold line missing from our text (recall) is charged to the recorded step that removed it
  (extract.<reason>, a filter rule), or to "never in the article" when no step recorded it;
  a forum page whose thread step found no posts is a whole-thread miss;
- a line of ours missing from the gold (precision) is charged to the first form it has:
  "the title in the body" (the document title, kept again as a body line), "repeated in
  posts" (a line printed two or more times in our text: a signature, a user panel's label, a
  quote's copy), "stamp" (a time stamp: a byline or post-tail line), "bar"
  (a short line without a sentence: buttons, counters, names, floor labels), "sentence"
  (anything longer: a sidebar, related posts, a reply form's hint, an article beside them).

Printed: the table of characters lost by mechanism (summed over pages, and the F1 the pages
would gain were that mechanism alone fixed), then with --pages each page's F1 and its
largest lines lost and kept.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_extract import (
    DEFAULT_CORPUS,
    THREADS,
    THREADS2,
    THREADS3,
    THREADS5,
    Page,
    run_reportfmt,
    thread_pages,
    web_magic_pages,
)
from loeo_extract import renamed
from scoring import char_score, squeeze
from select_extract import threads4_pages

from reportfmt.read.encodings import decode
from reportfmt.read.extract import extract_main
from reportfmt.read.extraction.repeated_posts import STAMP
from reportfmt.read.html import clean_tree

# A line this short, or without a sentence's punctuation and under BAR_MAX, is a bar's item.
BAR_MAX = 16
# A gold line missing from our text that matches a line of ours this closely is there, changed.
SAME_LINE = 0.9
_SENTENCE = re.compile(r"[，。！？；,.!?;]")


def tuning_thread_pages(corpus: Path) -> list[tuple[str, Page]]:
    pages = []
    for name, root in (("threads", THREADS), ("threads2", THREADS2), ("threads3", THREADS3), ("threads5", THREADS5)):
        pages += [(name, p) for p in thread_pages(root) if p.half == "tune"]
    pages += [("threads4", p) for p in threads4_pages()]
    if (corpus / "web-magic").is_dir():
        pages += [("web-magic", p) for p in web_magic_pages(corpus) if p.half == "tune" and p.kind != "article"]
    return pages


def lines_of(text: str) -> list[str]:
    return [flat for flat in (squeeze(line) for line in text.splitlines()) if flat]


def kept_form(line: str, counts: Counter, title: str) -> str:
    if title and line in title:
        return "kept: the title in the body"
    if counts[line] >= 2:
        return "kept: repeated in posts"
    if STAMP.search(line) and len(line) <= 40:
        return "kept: stamp"
    if len(line) <= BAR_MAX and not _SENTENCE.search(line):
        return "kept: bar"
    return "kept: sentence"


def page_row(set_name: str, page: Page) -> dict:
    text = run_reportfmt(page)
    score = char_score(text, page.gold)
    found = extract_main(clean_tree(decode(page.html.read_bytes())))
    ours, gold = lines_of(text), lines_of(page.gold)
    flat_ours, flat_gold = "".join(ours), "".join(gold)
    counts = Counter(ours)
    lost: dict[str, int] = defaultdict(int)
    examples: list[tuple[str, str]] = []
    extra = [line for line in ours if line not in flat_gold]
    changed = set()
    for line in gold:
        if line in flat_ours:
            continue
        twin = next((x for x in extra if x not in changed and SequenceMatcher(None, x, line).ratio() >= SAME_LINE),
                    None)
        if twin is not None:  # the line is there, its characters normalised (half-width brackets made full)
            changed.add(twin)
            same = sum(b.size for b in SequenceMatcher(None, twin, line, autojunk=False).get_matching_blocks())
            lost["lost: changed in place"] += len(line) - same
            examples.append(("lost: changed in place", line))
            continue
        rule = next((r for r, removed in page.losses if line in squeeze(removed)), None)
        mechanism = "lost: " + (rule or "never in the article")
        if page.kind != "article" and not found.posts:
            mechanism = "lost: whole thread missed (no posts found)"
        lost[mechanism] += len(line)
        examples.append((mechanism, line))
    for line in ours:
        if line in flat_gold or line in changed:
            continue
        mechanism = kept_form(line, counts, squeeze(page.title))
        lost[mechanism] += len(line)
        examples.append((mechanism, line))
    return {"set": set_name, "name": page.name, "kind": page.kind, "f1": score.f1, "p": score.precision,
            "r": score.recall, "posts": found.posts, "extractor": page.extractor, "gold": len(flat_gold),
            "ours": len(flat_ours), "lost": dict(lost), "examples": examples}


def gain_if_fixed(row: dict, mechanism: str) -> float:
    """The page's F1 were the mechanism's characters alone fixed (a rough figure: lines, not blocks)."""
    chars = row["lost"].get(mechanism, 0)
    p, ours, gold = row["p"], row["ours"], row["gold"]
    matched = p * max(ours, 1)
    if mechanism.startswith("lost"):
        matched, ours = matched + chars, ours + chars
    else:
        ours = ours - chars
    p2, r2 = matched / max(ours, 1), min(1.0, matched / max(gold, 1))
    return (2 * p2 * r2 / (p2 + r2) if p2 + r2 else 0.0) - row["f1"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pages", action="store_true", help="each page's F1 and its largest lines lost and kept")
    parser.add_argument("--cache", type=Path, help="rows read from / written to this JSON file")
    parser.add_argument("--rename", action="store_true",
                        help="each page with its class and id words renamed (loeo_extract.renamed):"
                             " a layout no rule names")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        pages = tuning_thread_pages(args.corpus)
        if args.rename:
            folder = Path(tempfile.mkdtemp(prefix="thread-losses-"))
            pages = [(s, renamed(p, folder)) for s, p in pages]
        rows = [page_row(s, p) for s, p in pages]
        if args.cache:
            args.cache.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"== tuning thread pages: {len(rows)}, mean F1 {statistics.mean(r['f1'] for r in rows):.3f}")
    for name in sorted({r["set"] for r in rows}):
        picked = [r for r in rows if r["set"] == name]
        print(f"   {name:<10}{len(picked):>4} pages  F1 {statistics.mean(r['f1'] for r in picked):.3f}")
    mechanisms = sorted({m for r in rows for m in r["lost"]}, key=lambda m: -sum(r["lost"].get(m, 0) for r in rows))
    print(f"== characters by mechanism (of {sum(r['gold'] for r in rows)} gold characters),"
          " pages touched, mean F1 gained were it alone fixed")
    for mechanism in mechanisms:
        touched = [r for r in rows if r["lost"].get(mechanism)]
        gained = sum(gain_if_fixed(r, mechanism) for r in rows) / len(rows)
        print(f"   {mechanism:<48}{sum(r['lost'].get(mechanism, 0) for r in rows):>7}{len(touched):>5} pages"
              f"   +{gained:.3f}")
    if args.pages:
        for row in sorted(rows, key=lambda r: r["f1"]):
            print(f"-- {row['set']} {row['name']} [{row['kind']}] F1 {row['f1']:.3f} P {row['p']:.3f} R {row['r']:.3f}"
                  f" posts {row['posts']} from {row['extractor']}")
            for mechanism, line in sorted(row["examples"], key=lambda e: -len(e[1]))[:8]:
                print(f"     {mechanism:<40} {line[:70]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

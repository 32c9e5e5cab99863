"""Which rule removed each labelled chrome line of the own-words tuning pages (own-tune only).

Usage: python tests/eval/chrome_by_rule.py [--family FAMILY] [--rules] [--left]

For every chrome label of an own-tune page, the rule (`family.name`) whose removed block holds it,
or LEFT when the output still shows it. `--rules` prints, per family, how many labelled lines each
rule removed (which rules carry a family on the tuning pages, to tell word rules from form rules);
`--left` prints only the lines left. Held-out groups (own-check, own-held, own-new) are never listed: their
pages are for numbers only (eval_sites.py --own).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import output_from, score_page
from sites_devset import fold, own_pages

TUNE = "own-tune"


def rule_of(label: str, removed: list[dict]) -> str | None:
    """The rule of the first removed block holding the label's text (widths folded)."""
    key = fold(label)[:24]
    return next((item["rule"] for item in removed if key and key in fold(item["text"])), None)


def main(argv: list[str]) -> int:
    family = argv[argv.index("--family") + 1] if "--family" in argv[:-1] else None
    by_rule: dict[str, Counter] = defaultdict(Counter)
    for raw, page in own_pages():
        if page["split"] != TUNE:
            continue  # own-held pages (last round's files) are numbers only
        chrome = [c for c in page["chrome"] if family in (None, c["family"])]
        if not chrome:
            continue
        doc = read_plain_text(raw)
        report = run_passes(doc)
        result = score_page(page, raw, output_from(doc, report))
        left = {line.split("] ", 1)[1] for line in result.why if line.startswith("chrome left")}
        for item in chrome:
            rule = "LEFT" if item["text"][:20] in left else (rule_of(item["text"], report.removed) or "?")
            by_rule[item["family"]][rule] += 1
            if "--rules" in argv or ("--left" in argv and rule != "LEFT"):
                continue
            print(f"{item['family']:16} {rule:40} {item['text'][:60]}    [{page['id'][4:40]}]")
    if "--rules" in argv:
        for name, counts in sorted(by_rule.items()):
            print(f"\n{name}: {sum(counts.values())}")
            for rule, n in counts.most_common():
                print(f"  {n:4}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

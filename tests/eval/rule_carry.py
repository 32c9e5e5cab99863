"""Which removal rules carry across sites: every rule's removals on every dev split, by label.

Usage: python tests/eval/rule_carry.py RAW_DIR --splits SPLIT,... [--examples N] [--json PATH]
           [--match CONCEPT.NAME,...]
       (make rule-carry SITES=RAW_DIR CARRY="--splits tuned,held,...")

Rounds of rules written from one split's lines reached 95-100 % on that split and moved the next
held split by 0-3 points: the rules named one site's words. This script says which rules those
are. It runs the pipeline on every page of the named splits (the template-site dev set,
tests/eval/sites/labels.json; a HELD_OUT split only when --splits names it), takes the manifest's
`removed` records (`{"text", "rule"}`), and sorts each removed text by the labels of the raw line
it came from:
- chrome: it holds a labelled chrome string (a chrome line's first characters, or an inline
  chrome string), or it is part of a line labelled chrome;
- title: it is the page's labelled title line (a title printed above the text is no chrome label,
  and taking it is the title code's job, not a loss);
- body: it is, or is part of, or holds, a raw line labelled neither (the document's own text,
  headings included): a body line lost;
- other: no raw line of the page matches it (text rebuilt by a pass, e.g. lines joined).
For each rule it prints the lines removed on each split and in all, as chrome/body/title/other,
and on how many splits it fires; then the rules that fire on one split only (words of one site,
or a form only one split has), the rules that ever remove a body line (with examples), and the
loaded YAML rules that fire on no split at all.

`--match RULE,...` asks, for a rule written from one split's failure, whether its KIND exists
elsewhere: its pattern is tried on every raw line of every named split (in the rule form the
rules see, line_form.rule_forms; any place on the page, within its max_chars), and the lines it
matches are counted per split as chrome taken (the pipeline removed them, by whichever rule),
chrome left, body, title. A rule whose form matches chrome only on the split it was written
from is that split's words; body lines it matches anywhere are what a looser `where` would cost.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import HELD_OUT, SPLITS
from sites_devset import LABELS, fold

KINDS = ("chrome", "body", "title", "other")
# A removed text this short is matched against whole lines only: "分享" occurs inside many a
# body line, and only a line saying just it is the one removed.
SHORT_TEXT = 4
EXAMPLES = 3


def line_kinds(page: dict, raw: str) -> list[tuple[str, str]]:
    """(folded line, kind) for every non-blank raw line: chrome when a whole-line chrome label
    opens it, title when it is the labelled title, else body."""
    line_labels = [c["text"] for c in page["chrome"] if not c["before"] and not c["after"] and c["text"]]
    title = fold(page.get("title") or "")
    kinds = []
    for line in raw.splitlines():
        folded = fold(line)
        if not folded:
            continue
        if any(folded.startswith(label) for label in line_labels):
            kinds.append((folded, "chrome"))
        elif title and (folded == title or (len(folded) <= len(title) + 8 and title in folded)):
            kinds.append((folded, "title"))
        else:
            kinds.append((folded, "body"))
    return kinds


def kind_of(removed: str, page: dict, lines: list[tuple[str, str]]) -> str:
    """The label of the raw line(s) a removed text came from (see the module's docstring)."""
    text = fold(removed)
    if not text:
        return "other"
    for chrome in page["chrome"]:
        label = chrome["text"]
        if label and (label in text or (len(text) >= SHORT_TEXT and label.startswith(text))):
            return "chrome"
    equal = {kind for line, kind in lines if line == text}
    if equal:
        return "body" if equal == {"body"} else ("chrome" if "chrome" in equal else "title")
    if len(text) >= SHORT_TEXT:
        # A piece cut from a line: chrome when the line is chrome (a cut inside a chrome line).
        holding = {kind for line, kind in lines if text in line}
        if holding:
            return "chrome" if "chrome" in holding else ("title" if "title" in holding else "body")
    # A block joined from several raw lines: a body line inside it is a body line lost.
    inside = {kind for line, kind in lines if len(line) >= SHORT_TEXT and line in text}
    if inside:
        return "body" if "body" in inside else ("chrome" if "chrome" in inside else "title")
    return "other"


def removals_of(raw: str) -> list[dict]:
    doc = read_plain_text(raw)
    return run_passes(doc).removed


def collect(raw_dir: Path, splits: list[str]) -> tuple[dict, dict, list]:
    """counts[rule][split][kind], examples[rule][kind] -> [(split, url, text)], and each scored
    page as (page, raw lines with their kinds, folded removed texts)."""
    pages = json.loads(LABELS.read_text(encoding="utf-8"))["pages"]
    counts: dict = defaultdict(lambda: defaultdict(Counter))
    examples: dict = defaultdict(lambda: defaultdict(list))
    scored = []
    for page in pages:
        if page["split"] not in splits:
            continue
        path = raw_dir / f"{page['id']}.txt"
        if not path.exists():
            continue
        raw = path.read_text(encoding="utf-8")
        lines = line_kinds(page, raw)
        removals = removals_of(raw)
        scored.append((page, raw, lines, [fold(r["text"]) for r in removals]))
        for record in removals:
            kind = kind_of(record["text"], page, lines)
            counts[record["rule"]][page["split"]][kind] += 1
            examples[record["rule"]][kind].append((page["split"], page["url"], record["text"]))
    return counts, examples, scored


def match_report(names: list[str], scored: list, splits: list[str], shown: int) -> None:
    """Where each named rule's form occurs on the raw lines, whatever its place (see --match)."""
    from reportfmt.passes.boilerplate.line_form import rule_forms
    from reportfmt.passes.boilerplate.ruleset import load_rules
    rules = {f"{r.concept}.{r.name}": r for r in load_rules()}
    for name in names:
        rule = rules.get(name)
        if rule is None:
            print(f"\n--match: no rule {name}")
            continue
        found: dict = defaultdict(Counter)
        seen: dict = defaultdict(list)
        for page, raw, lines, removed in scored:
            kinds = dict(lines)
            for line in raw.splitlines():
                text = " ".join(line.split())
                if not text or len(text) > rule.max_chars or not any(rule.search(f) for f in rule_forms(text)):
                    continue
                folded = fold(text)
                kind = kinds.get(folded, "body")
                if kind == "chrome":
                    taken = any(folded in r or (len(r) >= SHORT_TEXT and r in folded) for r in removed)
                    kind = "chrome taken" if taken else "chrome left"
                found[page["split"]][kind] += 1
                seen[kind].append((page["split"], page["url"], text))
        total = Counter()
        for counts in found.values():
            total.update(counts)
        print(f"\n--match {name} ({rule.where}, max {rule.max_chars} chars): "
              + ", ".join(f"{k} {total[k]}" for k in ("chrome taken", "chrome left", "body", "title")))
        for split in splits:
            if found[split]:
                print(f"    {split:8} " + ", ".join(f"{k} {v}" for k, v in sorted(found[split].items())))
        for kind in ("body", "title"):
            for split, url, text in seen[kind][:shown]:
                print(f"      {kind} [{split}] {url}  {text[:60]}")


def yaml_rule_names() -> list[str]:
    from reportfmt.passes.boilerplate.followers import load_followers
    from reportfmt.passes.boilerplate.ruleset import load_rules
    return sorted({f"{r.concept}.{r.name}" for r in load_rules()} | {f"{f.concept}.{f.name}" for f in load_followers()})


def report(counts: dict, examples: dict, splits: list[str], shown: int) -> dict:
    print(f"{'rule':44} {'splits':>6} {'chrome':>6} {'body':>5} {'title':>5} {'other':>5}   per split "
          "(lines removed)")
    summary = {}
    for rule in sorted(counts):
        per_split = counts[rule]
        total = Counter()
        for split_counts in per_split.values():
            total.update(split_counts)
        fired = [s for s in splits if sum(per_split[s].values())]
        summary[rule] = {"splits": fired, "total": {k: total[k] for k in KINDS},
                         "per_split": {s: {k: per_split[s][k] for k in KINDS} for s in fired}}
        where = " ".join(f"{s}:{sum(per_split[s].values())}" for s in fired)
        print(f"{rule:44} {len(fired):6} {total['chrome']:6} {total['body']:5} {total['title']:5} "
              f"{total['other']:5}   {where}")
    one_split = [r for r in sorted(summary) if len(summary[r]["splits"]) == 1]
    print(f"\nrules that fire on one split only ({len(one_split)} of {len(summary)}):")
    for rule in one_split:
        total = summary[rule]["total"]
        print(f"  {rule:44} {summary[rule]['splits'][0]:8} chrome {total['chrome']}, body {total['body']}, "
              f"other {total['other'] + total['title']}")
    body_rules = [r for r in sorted(summary) if summary[r]["total"]["body"]]
    print(f"\nrules that remove a line labelled body ({len(body_rules)}):")
    for rule in body_rules:
        print(f"  {rule}: {summary[rule]['total']['body']} body lines")
        for split, url, text in examples[rule]["body"][:shown]:
            print(f"      [{split}] {url}  {' '.join(text.split())[:60]}")
    silent = [name for name in yaml_rule_names() if name not in summary]
    print(f"\nYAML rules and followers that fire on no page of these splits ({len(silent)}):")
    for start in range(0, len(silent), 4):
        print("  " + "  ".join(silent[start:start + 4]))
    return summary


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print("usage: rule_carry.py RAW_DIR --splits SPLIT,... [--examples N] [--json PATH]", file=sys.stderr)
        return 2
    raw_dir = Path(argv[0])
    if not raw_dir.is_dir():
        print(f"rule_carry: {raw_dir} is missing: it holds the dev set's page texts (tests/eval/sites_devset.py)",
              file=sys.stderr)
        return 2
    splits = [s for s in SPLITS if s not in HELD_OUT]
    if "--splits" in argv[1:-1]:
        splits = argv[argv.index("--splits") + 1].split(",")
    shown = int(argv[argv.index("--examples") + 1]) if "--examples" in argv[1:-1] else EXAMPLES
    counts, examples, scored = collect(raw_dir, splits)
    print(f"rule_carry: {len(scored)} pages of {len(splits)} splits ({','.join(splits)})\n")
    summary = report(counts, examples, splits, shown)
    if "--match" in argv[1:-1]:
        match_report(argv[argv.index("--match") + 1].split(","), scored, splits, shown)
    if "--json" in argv[1:-1]:
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

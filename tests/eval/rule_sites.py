"""On how many sites each named removal rule is right: the carry of the chrome rules (issue 18).

Usage: python tests/eval/rule_sites.py [--all] [--forms] [--show RULE,...] [--json PATH]
       (make rule-sites)

The own-words dev set (tests/eval/sites/own/*.txt) and the genre documents go through the
pipeline; each record of the manifest's `removed` list (`{"text", "rule"}`, the rule named
`<family>.<rule name>`) is sorted by the labels of the raw line it came from (rule_carry.kind_of):
chrome (right), body (wrong: a line of the document lost, headings included), title, other. For
every rule the table gives
- tune sites: how many own-tune SITES it removes a labelled chrome line on, and its right and
  wrong line counts on own-tune;
- check, held: its right and wrong line counts summed over own-check and own-held (counts only:
  those pages are never listed, and no page of theirs is printed by any option);
- genre: the body lines it takes from genre-tune and genre-check documents (every line of a genre
  document is body or labelled chrome).
The summary sorts the rules by the number of tune sites they are right on (0, 1, 2, 3+) and says
how many of each class are ever right on an own-check page (or an own-held one): a rule right on
one tune site and on no check page is the words of that site, the measure of carry this prints.
The table lists the rules right on some page and the rules wrong anywhere; `--all` lists every
rule fired. `--show RULE,...` prints the own-tune lines (and only those) each named rule removed,
with their kind and the page's file and host, to study the form a rule was written from.
`--forms` asks, for each YAML rule right on at most one tune site, whether its FORM is on other
sites: its pattern is tried on every raw line (in the rule forms the rules see, any place on the
page, within its max_chars), and the table counts the tune sites where it matches a chrome line
(whichever rule removed it, or none), the tune body lines it matches, and the chrome and body lines
it matches on own-check (counts only). A rule whose form is on several tune sites but that fires on
one is shadowed by an earlier rule (its lines go by another name); one whose form is on one site
only is that site's words.
own-new pages (this round's fresh pages) are not run at all.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from reportfmt.passes.boilerplate.ruleset import load_rules
from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text

sys.path.insert(0, str(Path(__file__).parent))
from rule_carry import kind_of, line_kinds
from sites_devset import GENRE_CHECK, GENRE_TUNE, OWN_HELD, OWN_SPLITS, fold, genre_pages, own_pages

TUNE, CHECK = OWN_SPLITS["tuned"], OWN_SPLITS["held"]
GROUPS = (TUNE, CHECK, OWN_HELD, GENRE_TUNE, GENRE_CHECK)
# The groups whose pages may be printed (--show): the tuning pages only.
LISTABLE = {TUNE}


def collect(pages: list[tuple[str, dict]], show: set[str]) -> tuple[dict, dict, list]:
    """counts[rule][group][kind], tune_sites[rule] -> sites right on, and the shown lines
    (own-tune only) as (rule, kind, file, host, text)."""
    counts: dict = defaultdict(lambda: defaultdict(Counter))
    tune_sites: dict = defaultdict(set)
    shown: list = []
    for raw, page in pages:
        group = page["split"]
        if group not in GROUPS:
            continue
        lines = line_kinds(page, raw)
        for record in run_passes(read_plain_text(raw)).removed:
            rule = record["rule"]
            kind = kind_of(record["text"], page, lines)
            counts[rule][group][kind] += 1
            if group == TUNE and kind == "chrome":
                tune_sites[rule].add(page["site"])
            if group in LISTABLE and rule in show:
                shown.append((rule, kind, page["file"], page["host"], record["text"]))
    return counts, tune_sites, shown


def rows(counts: dict, tune_sites: dict) -> list[dict]:
    table = []
    for rule, by_group in counts.items():
        row = {"rule": rule, "tune_sites": len(tune_sites.get(rule, ()))}
        for group in (TUNE, CHECK, OWN_HELD):
            row[f"{group}:right"] = by_group[group]["chrome"]
            row[f"{group}:wrong"] = by_group[group]["body"]
        for group in (GENRE_TUNE, GENRE_CHECK):
            row[f"{group}:wrong"] = by_group[group]["body"]
        row["other"] = sum(by_group[g]["title"] + by_group[g]["other"] for g in GROUPS)
        table.append(row)
    table.sort(key=lambda r: (-r["tune_sites"], -r[f"{TUNE}:right"], r["rule"]))
    return table


def wrong(row: dict) -> int:
    return sum(v for k, v in row.items() if k.endswith(":wrong"))


def right_anywhere(row: dict) -> bool:
    return any(row[f"{g}:right"] for g in (TUNE, CHECK, OWN_HELD))


def print_table(table: list[dict], every: bool) -> None:
    print(f"{'rule':46} {'tune':>4} {'tune':>9} {'check':>9} {'held':>9} {'genre':>9} {'other':>5}")
    print(f"{'':46} {'site':>4} {'right/bad':>9} {'right/bad':>9} {'right/bad':>9} {'tune/chk':>9}")
    for row in table:
        if not every and not right_anywhere(row) and not wrong(row):
            continue
        cells = [f"{row[f'{g}:right']}/{row[f'{g}:wrong']}" for g in (TUNE, CHECK, OWN_HELD)]
        genre = f"{row[f'{GENRE_TUNE}:wrong']}/{row[f'{GENRE_CHECK}:wrong']}"
        print(f"{row['rule'][:46]:46} {row['tune_sites']:4} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9} "
              f"{genre:>9} {row['other']:5}")


def summary(table: list[dict]) -> dict:
    """Per class of tune sites (0, 1, 2, 3+): rules, how many are right on a check page, on a
    check or held page, and how many take a body line anywhere."""
    classes: dict = {}
    for name, test in (("0", lambda n: n == 0), ("1", lambda n: n == 1), ("2", lambda n: n == 2),
                       ("3+", lambda n: n >= 3)):
        members = [r for r in table if test(r["tune_sites"]) and right_anywhere(r)]
        classes[name] = {
            "rules": len(members),
            "right on check": sum(1 for r in members if r[f"{CHECK}:right"]),
            "right on check or held": sum(1 for r in members if r[f"{CHECK}:right"] or r[f"{OWN_HELD}:right"]),
            "chrome lines on tune": sum(r[f"{TUNE}:right"] for r in members),
            "chrome lines on check": sum(r[f"{CHECK}:right"] for r in members),
            "wrong anywhere": sum(1 for r in members if wrong(r)),
        }
    return classes


def print_summary(table: list[dict]) -> dict:
    classes = summary(table)
    print(f"\n{'right on N tune sites':22} {'rules':>5} {'right on check':>15} {'check|held':>10} "
          f"{'tune lines':>10} {'check lines':>11} {'wrong anywhere':>14}")
    for name, c in classes.items():
        print(f"{name:22} {c['rules']:5} {c['right on check']:15} {c['right on check or held']:10} "
              f"{c['chrome lines on tune']:10} {c['chrome lines on check']:11} {c['wrong anywhere']:14}")
    never = [r for r in table if not right_anywhere(r) and not wrong(r)]
    print(f"(rules that fired but took no labelled line, title or rebuilt text only: {len(never)})")
    overfit = [r["rule"] for r in table if r["tune_sites"] == 1 and not r[f"{CHECK}:right"]]
    by_family = Counter(rule.split(".", 1)[0] for rule in overfit)
    print(f"\nright on one tune site and on no check page: {len(overfit)} rules; by family: "
          + ", ".join(f"{f} {n}" for f, n in by_family.most_common()))
    for family, _ in by_family.most_common():
        names = [r.split(".", 1)[1] for r in overfit if r.split(".", 1)[0] == family]
        print(f"  {family}: {' '.join(names)}")
    return classes


def form_sites(pages: list[tuple[str, dict]], names: list[str]) -> dict:
    """rule -> (tune sites whose chrome it matches, tune body lines, check chrome lines, check body
    lines, held chrome lines, held body lines), by its pattern on the raw lines (--forms)."""
    from reportfmt.passes.boilerplate.line_form import rule_forms
    from reportfmt.passes.boilerplate.ruleset import load_rules

    rules = {f"{r.concept}.{r.name}": r for r in load_rules()}
    chosen = [(name, rules[name]) for name in names if name in rules]
    found: dict = {name: [set(), 0, 0, 0, 0, 0] for name, _ in chosen}
    for raw, page in pages:
        group = page["split"]
        if group not in (TUNE, CHECK, OWN_HELD):
            continue
        kinds = dict(line_kinds(page, raw))
        for line in raw.splitlines():
            text = " ".join(line.split())
            if not text:
                continue
            forms = rule_forms(text)
            kind = kinds.get(fold(text), "body")
            if kind == "title":
                continue
            for name, rule in chosen:
                if len(text) > rule.max_chars or not any(rule.search(f) for f in forms):
                    continue
                counts = found[name]
                if group == TUNE:
                    if kind == "chrome":
                        counts[0].add(page["site"])
                    else:
                        counts[1] += 1
                else:
                    at = 2 if group == CHECK else 4
                    counts[at + (kind != "chrome")] += 1
    return found


def print_forms(table: list[dict], found: dict) -> None:
    print("\nrules right on at most one tune site: where their FORM matches (any place on the page)")
    print(f"{'rule':46} {'fired':>5} {'form':>5} {'tune':>5} {'check':>9} {'held':>9}")
    print(f"{'':46} {'sites':>5} {'sites':>5} {'body':>5} {'chr/body':>9} {'chr/body':>9}")
    fired = {row["rule"]: row["tune_sites"] for row in table}
    shadowed = one = 0
    for name, (sites, body, check_chrome, check_body, held_chrome, held_body) in sorted(
        found.items(), key=lambda item: (-len(item[1][0]), item[0])
    ):
        shadowed += len(sites) > 1
        one += len(sites) <= 1
        print(f"{name[:46]:46} {fired.get(name, 0):5} {len(sites):5} {body:5} "
              f"{f'{check_chrome}/{check_body}':>9} {f'{held_chrome}/{held_body}':>9}")
    print(f"form on 2+ tune sites (shadowed by other rules): {shadowed}; on one or none: {one}")


def main(argv: list[str]) -> int:
    show = set(argv[argv.index("--show") + 1].split(",")) if "--show" in argv[:-1] else set()
    pages = [p for p in own_pages() + genre_pages() if p[1]["split"] in GROUPS]
    counts, tune_sites, shown = collect(pages, show)
    groups = Counter(page["split"] for _, page in pages)
    print("rule_sites: " + ", ".join(f"{g} {groups[g]} pages" for g in GROUPS) + "\n")
    table = rows(counts, tune_sites)
    print_table(table, "--all" in argv)
    classes = print_summary(table)
    if "--forms" in argv:
        yaml_names = {f"{r.concept}.{r.name}" for r in load_rules()}
        names = [r["rule"] for r in table if r["tune_sites"] <= 1 and r["rule"] in yaml_names]
        print_forms(table, form_sites(pages, names))
    for rule, kind, file, host, text in shown:
        print(f"\n[{rule}] {kind:6} {file} {host}\n    {' '.join(text.split())[:120]}")
    if "--json" in argv[:-1]:
        Path(argv[argv.index("--json") + 1]).write_text(
            json.dumps({"rules": table, "summary": classes}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

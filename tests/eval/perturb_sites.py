"""How fragile the rules are to a new site's decoration: the template-site dev set re-decorated.

Usage: python tests/eval/perturb_sites.py RAW_DIR [--splits S,...] [--perturb P,...]
           [--scope chrome,body,both] [--sample N] [--seed N] [--examples N]
       (make eval-perturb SITES=RAW_DIR)

Held splits after round after round lost chrome lines that a rule covers in a form the new site
did not use: a bullet or a bar in front, the label in brackets, another colon, full-width digits,
spaces inside the label, traditional script, a meta line glued to the next or wrapped in two. This
script measures that without a new split: every page of the dev splits (never a HELD_OUT one) is
re-decorated in one way at a time (perturb_forms.py), on its chrome lines only, on its body lines
only and on both (a real site dresses its chrome, not the document), scored with eval_sites.py's
scorer, and printed as the delta from the unperturbed pages, split by split and pooled.

Labels follow their lines, so that the scoring stays exact:
- a chrome line's label is recomputed from the decorated line, as a labeller would key it (its
  first characters); a chrome line wrapped in two is two chrome lines, each keyed;
- a heading, title or body line goes through a character map (width, script) only, and its
  labels through the same table; line decorations (bullet, bracket, colon, spaces) and glue/wrap
  leave heading and title lines alone, since they would change what the label names;
- a body snippet that no longer occurs in the decorated page (a colon inside it became "】") is
  taken again from the middle of its decorated line (counted in the "relabelled" column);
- masks stay as labelled: the scorer folds widths (NFKC) on both sides, and no map touches them;
- under a character map a page title is right when it agrees with the label once script and
  width are folded (the map decorates one scope only, and the title may come from a chrome copy
  of it in the other script).
Width and blanks need no relabelling at all (eval_sites folds both); the perturbation still
changes what the pipeline reads.

Examples: for every perturbation that loses chrome (or body), a few lines gone before and left
after, each with the rule that removed the undecorated line (the manifest's removed record): the
rule that stopped matching.
"""

from __future__ import annotations

import copy
import json
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import eval_sites
from eval_sites import HELD_OUT, SPLITS, Score, score_page
from perturb_forms import CHAR_FORMS, LINE_FORMS, PERTURBATIONS, char_table, line_form, wrap
from sites_devset import KEY_CHARS, LABELS, SNIPPET_CHARS, fold

from reportfmt.passes.script import to_simplified

SCOPES = ("chrome", "body", "both")
# What each scope decorates: a character map reaches every document line; a line decoration and
# glue/wrap only plain body lines (a heading's or a title's label would name another text).
_DOCUMENT_KINDS = {"body", "heading", "title", "inline"}
BIG_DROP = 1.0  # percentage points of chrome gone (or any body line lost) worth examples


@dataclass
class Line:
    text: str
    kind: str  # chrome, title, inline (holds inline chrome), heading, body, blank
    chrome: int | None = None  # index of its line-chrome label


def classify(page: dict, raw: str) -> list[Line]:
    """Each raw line with what the labels say it is."""
    queue: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(page["chrome"]):
        if not item["before"] and not item["after"]:
            queue[item["text"]].append(index)
    inline = [i["before"] + i["text"] + i["after"] for i in page["chrome"] if i["before"] or i["after"]]
    headings = [fold(h["text"]) for h in page["headings"]]
    title = fold(page.get("title", ""))
    lines: list[Line] = []
    title_open = bool(title)
    for text in raw.split("\n"):
        folded = fold(text)
        key = folded[:KEY_CHARS]
        if not folded:
            lines.append(Line(text, "blank"))
        elif queue.get(key):
            lines.append(Line(text, "chrome", queue[key].pop(0)))
        elif title_open and ((title in folded and not any(x.kind == "title" for x in lines))
                             or (len(folded) >= 2 and folded in title)):
            # The first line holding the title, or a piece of a title wrapped over lines; a
            # heading that repeats the title further down is not it.
            lines.append(Line(text, "title"))
        elif any(k in folded for k in inline):
            lines.append(Line(text, "inline"))
        elif any(h and folded.startswith(h) for h in headings):
            lines.append(Line(text, "heading"))
        else:
            lines.append(Line(text, "body"))
        if lines[-1].kind not in ("blank", "title", "chrome") and any(x.kind == "title" for x in lines):
            title_open = False
    return lines


def eligible(line: Line, name: str, scope: str) -> bool:
    kinds = ({"chrome"} if scope in ("chrome", "both") else set())
    if scope in ("body", "both"):
        kinds |= _DOCUMENT_KINDS if name in CHAR_FORMS else {"body"}
    return line.kind in kinds


@dataclass
class Perturbed:
    raw: str
    page: dict
    changed: list[tuple[str, str, str]]  # (kind, line before, line after)
    relabelled: int
    unmatchable: int
    chrome_lines: dict[str, tuple[str, str]]  # new key[:20] -> (old key, decorated line)


def perturb_page(page: dict, raw: str, name: str, scope: str, seed: int) -> Perturbed | None:
    """The page decorated in one way, with its labels following; None when nothing applies."""
    lines = classify(page, raw)
    segments: list[list[str] | None] = [None] * len(lines)  # a decorated line's own text (wrap: two)
    glued: dict[int, int] = {}  # glue: line index -> the line it is joined to
    mapped: set[int] = set()  # lines that went through a character map
    for i, line in enumerate(lines):
        if not eligible(line, name, scope) or i in glued or i in glued.values():
            continue
        rng = random.Random(f"{seed}:{page['id']}:{i}:{name}")
        if name in LINE_FORMS or name in CHAR_FORMS:
            new = line_form(name, line.text, rng)
            if new is not None:
                segments[i] = [new]
                if name in CHAR_FORMS:
                    mapped.add(i)
        elif name == "wrap":
            pieces = wrap(line.text)
            if pieces:
                segments[i] = list(pieces)
        else:
            partner = _partner(lines, i, +1 if name == "glue-next" else -1)
            if partner is not None and partner not in glued and partner not in glued.values():
                glued[i] = partner
                segments[i] = [line.text.strip()]
    if not any(segments):
        return None
    out: list[str] = []
    changed = []
    skip = set(glued.values())
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if i in glued:
            j = glued[i]
            first, second = (i, j) if j > i else (j, i)
            joined = lines[first].text.rstrip() + " " + lines[second].text.strip()
            out.append(joined)
            changed.append((line.kind, line.text, joined))
            continue
        if segments[i]:
            out.extend(segments[i])
            changed.append((line.kind, line.text, " / ".join(segments[i])))
        else:
            out.append(line.text)
    new_raw = "\n".join(out)
    return _relabel(page, lines, segments, mapped, new_raw, name, scope, changed)


def _partner(lines: list[Line], i: int, step: int) -> int | None:
    """The line right before or after line i, when it is a plain body or chrome line (a heading
    or a title glued to chrome would change what its label names)."""
    j = i + step
    if not 0 <= j < len(lines) or lines[j].kind not in ("body", "chrome"):
        return None
    # A chrome label of one or two characters is scored by whole output lines: never glue it.
    if any(len(fold(lines[k].text)) <= eval_sites.SHORT_LABEL for k in (i, j)):
        return None
    return j


def _relabel(page: dict, lines: list[Line], segments: list, mapped: set[int], new_raw: str,
             name: str, scope: str, changed: list) -> Perturbed:
    new = copy.deepcopy(page)
    table = char_table(name) if name in CHAR_FORMS else None
    chrome_lines: dict[str, tuple[str, str]] = {}
    extra: list[dict] = []
    for i, line in enumerate(lines):
        if line.chrome is None or not segments[i]:
            continue
        item = new["chrome"][line.chrome]
        old_key = item["text"]
        keys = [fold(s)[:KEY_CHARS] for s in segments[i]]
        item["text"] = keys[0]
        for key in keys[1:]:
            extra.append({**item, "text": key})
        for key in keys:
            chrome_lines[key[:20]] = (old_key, " / ".join(segments[i]))
    new["chrome"].extend(extra)
    if table:
        # An inline string may stand in a line of any kind (a title line opening the body).
        inline_lines = [fold(lines[i].text) for i in mapped]
        for item in new["chrome"]:
            if (item["before"] or item["after"]) and any(item["before"] + item["text"] + item["after"] in t
                                                         for t in inline_lines):
                for part in ("before", "text", "after"):
                    item[part] = fold(item[part].translate(table))
        heading_lines = [fold(lines[i].text) for i in mapped if lines[i].kind != "chrome"]
        for heading in new["headings"]:
            # "in", not a prefix: a forum jammer may stand before a heading inside its line.
            if any(fold(heading["text"]) in t for t in heading_lines):
                heading["text"] = heading["text"].translate(table)
        if any(lines[i].kind == "title" for i in mapped) and new.get("title"):
            new["title"] = new["title"].translate(table)
    folded_raw = fold(new_raw)
    relabelled = 0
    keep = []
    for snippet in new["keep"]:
        # The document line that holds it (a chrome line may repeat a body sentence).
        holders = [i for i, line in enumerate(lines) if snippet in fold(line.text)]
        holder = next((i for i in holders if lines[i].kind != "chrome"), holders[0] if holders else None)
        # A snippet no raw line holds whole (across a line break the pipeline joins) is the
        # document's: mapped whenever the document's lines are.
        if table and (holder in mapped or (holder is None and scope != "chrome")):
            snippet = fold(snippet.translate(table))
        if snippet not in folded_raw and holder is not None and segments[holder]:
            text = fold("".join(segments[holder]))
            middle = len(text) // 2
            snippet = text[middle - SNIPPET_CHARS // 2:middle + SNIPPET_CHARS // 2]
            relabelled += 1
        keep.append(snippet)
    new["keep"] = keep
    # Labels the decorated page no longer holds (beyond those its undecorated text did not hold
    # either: a snippet across a line break the pipeline joins).
    unmatchable = _missing(new, folded_raw) - _missing(page, fold("\n".join(line.text for line in lines)))
    return Perturbed(new_raw, new, changed, relabelled, unmatchable, chrome_lines)


def _missing(page: dict, folded_raw: str) -> int:
    chrome = sum(i["before"] + i["text"] + i["after"] not in folded_raw for i in page["chrome"])
    return chrome + sum(s not in folded_raw for s in page["keep"])


# The removed records of the last run, read to name the rule that removed an undecorated line,
# and the title it gave the page.
_last_removed: list[dict] = []
_last_title: list[str] = [""]


def _recording(run_passes):
    def run(doc, *args, **kwargs):
        report = run_passes(doc, *args, **kwargs)
        _last_removed[:] = list(report.removed)
        _last_title[0] = report.title or ""
        return report
    return run


def _same_title_in_another_script(page: dict, result) -> None:
    """A character map decorates one scope only, so the title may be taken from a line of the
    other (a chrome copy of the title in traditional script above the simplified title line):
    the same title to a reader. Scored right when the two agree once script and width are folded."""
    label = page.get("title")
    wrong = [w for w in result.why if w.startswith("title ")]
    if label is None or not wrong or fold(to_simplified(_last_title[0])) != fold(to_simplified(label)):
        return
    result.score.titles_right += 1
    result.why.remove(wrong[0])


eval_sites.run_passes = _recording(eval_sites.run_passes)


def rule_of(removed: list[dict], key: str) -> str:
    """The rule whose removed record holds the labelled chrome string."""
    for record in removed:
        if key and key in fold(record["text"]):
            return record["rule"]
    return "no removed record"


def rate(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 100.0


@dataclass
class Row:
    name: str
    scope: str
    pages: int = 0
    lines: int = 0
    relabelled: int = 0
    unmatchable: int = 0


def _chrome_left(why: list[str]) -> set[str]:
    return {w.split("] ", 1)[1] for w in why if w.startswith("chrome left [")}


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    raw_dir = Path(argv[0])
    if not raw_dir.is_dir():
        print(f"perturb_sites: {raw_dir} is missing: it holds the dev set's page texts "
              "(see tests/eval/sites_devset.py)", file=sys.stderr)
        return 2

    def option(flag: str, default: str) -> str:
        return argv[argv.index(flag) + 1] if flag in argv[1:-1] else default

    dev = [s for s in SPLITS if s not in HELD_OUT]
    splits = [s for s in option("--splits", ",".join(dev)).split(",") if s]
    held = [s for s in splits if s in HELD_OUT or s not in SPLITS]
    if held:
        print(f"perturb_sites: {','.join(held)} is held out or unknown: not scored", file=sys.stderr)
        splits = [s for s in splits if s not in held]
    names = option("--perturb", ",".join(PERTURBATIONS)).split(",")
    unknown = [n for n in names if n not in PERTURBATIONS]
    if unknown:
        print(f"perturb_sites: unknown perturbation {','.join(unknown)} (known: {','.join(PERTURBATIONS)})",
              file=sys.stderr)
        return 2
    scopes = option("--scope", ",".join(SCOPES)).split(",")
    sample = int(option("--sample", "0"))
    seed = int(option("--seed", "18"))
    examples = int(option("--examples", "3"))

    pages = [p for p in json.loads(LABELS.read_text(encoding="utf-8"))["pages"] if p["split"] in splits]
    by_split: dict[str, list[dict]] = defaultdict(list)
    for page in pages:
        if (raw_dir / f"{page['id']}.txt").exists():
            by_split[page["split"]].append(page)
    if sample:
        for split, group in by_split.items():
            by_split[split] = sorted(group, key=lambda p: random.Random(f"{seed}:{p['id']}").random())[:sample]
    chosen = [p for s in splits for p in by_split.get(s, [])]
    print(f"perturb_sites: {len(chosen)} pages of {len(by_split)} splits ({', '.join(splits)}), "
          f"seed {seed}{f', {sample} pages a split' if sample else ''}; perturbations {', '.join(names)}; "
          f"scopes {', '.join(scopes)}")

    raws = {p["id"]: (raw_dir / f"{p['id']}.txt").read_text(encoding="utf-8") for p in chosen}
    base, removed = {}, {}
    for page in chosen:
        base[page["id"]] = score_page(page, raws[page["id"]])
        removed[page["id"]] = list(_last_removed)
    base_total = _totals(chosen, {p["id"]: base[p["id"]].score for p in chosen})
    _print_base(base_total)

    table = []
    for name in names:
        for scope in scopes:
            row = Row(name, scope)
            scores = {}
            found: dict[str, list[str]] = defaultdict(list)
            for page in chosen:
                result = base[page["id"]]
                perturbed = perturb_page(page, raws[page["id"]], name, scope, seed)
                if perturbed is not None:
                    row.pages += 1
                    row.lines += len(perturbed.changed)
                    row.relabelled += perturbed.relabelled
                    row.unmatchable += perturbed.unmatchable
                    after = score_page(perturbed.page, perturbed.raw)
                    if name in CHAR_FORMS:
                        _same_title_in_another_script(perturbed.page, after)
                    for kind, text in _new_failures(page, result.why, after.why, perturbed, removed[page["id"]]):
                        found[kind].append(text)
                    result = after
                scores[page["id"]] = result.score
            totals = _totals(chosen, scores)
            table.append((row, totals))
            _print_row(row, base_total, totals)
            drop = rate(base_total["all"].chrome_gone, base_total["all"].chrome) - rate(
                totals["all"].chrome_gone, totals["all"].chrome)
            for kind, texts in found.items():
                # Chrome examples for a drop worth reading; every other kind of new failure is rare.
                if kind != "chrome left" or drop >= BIG_DROP:
                    for text in texts[:examples]:
                        print(f"      {kind}: {text}")
    _print_summary(table, base_total)
    return 0


def _new_failures(page: dict, before: list[str], after: list[str], perturbed: Perturbed,
                  removed_before: list[dict]) -> list[tuple[str, str]]:
    """(kind, example) of each failure the decoration made: a chrome line left (with the rule that
    removed it undecorated), a body snippet lost (with the rule that removed it decorated), a
    heading missed or false, a title changed."""
    failures = []
    left_before = _chrome_left(before)
    for key in sorted(_chrome_left(after)):
        old_key, line = perturbed.chrome_lines.get(key, ("", ""))
        if line and old_key[:20] not in left_before:
            failures.append(("chrome left", f"{line[:40]!r} (was removed by {rule_of(removed_before, old_key)})"))
    # A failure the page had undecorated, its label mapped with it, is not a new one.
    seen = {fold(to_simplified(w)) for w in before}
    for why in after:
        if fold(to_simplified(why)) in seen or why.startswith("chrome left"):
            continue
        if why.startswith("body lost"):
            snippet = why[len("body lost …"):-1]
            line = next((c for c in perturbed.changed if snippet in fold(c[2].replace(" / ", ""))), None)
            where = f" ({line[0]} line {line[2][:40]!r})" if line else ""
            failures.append(("body lost", f"{snippet}{where} removed by {rule_of(_last_removed, snippet)}"))
        else:
            kind = " ".join(why.split()[:2]) if why.startswith(("heading", "false")) else why.split()[0]
            failures.append((kind, f"{why[len(kind) + 1:][:70]}  [{page['id']}]"))
    return failures


def _totals(pages: list[dict], scores: dict[str, Score]) -> dict[str, Score]:
    totals: dict[str, Score] = {split: Score() for split in SPLITS if any(p["split"] == split for p in pages)}
    totals["all"] = Score()
    for page in pages:
        totals[page["split"]].add(scores[page["id"]])
        totals["all"].add(scores[page["id"]])
    return totals


def _print_base(totals: dict[str, Score]) -> None:
    print("\nunperturbed (the same pages):")
    for split, s in totals.items():
        print(f"  {split:8} chrome gone {rate(s.chrome_gone, s.chrome):5.1f} % ({s.chrome_gone}/{s.chrome})  "
              f"body kept {s.kept}/{s.keep}  headings {s.found}/{s.headings} ({s.false} false)  "
              f"masks {s.masks_found}/{s.masks}  title {s.titles_right}/{s.titles}")


def _deltas(base: Score, after: Score) -> dict[str, float]:
    return {"chrome": rate(after.chrome_gone, after.chrome) - rate(base.chrome_gone, base.chrome),
            "body": (after.kept - after.keep) - (base.kept - base.keep),
            "headings": after.found - base.found, "false": after.false - base.false,
            "masks": after.masks_found - base.masks_found, "title": after.titles_right - base.titles_right}


def _worst(base: dict[str, Score], after: dict[str, Score]) -> tuple[str, float]:
    splits = [s for s in after if s != "all" and after[s].chrome]
    if not splits:
        return "-", 0.0
    worst = min(splits, key=lambda s: _deltas(base[s], after[s])["chrome"])
    return worst, _deltas(base[worst], after[worst])["chrome"]


def _print_row(row: Row, base: dict[str, Score], after: dict[str, Score]) -> None:
    d = _deltas(base["all"], after["all"])
    worst, worst_delta = _worst(base, after)
    print(f"\n{row.name} [{row.scope}]: {row.pages} pages, {row.lines} lines decorated, "
          f"{row.relabelled} snippets relabelled, {row.unmatchable} labels unmatchable")
    print(f"  chrome gone {d['chrome']:+5.1f} pp (worst split {worst} {worst_delta:+5.1f} pp)  "
          f"body lost {-d['body']:+d}  headings {d['headings']:+d} (false {d['false']:+d})  "
          f"masks {d['masks']:+d}  title {d['title']:+d}")
    families = []
    for family in sorted(after["all"].by_family):
        b, a = base["all"], after["all"]
        delta = (rate(a.gone_by_family[family], a.by_family[family])
                 - rate(b.gone_by_family[family], b.by_family[family]))
        if abs(delta) >= 0.05:
            families.append(f"{family} {delta:+.1f}")
    if families:
        print(f"  by family (pp): {', '.join(families)}")


def _print_summary(table: list, base: dict[str, Score]) -> None:
    print("\nsummary: perturbation [scope] -> chrome gone pp pooled / worst split, body lines lost, "
          "headings found (false), masks, titles")
    ranked = sorted(table, key=lambda t: _deltas(base["all"], t[1]["all"])["chrome"])
    for row, after in ranked:
        d = _deltas(base["all"], after["all"])
        worst, worst_delta = _worst(base, after)
        print(f"  {row.name + ' [' + row.scope + ']':28} {d['chrome']:+6.1f} / {worst_delta:+6.1f} ({worst:7})  "
              f"{-d['body']:+3d}  {d['headings']:+3d} ({d['false']:+d})  {d['masks']:+3d}  {d['title']:+3d}")
    changed = Counter(row.name for row, _ in table if row.pages)
    if len(changed) < len({row.name for row, _ in table}):
        print("  (a perturbation with 0 pages decorated changed nothing on these pages)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

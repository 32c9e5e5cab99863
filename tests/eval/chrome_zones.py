"""Where does the chrome the rules and the scorer leave sit? (own-tune only; round 35, sc35)

Usage: python tests/eval/chrome_zones.py [--examples N]

Each own-tune page is cleaned with the shipped model (never trained on these pages: its figures
are out of fold). The lines the learned scorer (passes/boilerplate/scored.py) sees are read when
the pipeline first calls it; every labelled chrome line still in the output is then placed:
  scored, below threshold   a candidate (in the head, the tail or between chrome) the model let by;
  guard: NAME               in the zone but never judged (a scored_guards form, a reviewer's keep);
  outside: WHY              not a candidate whatever the model says: mid-document, a heading, a
                            table or other non-text block, a numbered/structure line, a mask,
                            a sentence or prose, too long, a page with no prose (no zone at all);
  inside a longer line      the chrome is a part of a line (inline chrome, a glued line);
  not seen by the scorer    no block holds it when the scorer runs (a later pass restored or
                            changed it).
Only own-tune is read (the other groups' pages are read by no one); only counts and own-tune
lines are printed.
"""

from __future__ import annotations

import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import panflute as pf

sys.path.insert(0, str(Path(__file__).parent))
import eval_sites
from sites_devset import fold, own_pages

from reportfmt.passes.boilerplate import scored, scored_guards

GROUP = "own-tune"


def guard_of(lines: list[str], position: int, prose_follows: bool) -> str | None:
    """Which scored_guards form holds lines[position] (as never_scored asks them), or None."""
    text = lines[position]
    checks = (("caption", scored_guards.is_caption(text)), ("letter closing", scored_guards.is_letter_closing(text)),
              ("list run", scored_guards.in_list_run(lines, position)),
              ("meeting field", prose_follows and scored_guards.is_meeting_field(text)),
              ("hotline", prose_follows and scored_guards.is_hotline(text)),
              ("party block", scored_guards.in_party_block(lines, position)),
              ("own address", scored_guards.is_own_address(text)))
    return next((name for name, hit in checks if hit), None)


def place(call: dict, index: int) -> tuple[str, float | None]:
    """(where blocks[index] stands for the scorer, its log-odds under the threshold if judged)."""
    blocks, removed, keep, title = call["blocks"], call["removed"], call["keep"], call["title"]
    block = blocks[index][1]
    if isinstance(block, pf.Header):
        return "outside: heading", None
    texts_at = scored.line_texts(blocks)
    if index not in texts_at:
        return "outside: table or other block", None
    texts = [(i, t) for i, t in texts_at.items() if not isinstance(blocks[i][1], pf.Header)]
    prose = [i for i, t in texts if scored.is_prose(t)
             or (scored.is_sentence(t) and len(t) >= scored.PROSE_MIN_CHARS * 2 // 3)]
    if not prose:
        return "outside: no prose on the page (no zone)", None
    text = texts_at[index]
    if len(text) > scored.MAX_CHARS or len(scored._SENTENCE_END.findall(text)) >= scored.PROSE_SENTENCES:
        return "outside: too long or 2+ sentences", None
    if scored.is_structure(text):
        return "outside: numbered / structure line", None
    if scored.is_prose(text) or scored.is_sentence(text):
        return "outside: a sentence (clauses)", None
    if scored.holds_mask(text):
        return "outside: holds a mask", None
    origins = [origin for origin, _ in blocks]
    if prose[0] <= index <= prose[-1] and not scored._between_chrome(origins[index], removed):
        return "outside: mid-document", None
    position = [i for i, _ in texts].index(index)
    guard = guard_of([t for _, t in texts], position, prose_follows=index <= prose[-1])
    if guard:
        return f"guard: {guard}", None
    if keep(blocks[index]):
        return "guard: reviewer keep", None
    model = scored.model()
    for i, _line, feats in scored.candidate_features(blocks, removed, texts_at, title):
        if i == index:
            zone = next(f[5:] for f in feats if f.startswith("zone="))
            _, judged = scored.judged_features(feats, model)
            p = scored.chrome_probability(judged, model["weights"])
            t = scored.threshold_of(model, zone)
            gap = math.log(t / (1 - t)) - math.log(max(p, 1e-12) / max(1 - p, 1e-12))
            return f"scored, below threshold ({zone})", gap
    return "outside: not a candidate (other)", None


def chrome_left(page: dict, raw: str, output: tuple) -> list[dict]:
    """The labelled chrome items still in the output (one per surviving copy), as score_page counts them."""
    body, _, _, _, body_lines = output
    raw_folded, raw_lines = fold(raw), [fold(line) for line in raw.splitlines()]
    groups: dict[str, list[dict]] = defaultdict(list)
    for item in page["chrome"]:
        groups[item["before"] + item["text"] + item["after"]].append(item)
    left = []
    for key, items in groups.items():
        if len(key) <= eval_sites.SHORT_LABEL:
            survived = min(len(items), max(0, body_lines.count(key) - max(0, raw_lines.count(key) - len(items))))
        else:
            survived = min(len(items), max(0, body.count(key) - max(0, raw_folded.count(key) - len(items))))
        left += items[:survived]
    return left


def main(argv: list[str]) -> int:
    shown = int(argv[argv.index("--examples") + 1]) if "--examples" in argv else 0
    original = scored.remove_scored
    calls: list[dict] = []

    def noting(blocks, removed_origins, keep, title=""):
        if not calls:  # the first call: the page as the rules left it
            calls.append({"blocks": list(blocks), "removed": set(removed_origins), "keep": keep, "title": title})
        return original(blocks, removed_origins, keep, title)

    scored.remove_scored = noting
    table: Counter = Counter()
    by_family: dict[str, Counter] = defaultdict(Counter)
    gaps: list[float] = []
    examples: dict[str, list[str]] = defaultdict(list)
    pages = [(raw, labels) for raw, labels in own_pages() if labels["split"] == GROUP]
    try:
        for raw, labels in pages:
            calls.clear()
            output = eval_sites.output_of(raw)
            for item in chrome_left(labels, raw, output):
                where, gap = "not seen by the scorer", None
                if item["before"] or item["after"]:
                    where = "inside a longer line (inline chrome)"
                elif calls:
                    call = calls[0]
                    folded = {i: fold(t) for i, t in scored.line_texts(call["blocks"]).items()}
                    folded.update({i: fold(pf.stringify(b)) for i, (_, b) in enumerate(call["blocks"])
                                   if i not in folded})
                    key = item["text"]
                    exact = [i for i, t in folded.items() if t == key or (t.startswith(key) and len(t) <= len(key) + 4)]
                    if exact:
                        where, gap = place(call, exact[0])
                    elif any(key in t for t in folded.values()):
                        where = "inside a longer line (glued)"
                table[where] += 1
                by_family[where][item["family"]] += 1
                if gap is not None:
                    gaps.append(gap)
                if len(examples[where]) < shown:
                    gap_ = "" if gap is None else f"{gap:5.2f} "
                    examples[where].append(f"{gap_}{labels['id']}: {item['text'][:40]}")
    finally:
        scored.remove_scored = original
    total = sum(table.values())
    print(f"{GROUP}: {len(pages)} pages; chrome lines left with the shipped model: {total}")
    for where, count in table.most_common():
        families = ", ".join(f"{f} {n}" for f, n in by_family[where].most_common(4))
        print(f"  {count:4}  {where:45} {families}")
        for example in examples[where]:
            print(f"          {example}")
    if gaps:
        gaps.sort()
        print(f"  scored below threshold: log-odds under it, min {gaps[0]:.2f}, median {gaps[len(gaps) // 2]:.2f}, "
              f"within 1.0: {sum(g < 1 for g in gaps)}, within 2.0: {sum(g < 2 for g in gaps)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

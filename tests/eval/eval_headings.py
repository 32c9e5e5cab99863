"""Heading evaluation on ../shared/corpus/laws: precision, recall, F1 and level accuracy.

Usage: python tests/eval/eval_headings.py [CORPUS_DIR]   (make eval-headings)

Scoring (corpus README): a detected heading matches a gold heading when their texts are
equal after whitespace removal (each gold heading matched at most once, in document order);
levels are ranked per document (the distinct levels in order -> 1, 2, 3…) before comparing.

The title: gold level 1 is the document title. reportfmt moves a title line into the
document's title metadata rather than making it a heading, so the title metadata counts as
one detected heading ranked above every Header (Header level n is compared as level n+1).
A document whose title was not taken scores a miss for its title. Level accuracy is given
with the title (every matched pair) and without it (matched Headers only).

Besides the scores: yi_plain = share of the 一、 lines of class yi_plain that became
headings; zhang_enum = how many （X） enumerations of class zhang became headings.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import panflute as pf

from reportfmt.passes.elements import block_text
from reportfmt.passes.headings.numbering import parse_marker
from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def dense_ranks(levels: list[int]) -> list[int]:
    order = {level: rank for rank, level in enumerate(sorted(set(levels)), start=1)}
    return [order[level] for level in levels]


def detect(text: str) -> tuple[list[tuple[str, int]], pf.Doc]:
    """(text, level) of the title (level 1) and every Header (level + 1), in document order."""
    doc = read_plain_text(text)
    report = run_passes(doc)
    found = [(report.title, 1)] if report.title else []
    found += [(block_text(b), b.level + 1) for b in doc.content if isinstance(b, pf.Header)]
    return found, doc


def match(gold: list[tuple[str, int]], found: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Pairs (gold index, found index) with equal squeezed text, each used once, in order."""
    unused = defaultdict(list)
    for j, (text, _) in enumerate(found):
        unused[squeeze(text)].append(j)
    pairs = []
    for i, (text, _) in enumerate(gold):
        slots = unused.get(squeeze(text))
        if slots:
            pairs.append((i, slots.pop(0)))
    return pairs


def score_document(gold: list[tuple[str, int]], found: list[tuple[str, int]]) -> dict[str, int]:
    pairs = match(gold, found)
    gold_ranks = dense_ranks([lv for _, lv in gold]) if gold else []
    found_ranks = dense_ranks([lv for _, lv in found]) if found else []
    right = [gold_ranks[i] == found_ranks[j] for i, j in pairs]
    # Without the title: pairs whose gold heading is not the first (title) line.
    body_right = [ok for (i, _), ok in zip(pairs, right, strict=True) if i > 0]
    return {"gold": len(gold), "found": len(found), "matched": len(pairs),
            "level_ok": sum(right), "body_matched": len(body_right),
            "body_level_ok": sum(body_right)}


def yi_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines()]
    return [line for line in lines if (m := parse_marker(line)) and m.family == "yi"]


def evaluate(corpus: Path) -> dict:
    laws = corpus / "laws"
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    yi_plain = {"lines": 0, "headings": 0}
    zhang_enum = 0
    misses = []
    for gold_path in sorted(laws.glob("law*.gold.json")):
        gold_doc = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (laws / f"{gold_doc['id']}.txt").read_text(encoding="utf-8")
        gold = [(h["text"], h["level"]) for h in gold_doc["headings"]]
        found, doc = detect(text)
        scores = score_document(gold, found)
        for bucket in ("overall", gold_doc["class"]):
            for key, value in scores.items():
                totals[bucket][key] += value
            totals[bucket]["documents"] += 1
        gold_keys = {squeeze(t) for t, _ in gold}
        found_keys = {squeeze(t) for t, _ in found}
        misses += [(gold_doc["id"], "missed", t) for t, _ in gold if squeeze(t) not in found_keys]
        misses += [(gold_doc["id"], "extra", t) for t, _ in found if squeeze(t) not in gold_keys]
        headers = [squeeze(block_text(b)) for b in doc.content if isinstance(b, pf.Header)]
        if gold_doc["class"] == "yi_plain":
            lines = yi_lines(text)
            yi_plain["lines"] += len(lines)
            yi_plain["headings"] += sum(squeeze(line) in headers for line in lines)
        if gold_doc["class"] == "zhang":
            zhang_enum += sum(1 for h in headers
                              if (m := parse_marker(h)) and m.family == "paren_cn")
    return {"totals": {k: dict(v) for k, v in totals.items()}, "yi_plain": yi_plain,
            "zhang_enum": zhang_enum, "misses": misses}


def ratios(t: dict[str, int]) -> dict[str, float]:
    precision = t["matched"] / t["found"] if t["found"] else 1.0
    recall = t["matched"] / t["gold"] if t["gold"] else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "level_acc": t["level_ok"] / t["matched"] if t["matched"] else 1.0,
            "level_acc_body": t["body_level_ok"] / t["body_matched"] if t["body_matched"] else 1.0}


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else DEFAULT_CORPUS
    if not (corpus / "laws").is_dir():
        print(f"corpus not found: {corpus / 'laws'} (the evaluation needs ../shared/corpus)",
              file=sys.stderr)
        return 2
    result = evaluate(corpus)
    print(f"headings on {corpus / 'laws'} (title metadata counts as the level-1 heading)")
    print(f"{'class':<12}{'docs':>5}{'gold':>6}{'found':>6}{'P':>7}{'R':>7}{'F1':>7}"
          f"{'lvl':>7}{'lvl-body':>9}")
    totals = result["totals"]
    for name in ["overall", *sorted(k for k in totals if k != "overall")]:
        t, r = totals[name], ratios(totals[name])
        print(f"{name:<12}{t['documents']:>5}{t['gold']:>6}{t['found']:>6}{r['precision']:>7.3f}"
              f"{r['recall']:>7.3f}{r['f1']:>7.3f}{r['level_acc']:>7.3f}{r['level_acc_body']:>9.3f}")
    yi = result["yi_plain"]
    rate = yi["headings"] / yi["lines"] if yi["lines"] else 0.0
    print(f"yi_plain: {yi['headings']}/{yi['lines']} 一、 lines became headings ({rate:.1%})")
    print(f"zhang: {result['zhang_enum']} （X） enumerations became headings")
    for law, what, text in result["misses"]:
        print(f"  {law} {what}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

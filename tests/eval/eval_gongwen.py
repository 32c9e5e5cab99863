"""公文 recognition numbers: fields right on real 公文, and pages wrongly taken for one.

    python tests/eval/eval_gongwen.py [--corpus DIR]

1. Field by field on the documents of tests/data/gongwen/gold.yaml (recognised in the
   `gongwen` layout, as `reportfmt convert -M layout=gongwen` does), split into those the
   recogniser was tuned on and held-out ones.
2. False positives: pages of ../shared/corpus that are no 公文 (web-gold, web-nogold,
   web-magic, traf-zh, laws; the gold's 公文 left out) recognised as one in the default
   report layout, where nobody said the page is a 公文.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from pathlib import Path

import panflute as pf
import pypandoc
import yaml

from reportfmt.options import build_options
from reportfmt.pipeline import run_passes
from reportfmt.read.reader import read_bytes

HERE = Path(__file__).resolve()
DATA = HERE.parents[1] / "data" / "gongwen"
DEFAULT_CORPUS = HERE.parents[2].parent / "shared" / "corpus"
BLANK = "placeholder"


def load(path: Path) -> pf.Doc:
    if path.suffix == ".docx":
        out = subprocess.run([pypandoc.get_pandoc_path(), str(path), "-t", "json"], capture_output=True,
                             check=True).stdout
        doc = pf.load(io.StringIO(out.decode("utf-8")))
        doc.scraped = False  # what the filter learns from pandoc: the docx reader ran (hand-written)
        return doc
    return read_bytes(path.read_bytes(), str(path))


def recognised(path: Path, layout: str) -> dict:
    report = run_passes(load(path), build_options({"layout": layout}))
    found: dict = {}
    for entry in report.gongwen:
        found.setdefault(entry["field"], BLANK if entry.get("placeholder") else entry["value"])
        if entry["field"] == "infobox":  # a site's box of labelled fields fills what the text lacks
            for name, value in entry["value"].items():
                found.setdefault(name, [value] if name == "issuer" else value)
    return found


def gold_documents(corpus: Path) -> list[tuple[str, Path, str, dict]]:
    gold = yaml.safe_load((DATA / "gold.yaml").read_text(encoding="utf-8"))
    docs = [(name, corpus / name, e["split"], e["fields"]) for name, e in gold["corpus"].items()]
    docs += [(name, DATA / name, e["split"], e["fields"]) for name, e in gold["project"].items()]
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"eval_gongwen: {args.corpus} is missing: the corpus documents are skipped", file=sys.stderr)
    totals: dict[str, list[int]] = {}
    print("== 公文 fields right, field by field (layout gongwen)")
    for name, path, split, fields in gold_documents(args.corpus):
        if not path.is_file():
            continue
        found = recognised(path, "gongwen")
        right = [f for f, v in fields.items() if found.get(f) == v]
        wrong = {f: found.get(f) for f in fields if f not in right}
        total = totals.setdefault(split, [0, 0, 0])
        total[0] += len(right)
        total[1] += len(fields)
        total[2] += 1
        print(f"   {split:8} {len(right):2}/{len(fields):2}  {name}" + (f"   missed/wrong: {wrong}" if wrong else ""))
    for split, (right, count, docs) in totals.items():
        print(f"   {split:8} {right}/{count} fields = {right / count:.0%} on {docs} documents")
    if args.corpus.is_dir():
        gold_pages = {Path(name).name for name, *_ in gold_documents(args.corpus)}
        pages = [p for folder in ("web-gold/original", "web-nogold", "web-magic/html", "traf-zh", "laws")
                 for p in sorted((args.corpus / folder).glob("*")) if p.suffix in (".html", ".txt")
                 and p.name not in gold_pages]
        hits = [p.name for p in pages if recognised(p, "report")]
        print(f"== pages wrongly taken for a 公文 (layout report): {len(hits)}/{len(pages)}  {hits}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

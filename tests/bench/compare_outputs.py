"""Old-vs-new check for speed work: what a batch worker makes of each page, written to a file.

    python tests/bench/compare_outputs.py OUT.json            # record this checkout's outputs
    python tests/bench/compare_outputs.py OUT.json --against OLD.json   # and compare them

Each page (the corpus pages `benchmark.py` uses, the forum-thread test pages, and the
own-words template-site pages of tests/eval/sites/own, built in memory; the real pages' texts
are not kept anywhere) is read and cleaned as `reportfmt convert` does
(`process_bytes`); the record keeps the document's JSON, the manifest's removed blocks, masks,
headings and extractor. A speed change must leave every record identical: `--against` prints
the pages that differ and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

import benchmark  # the corpus pages of `make bench`
from sites_devset import own_pages  # the own-words template-site pages

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.write.render import doc_to_json

ROOT = Path(__file__).resolve().parents[2]


def pages() -> list[tuple[str, bytes]]:
    found = [(f"{stem}{ext}", data) for stem, ext, data in benchmark.corpus_pages()]
    for path in sorted((ROOT / "tests" / "data").glob("threads*/*.html")):
        found.append((f"{path.parent.name}/{path.name}", path.read_bytes()))
    for raw, labels in own_pages():
        found.append((f"own/{labels['id']}.txt", raw.encode("utf-8")))
    return found


def record(name: str, data: bytes, options) -> dict:
    try:
        processed = process_bytes(data, name, options)
    except Exception as error:  # a failure is part of the page's record
        return {"error": f"{type(error).__name__}: {error}"}
    report = processed.report
    doc_json = doc_to_json(processed.doc)
    return {
        "doc": hashlib.sha256(doc_json.encode("utf-8")).hexdigest(),
        "removed": report.removed,
        "masks": report.masks,
        "headings": [{"level": h["level"], "text": h["text"]} for h in report.headings],
        "extractor": report.extractor,
        "title": report.title,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path, help="an earlier run's file to compare with")
    args = parser.parse_args()
    options = build_options({"timeout": 3600})
    records = {name: record(name, data, options) for name, data in pages()}
    args.out.write_text(json.dumps(records, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"compare_outputs: {len(records)} pages recorded in {args.out}")
    if args.against:
        old = json.loads(args.against.read_text(encoding="utf-8"))
        differ = sorted(name for name in set(old) | set(records) if old.get(name) != records.get(name))
        for name in differ:
            fields = [k for k in ("doc", "removed", "masks", "headings", "extractor", "title", "error")
                      if (old.get(name) or {}).get(k) != (records.get(name) or {}).get(k)]
            print(f"  differs: {name} ({', '.join(fields)})")
        print(f"compare_outputs: {len(records) - len(differ)} of {len(records)} pages identical")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()

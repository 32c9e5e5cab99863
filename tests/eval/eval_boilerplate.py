"""Boilerplate and metadata evaluation on ../shared/corpus; prints the numbers issue 3 names.

    python tests/eval/eval_boilerplate.py [--corpus DIR] [--no-trafilatura]

What is compared: the document body after the whole pipeline, as plain text from the AST
(one line per block, `elements.block_text`). The title is metadata, not body: the web-gold
gold texts mostly start with the first body sentence, so the title is left out.
Scoring (corpus README): whitespace removed, characters in the longest matching blocks of
difflib.SequenceMatcher(autojunk=False); P = matched/output, R = matched/gold; the mean of
per-page scores and the worst five pages.
Dates: the gold is sometimes only a year ("2018") or a year and month ("1998-03", a
magazine issue); a date agrees when it starts with the gold, so a YYYY-MM gold agrees with
any day of that month, and with our own YYYY-MM when the page gives no day either.
Authors (printed, no target yet): ours agrees when it is one of the gold's names.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import Score, char_score, squeeze

from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text
from reportfmt.passes.patterns import DATE
from reportfmt.read.encodings import decode

DEFAULT_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

# Chrome that must not survive on web-nogold, one pattern per marker the issue names.
LEAK_MARKERS = {
    "ICP/公网安备": re.compile(r"ICP\s*[备证]|公网安备"),
    "版权所有": re.compile(r"版权所有"),
    "Powered by": re.compile(r"powered\s+by", re.I),
    "上一篇/下一篇": re.compile(r"上一篇|下一篇"),
    "相关推荐/相关阅读": re.compile(r"相关推荐|相关阅读"),
    "责任编辑": re.compile(r"责任编辑"),
}
# A title still carrying a site name: "标题_站点", "标题 - 站点", "标题|站点".
SITE_SUFFIX = re.compile(r"(?:_|\s[-–—]\s|[|｜]).{1,30}$")


def run_pipeline(path: Path):
    processed = process_bytes(path.read_bytes(), path.name, build_options())
    body = "\n".join(block_text(b) for b in processed.doc.content)
    return body, processed.report


def gold_date(text: str) -> str | None:
    """Gold dates come as 2005-5-7 21:23:57, 2018, 1998-3 or UNKNOWN: keep what is known."""
    match = DATE.search(text)
    if match:
        return "-".join(f"{int(match.group(k)):0{w}d}" for k, w in (("year", 4), ("month", 2), ("day", 2)))
    partial = re.match(r"\s*((?:19|20)\d{2})(?:-(\d{1,2}))?", text)
    if not partial:
        return None
    return partial.group(1) + (f"-{int(partial.group(2)):02d}" if partial.group(2) else "")


def trafilatura_text(path: Path) -> str | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura.extract(decode(path.read_bytes())) or ""


def summarise(name: str, scores: list[tuple[str, Score]]) -> None:
    p = statistics.mean(s.precision for _, s in scores)
    r = statistics.mean(s.recall for _, s in scores)
    f = statistics.mean(s.f1 for _, s in scores)
    print(f"{name:<22} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({len(scores)} pages)")


def eval_web_gold(corpus: Path, with_trafilatura: bool) -> None:
    root = corpus / "web-gold"
    ours, theirs, dates, authors = [], [], [], []
    suffixed = []
    for gold_path in sorted((root / "cleaned").glob("*.txt")):
        page = root / "original" / f"{gold_path.stem}.html"
        gold = gold_path.read_text(encoding="utf-8", errors="replace")
        body, report = run_pipeline(page)
        ours.append((gold_path.stem, char_score(body, gold)))
        if report.title and SITE_SUFFIX.search(report.title):
            suffixed.append(report.title)
        date_file = root / "date" / gold_path.name
        expected = gold_date(date_file.read_text(encoding="utf-8")) if date_file.exists() else None
        if expected:
            dates.append((gold_path.stem, expected, report.date))
        author_file = root / "author" / gold_path.name
        gold_author = author_file.read_text(encoding="utf-8").strip() if author_file.exists() else ""
        if gold_author and gold_author != "UNKNOWN":
            authors.append((gold_path.stem, gold_author, report.author))
        if with_trafilatura:
            text = trafilatura_text(page)
            if text is not None:
                theirs.append((gold_path.stem, char_score(text, gold)))
    print("== web-gold: body text vs gold (whitespace removed, longest matching blocks)")
    summarise("reportfmt", ours)
    if theirs:
        summarise("trafilatura default", theirs)
    print("   worst five (reportfmt):")
    for stem, score in sorted(ours, key=lambda item: item[1].f1)[:5]:
        print(f"     {stem}  P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}")
    agree = [d for d in dates if d[2] and d[2].startswith(d[1])]
    print(f"   dates agree: {len(agree)}/{len(dates)} = {len(agree) / max(len(dates), 1):.0%}")
    for stem, expected, got in dates:
        if not (got and got.startswith(expected)):
            print(f"     {stem}  gold {expected}  ours {got}")
    print(f"   titles with a site-name suffix: {len(suffixed)}  {suffixed[:5]}")
    # An author agrees when it is one of the gold's names (gold may list several).
    named = [a for a in authors if a[2]]
    right = [a for a in named if squeeze(a[2]) in squeeze(a[1]) or squeeze(a[1]) in squeeze(a[2])]
    print(f"   authors: found {len(named)}/{len(authors)} pages with a gold author, {len(right)} agree;"
          f" wrong: {[(a[1], a[2]) for a in named if a not in right]}")


def fold_width(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def eval_traf_zh(corpus: Path) -> None:
    root = corpus / "traf-zh"
    data = json.loads((root / "evaldata_zh_subset.json").read_text(encoding="utf-8"))
    print("== traf-zh: `with` snippets kept, `without` snippets gone")
    passed = 0
    title_ok = date_ok = 0
    for entry in data.values():
        body, report = run_pipeline(root / entry["file"])
        # Widths folded (NFKC): typography makes "(此前…)" full-width on purpose, and a
        # snippet whose brackets were fixed is still kept.
        flat = fold_width(squeeze(body))
        lost = [w for w in entry["with"] if fold_width(squeeze(w)) not in flat]
        leaked = [w for w in entry["without"] if fold_width(squeeze(w)) in flat]
        passed += not lost and not leaked
        title_ok += squeeze(report.title or "") == squeeze(entry["title"])
        date_ok += report.date == entry["date"]
        print(f"   {entry['file']}: with {3 - len(lost)}/3 without {3 - len(leaked)}/3"
              f"  title {report.title!r} (gold {entry['title']!r})  date {report.date} (gold {entry['date']})"
              + (f"  lost {lost}" if lost else "") + (f"  leaked {leaked}" if leaked else ""))
    print(f"   pages passing: {passed}/{len(data)}; titles equal {title_ok}/{len(data)};"
          f" dates equal {date_ok}/{len(data)}")


def eval_web_nogold(corpus: Path) -> None:
    pages = sorted((corpus / "web-nogold").glob("*.htm*"))
    counts = dict.fromkeys(LEAK_MARKERS, 0)
    examples: dict[str, str] = {}
    for page in pages:
        body, _ = run_pipeline(page)
        for line in body.splitlines():
            for marker, pattern in LEAK_MARKERS.items():
                if pattern.search(line):
                    counts[marker] += 1
                    examples.setdefault(marker, f"{page.name}: {line[:80]}")
    print(f"== web-nogold: chrome lines surviving in {len(pages)} pages")
    for marker, count in counts.items():
        print(f"   {marker:<18} {count}" + (f"   e.g. {examples[marker]}" if marker in examples else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-trafilatura", action="store_true", help="skip the side-by-side run")
    args = parser.parse_args(argv)
    if not (args.corpus / "web-gold").is_dir():
        print(f"eval-boilerplate: corpus not found at {args.corpus} (needs ../shared/corpus); nothing measured")
        return 0
    eval_web_gold(args.corpus, not args.no_trafilatura)
    eval_traf_zh(args.corpus)
    eval_web_nogold(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Documents written by hand through `pandoc FILE --filter reportfmt`: what the filter damages.

    python tests/eval/eval_authored.py [--corpus DIR] [--part tuned|held-out|all] [--no-epub] [-v]

Reads ../shared/corpus/authored (Word 公文 templates, Chinese markdown, pandoc's own test
documents) as a new user would: pandoc picks the reader from the file name, once without the
filter and once with it, to JSON and to EPUB (run in the file's folder, so relative pictures
resolve). Prints, per kind of document (reader x language, language by the share of Chinese
characters among characters and English words, `damage.chinese_share`):
  - non-Chinese documents: how many come out byte-identical in JSON;
  - Chinese documents: blocks and characters lost (metadata counted as kept), spaces between
    two Chinese characters lost (what Word lays out as separate fields), pictures, link
    targets (relative ones apart) and superscripts lost, in JSON and in EPUB;
  - filter failures;
and the damage kinds issue 12 names, with counts.

The set is split by source: `tuned` (GongwenAssistant's Word templates and the Rust book,
trpl-zh-cn) is what the rules were written on; `held-out` (chinese-copywriting-guidelines and
pandoc's test documents) was not looked at while writing them. Both are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from damage import chinese_share, damage_kinds, epub_features, json_features, losses  # noqa: E402
from reportfmt.write.pandoc import pandoc_path  # noqa: E402

DEFAULT_CORPUS = HERE.parents[1].parent / "shared" / "corpus" / "authored"
SUFFIXES = {".docx", ".md", ".markdown", ".txt"}
# Source -> part. Sources not named here (held-out sets of the same kinds) count as held-out.
TUNED_SOURCES = {"GongwenAssistant", "trpl-zh-cn"}
LOSS_KEYS = ("blocks", "chars", "cjk_spaces", "images", "links", "relative_links", "sups")
EPUB_KEYS = ("chars", "images", "links", "relative_links", "sups")
DAMAGE_KEYS = ("signature_deleted", "fields_merged", "wrong_title", "stray_headings", "bullet_masks",
               "asterisk_masks")


def source_of(path: Path) -> str:
    name, folder = path.name, path.parent.name
    if name.startswith("gwa-"):
        return "GongwenAssistant"
    if name.startswith("copywriting-"):
        return "chinese-copywriting-guidelines"
    if folder == "non-chinese":
        return "pandoc-tests"
    if folder == "markdown":
        return "trpl-zh-cn"
    return folder


@dataclass
class Result:
    path: Path
    source: str
    reader: str
    chinese: bool
    identical: bool = False
    failure: str = ""
    json_lost: dict[str, int] = field(default_factory=dict)
    epub_lost: dict[str, int] = field(default_factory=dict)
    damage: dict[str, int] = field(default_factory=dict)
    masks: Counter = field(default_factory=Counter)

    @property
    def kind(self) -> str:
        return f"{self.reader}, {'Chinese' if self.chinese else 'not Chinese'}"

    @property
    def part(self) -> str:
        return "tuned" if self.source in TUNED_SOURCES else "held-out"


def filter_env() -> dict[str, str]:
    """`reportfmt` on PATH, as after `pip install reportfmt`."""
    return dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")


def run_pandoc(path: Path, args: list[str], with_filter: bool) -> subprocess.CompletedProcess:
    command = [pandoc_path(), path.name, *args] + (["--filter", "reportfmt"] if with_filter else [])
    return subprocess.run(command, cwd=path.parent, capture_output=True, env=filter_env(), timeout=300)


def evaluate(path: Path, with_epub: bool) -> Result:
    bare = run_pandoc(path, ["-t", "json"], with_filter=False)
    reader = "Word" if path.suffix == ".docx" else "markdown"
    tree = json.loads(bare.stdout)
    before = json_features(tree)
    result = Result(path, source_of(path), reader, chinese_share(before.text + before.meta_text) >= 0.5)
    filtered = run_pandoc(path, ["-t", "json"], with_filter=True)
    if filtered.returncode != 0:
        lines = filtered.stderr.decode("utf-8", "replace").strip().splitlines()
        result.failure = lines[-1] if lines else f"exit {filtered.returncode}"
        return result
    result.identical = filtered.stdout == bare.stdout
    after = json_features(json.loads(filtered.stdout))
    result.json_lost = losses(before, after)
    result.damage = damage_kinds(before, after)
    result.masks = Counter(m["detector"] for m in after.masks)
    if with_epub and not result.identical:
        with tempfile.TemporaryDirectory(prefix="reportfmt-authored-") as tmp:
            plain_book, filtered_book = Path(tmp, "plain.epub"), Path(tmp, "filtered.epub")
            run_pandoc(path, ["-o", str(plain_book)], with_filter=False)
            proc = run_pandoc(path, ["-o", str(filtered_book)], with_filter=True)
            if proc.returncode != 0 or not filtered_book.exists():
                result.failure = "EPUB: " + proc.stderr.decode("utf-8", "replace").strip()[-200:]
                return result
            result.epub_lost = losses(epub_features(plain_book.read_bytes()),
                                      epub_features(filtered_book.read_bytes()))
    elif with_epub:
        result.epub_lost = dict.fromkeys(EPUB_KEYS, 0)  # the same JSON makes the same book
    return result


def documents(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES and p.is_file() and "LICENSES" not in p.parts)


def summarise(results: list[Result], title: str, with_epub: bool) -> None:
    print(f"\n== {title}: {len(results)} documents")
    print(f"{'kind':24} {'docs':>4} {'identical':>9} {'failures':>8}  " + " ".join(f"{k:>8}" for k in LOSS_KEYS))
    for kind in sorted({r.kind for r in results}):
        group = [r for r in results if r.kind == kind]
        total = Counter()
        for r in group:
            total.update(r.json_lost)
        failures = sum(1 for r in group if r.failure)
        print(f"{kind:24} {len(group):4} {sum(r.identical for r in group):9} {failures:8}  "
              + " ".join(f"{total[k]:8}" for k in LOSS_KEYS) + "   (JSON: lost)")
        if with_epub:
            epub = Counter()
            for r in group:
                epub.update(r.epub_lost)
            print(f"{'':49}" + " ".join(f"{epub[k] if k in EPUB_KEYS else '':>8}" for k in LOSS_KEYS)
                  + "   (EPUB: lost)")


def print_damage(results: list[Result], with_epub: bool) -> None:
    chinese = [r for r in results if r.chinese and not r.failure]
    words = [r for r in chinese if r.reader == "Word"]
    markdown = [r for r in chinese if r.reader == "markdown"]
    english = [r for r in results if not r.chinese]

    def total(group: list[Result], key: str, where: str = "damage") -> int:
        return sum(getattr(r, where).get(key, 0) for r in group)

    rows = [
        ("落款 deleted (the line above a closing date)", total(chinese, "signature_deleted")),
        ("fields merged (spaces between two Chinese characters lost, Word)", total(words, "fields_merged")),
        ("wrong title (a body line moved into the title)", total(chinese, "wrong_title")),
        ("stray headings (new or re-levelled headings)", total(chinese, "stray_headings")),
        ("markdown list markers marked as masks", total(markdown, "bullet_masks")),
        ("asterisks marked as masks in markdown", total(markdown, "asterisk_masks")),
        ("English documents not passed through identical", sum(1 for r in english if not r.identical)),
        ("filter failures", sum(1 for r in results if r.failure)),
    ]
    if with_epub:
        rows += [
            ("EPUB: relative links lost", total(chinese, "relative_links", "epub_lost")),
            ("EPUB: pictures lost", total(chinese, "images", "epub_lost")),
            ("EPUB: superscripts lost", total(chinese, "sups", "epub_lost")),
            ("EPUB: Chinese documents with anything lost",
             sum(1 for r in chinese if any(r.epub_lost.get(k) for k in EPUB_KEYS))),
        ]
    rows.append(("Chinese documents with anything lost in JSON",
                 sum(1 for r in chinese if any(r.json_lost.get(k) for k in LOSS_KEYS))))
    print("\n== damage kinds (issue 12)")
    for label, count in rows:
        print(f"{count:6}  {label}")
    detectors = Counter()
    for r in chinese:
        detectors.update(r.masks)
    print("masks marked in Chinese documents, by detector: "
          + (", ".join(f"{k} {v}" for k, v in sorted(detectors.items())) or "none"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--part", choices=("tuned", "held-out", "all"), default="all")
    parser.add_argument("--no-epub", action="store_true", help="JSON only (faster)")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per document")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: nothing to evaluate (it lives in ../shared/corpus/authored)")
        return 0
    paths = documents(args.corpus)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda p: evaluate(p, not args.no_epub), paths))
    if args.part != "all":
        results = [r for r in results if r.part == args.part]
    if args.verbose:
        for r in results:
            lost = {k: v for k, v in r.json_lost.items() if v}
            epub = {k: v for k, v in r.epub_lost.items() if v and k in EPUB_KEYS}
            damage = {k: v for k, v in r.damage.items() if v}
            print(f"{r.path.relative_to(args.corpus)}  [{r.part}, {r.kind}] "
                  f"{'identical' if r.identical else ''} {r.failure} json={lost} epub={epub} damage={damage}")
    for part in ("tuned", "held-out"):
        group = [r for r in results if r.part == part]
        if group:
            sources = ", ".join(sorted({r.source for r in group}))
            summarise(group, f"{part} ({sources})", not args.no_epub)
    print_damage(results, not args.no_epub)
    return 0


if __name__ == "__main__":
    sys.exit(main())

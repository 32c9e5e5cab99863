"""The review page's initial transfer for a batch of 10,000 documents.

Usage: python tests/eval/eval_review.py [--documents N]   (make eval-review)

Writes a generated manifest of N records shaped like real ones (tests/synthetic_manifest.py:
Chinese archive paths, titles, removed blocks, kept text, masks), builds the review page from
it, and prints the bytes the page loads when it opens (index.html, review/app.js,
review/app.css, review/summary.js) against the 2 MB the issue allows, beside the documents'
shards that load only on demand and the manifest itself. With Chromium and chromedriver
installed it also opens the page and lists what the browser really loaded
(the scripts and stylesheets in the document once its rows show), so the count is what a
browser loads, not what we think it does.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from reportfmt.batch.review.build import build_review, initial_files  # noqa: E402
from synthetic_manifest import write_manifest  # noqa: E402

LIMIT = 2 * 1024 * 1024


def loaded_in_browser(outdir: Path, tmp: Path) -> list[Path] | None:
    """Files Chromium loaded to open the page (None when no browser is installed)."""
    import shutil

    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        return None
    import pytest

    from browser import browser, wait_for

    try:
        with browser(tmp) as (driver, by):
            driver.get((outdir / "index.html").as_uri())
            wait_for(lambda: driver.find_elements(by.CSS_SELECTOR, "tbody tr"), timeout=120)
            # Resource Timing leaves file:// loads out: every script and stylesheet the
            # document holds once it shows its rows is what it loaded (shards add scripts).
            names = driver.execute_script(
                "return [...document.querySelectorAll('script[src]')].map(s => s.src)"
                ".concat([...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.href))"
                ".concat(performance.getEntriesByType('resource').map(e => e.name))")
            names = list(dict.fromkeys(names))
    except pytest.skip.Exception:
        return None
    from urllib.parse import unquote, urlparse

    return [outdir / "index.html", *(Path(unquote(urlparse(name).path)) for name in names)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        manifest = outdir / "manifest.jsonl"
        write_manifest(manifest, args.documents)
        started = time.monotonic()
        build_review(outdir, manifest)
        built = time.monotonic() - started
        files = initial_files(outdir)
        initial = sum(f.stat().st_size for f in files)
        shards = list((outdir / "review" / "docs").glob("*.js"))
        print(f"review page for {args.documents} documents (built in {built:.1f} s)")
        for f in files:
            print(f"  {f.relative_to(outdir).as_posix():<20} {f.stat().st_size:>10,} bytes")
        print(f"  initial transfer     {initial:>10,} bytes ({initial / 1024**2:.2f} MiB; limit 2 MiB)")
        print(f"  on demand: {len(shards)} shards, {sum(s.stat().st_size for s in shards):,} bytes; "
              f"manifest.jsonl {manifest.stat().st_size:,} bytes")
        seen = loaded_in_browser(outdir, Path(tmp))
        if seen is None:
            print("  browser check skipped (chromium and chromedriver not installed)")
        else:
            total = sum(f.stat().st_size for f in seen)
            same = sorted(map(str, seen)) == sorted(map(str, files))
            print(f"  Chromium loaded {len(seen)} files, {total:,} bytes"
                  f" ({'the same files' if same else 'OTHER FILES: ' + ', '.join(p.name for p in seen)})")
            initial = max(initial, total)
    ok = initial < LIMIT
    print("review: " + ("initial transfer under 2 MiB" if ok else "OVER 2 MiB"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

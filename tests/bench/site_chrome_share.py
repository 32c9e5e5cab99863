"""How much cleaning the site-chrome pass adds to a batch (issue 17): its sampled pages' share.

    python tests/bench/site_chrome_share.py [--pages 300] [--sites 15 --per-site 20] [--write DIR]

`reportfmt convert` first cleans each site's first SAMPLE_PAGES different pages (sites of
MIN_PAGES pages or more) to learn the site's chrome (batch/runner.plan_site_chrome). This
cleans, in one process, every page of two batches and sums the CPU of the pages that pass
samples, against all of them: the bench archive (benchmark.py's, 3 folders of the 105
corpus pages) and a made-up batch of several sites x 20 pages (own-tune templates with edge
chrome, as eval_site_chrome.py builds them). `--write DIR` also writes both batches there
as zip archives, for paired `reportfmt convert` runs. Process CPU time: a rough reading on
a shared machine, each page once.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

import benchmark
from eval_site_chrome import build_sites

from reportfmt.batch.job import input_hash, process_bytes
from reportfmt.batch.site_chrome import MIN_PAGES, SAMPLE_PAGES, page_site
from reportfmt.batch.sources import iter_sources
from reportfmt.options import build_options


def made_up_batch(path: Path, sites: int, per_site: int) -> Path:
    built = build_sites(per_site, "own-tune")
    chosen = built[:: max(1, len(built) // sites)][:sites]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, (_host, pages) in enumerate(chosen):
            for k, (raw, _labels) in enumerate(pages):
                archive.writestr(f"site{number:02d}/page{k:02d}.txt", raw)
    return path


def sampled_labels(sources) -> set[str]:
    """The pages the site-chrome pass cleans (plan_site_chrome's choice)."""
    documents: dict[str, set[str]] = {}
    chosen: dict[str, str] = {}
    for source in sources:
        data = source.read()
        site = page_site(data, source.rel)
        seen = documents.setdefault(site, set())
        sha = input_hash(data)
        if len(seen) < SAMPLE_PAGES and sha not in seen:
            seen.add(sha)
            chosen[source.label] = site
    return {label for label, site in chosen.items() if len(documents[site]) >= MIN_PAGES}


def share(archive: Path) -> None:
    options = build_options()
    sources = [s for s in iter_sources([archive], options) if not (s.error or s.skipped)]
    sample = sampled_labels(sources)
    for source in sources[:10]:  # warm-up: the first pages compile the rules
        process_bytes(source.read(), source.label, options)
    total = sampled = 0.0
    for source in sources:
        data = source.read()
        started = time.process_time()
        process_bytes(data, source.label, options)
        spent = time.process_time() - started
        total += spent
        sampled += spent if source.label in sample else 0.0
    print(f"{archive.name}: {len(sources)} pages, {len(sample)} sampled; cleaning all {total:.1f} s CPU, "
          f"the sampled pages {sampled:.1f} s ({sampled / total * 100:.1f} % more cleaning)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="pages of the bench archive")
    parser.add_argument("--sites", type=int, default=15)
    parser.add_argument("--per-site", type=int, default=20)
    parser.add_argument("--write", type=Path, help="keep both archives in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.write or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        bench, _ = benchmark.build_inputs(Path(tempfile.mkdtemp(dir=tmp)), args.pages)
        bench = bench.rename(folder / bench.name)
        made_up = made_up_batch(folder / f"made-up-{args.sites}x{args.per_site}.zip", args.sites, args.per_site)
        for archive in (bench, made_up):
            share(archive)


if __name__ == "__main__":
    main()

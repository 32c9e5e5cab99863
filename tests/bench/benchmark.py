"""Benchmark: reportfmt convert vs shell loops of pandoc, DOCX and PDF, plus peak memory.

    python tests/bench/benchmark.py [--pages 1000] [--sample 40] [--memory 1000,10000]

Builds an archive of --pages pages from ../shared/corpus (web-gold originals, web-nogold,
traf-zh, laws) and the seed, images and iframes stripped first, duplicated under varied names.
The loop baselines start 1-3 processes per page, so they are timed on each distinct page
once (the archive repeats them) and extrapolated per page (printed as such). Peak memory is
the RSS of the whole process tree.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
REPORTFMT = str(Path(sys.executable).with_name("reportfmt"))
# Images and iframes out first, so that no route spends its time failing to fetch them.
_STRIP = re.compile(rb"<img\b[^>]*>|<iframe\b.*?</iframe>|<iframe\b[^>]*>", re.I | re.S)


def corpus_pages() -> list[tuple[str, bytes]]:
    if not CORPUS.is_dir():
        sys.exit(f"benchmark: {CORPUS} is missing (the benchmark reads ../shared/corpus)")
    paths = sorted((CORPUS / "web-gold" / "original").glob("*.html"))
    paths += sorted((CORPUS / "web-nogold").glob("*.html")) + sorted((CORPUS / "traf-zh").glob("*.html"))
    paths += sorted((CORPUS / "laws").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    pages = []
    for path in paths:
        data = path.read_bytes()
        if path.suffix == ".html":
            data = _STRIP.sub(b"", data)
        pages.append((path.stem, path.suffix, data))
    return pages


def build_inputs(workdir: Path, count: int) -> tuple[Path, Path]:
    """An archive of `count` pages and the same pages as files (for the loops)."""
    pages = corpus_pages()
    archive = workdir / f"pages-{count}.zip"
    folder = workdir / f"pages-{count}"
    folder.mkdir()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(count):
            stem, suffix, data = pages[i % len(pages)]
            name = f"batch{i // len(pages):03d}/{stem}-{i:05d}{suffix}"
            zf.writestr(name, data)
            if i < len(pages):  # one copy of each distinct page: the loops' sample
                (folder / Path(name).name).write_bytes(data)
    return archive, folder


class PeakRss:
    """Polls /proc for the summed RSS of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.running = pid, 0, True
        self.thread = threading.Thread(target=self._poll, daemon=True)
        self.thread.start()

    def _tree(self) -> list[int]:
        pids, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            for task in Path(f"/proc/{pid}/task").glob("*/children"):
                try:
                    todo += [int(c) for c in task.read_text().split()]
                except OSError:
                    pass
        return pids

    def _poll(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while self.running:
            total = 0
            for pid in self._tree():
                try:
                    total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
                except (OSError, IndexError, ValueError):
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.05)

    def stop(self) -> int:
        self.running = False
        self.thread.join()
        return self.peak


def run_reportfmt(archive: Path, out: Path, fmt: str) -> tuple[float, int]:
    started = time.monotonic()
    proc = subprocess.Popen([REPORTFMT, "convert", str(archive), "-o", str(out), "--to", fmt,
                             "--quiet", "--no-review"])
    rss = PeakRss(proc.pid)
    proc.wait()
    return time.monotonic() - started, rss.stop()


def loop_seconds_per_page(folder: Path, sample: int, commands) -> float:
    # Evenly spread over the distinct pages, so the sample has the archive's mix of kinds.
    files = sorted(folder.iterdir())
    if sample and sample < len(files):
        files = files[:: len(files) // sample][:sample]
    started = time.monotonic()
    for path in files:
        for cmd in commands(path):
            subprocess.run(cmd, shell=True, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.monotonic() - started) / len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--sample", type=int, default=0,
                        help="pages timed for each shell loop (default: every distinct page once)")
    parser.add_argument("--memory", default="1000,10000", help="page counts for the peak-memory runs")
    args = parser.parse_args()
    from reportfmt.write.pandoc import pandoc_path

    pandoc = pandoc_path()
    env_path = f"{Path(REPORTFMT).parent}{os.pathsep}{os.environ['PATH']}"
    os.environ["PATH"] = env_path
    typst_compile = f"{sys.executable} -c 'import sys,typst; typst.compile(sys.argv[1], output=sys.argv[2])'"
    with tempfile.TemporaryDirectory(prefix="reportfmt-bench-") as tmp:
        work = Path(tmp)
        archive, folder = build_inputs(work, args.pages)
        out = work / "loop"
        out.mkdir()
        timed = args.sample or len(list(folder.iterdir()))
        print(f"{args.pages} pages in {archive.name}; {os.cpu_count()} cores; loops timed on {timed} distinct "
              "pages and extrapolated per page")
        rows = []
        for fmt in ("docx", "pdf"):
            seconds, _ = run_reportfmt(archive, work / f"out-{fmt}", fmt)
            if fmt == "docx":
                filt = lambda p: [f"{pandoc} '{p}' --filter reportfmt -o '{out}/x.docx'"]  # noqa: E731
                bare = lambda p: [f"{pandoc} '{p}' -o '{out}/x.docx'"]  # noqa: E731
            else:
                filt = lambda p: [f"{pandoc} '{p}' --filter reportfmt -t typst -s -o '{out}/x.typ'",  # noqa: E731
                                  f"{typst_compile} '{out}/x.typ' '{out}/x.pdf'"]
                bare = lambda p: [f"{pandoc} '{p}' -t typst -s -o '{out}/x.typ'",  # noqa: E731
                                  f"{typst_compile} '{out}/x.typ' '{out}/x.pdf'"]
            per_filter = loop_seconds_per_page(folder, args.sample, filt)
            per_bare = loop_seconds_per_page(folder, args.sample, bare)
            rows.append((fmt, seconds, per_filter * args.pages, per_bare * args.pages))
        print(f"{'format':6} {'reportfmt':>11} {'filter loop*':>13} {'bare loop*':>11} {'vs filter':>10} "
              f"{'vs bare':>8}")
        for fmt, ours, filt_s, bare_s in rows:
            print(f"{fmt:6} {ours:10.1f}s {filt_s:12.1f}s {bare_s:10.1f}s {filt_s / ours:9.2f}x {bare_s / ours:7.2f}x")
        print("* extrapolated from the sample. PDF baseline: pandoc -t typst, then typst.compile in a fresh "
              "python process per page (no TeX here, and no typst CLI).")
        print(f"PDF/DOCX time ratio: {rows[1][1] / rows[0][1]:.2f} (target <= 1.5)")
        peaks = {}
        for count in (int(c) for c in args.memory.split(",") if c.strip()):  # --memory "" skips
            (work / f"m{count}").mkdir()
            big, _ = build_inputs(work / f"m{count}", count)
            seconds, peaks[count] = run_reportfmt(big, work / f"mem-{count}", "docx")
            print(f"peak RSS, {count} pages to DOCX: {peaks[count] / 2**20:.0f} MiB ({seconds:.0f} s)")
        if len(peaks) == 2:
            low, high = sorted(peaks)
            print(f"peak memory {high}/{low} pages: {peaks[high] / peaks[low]:.2f}x (target <= 1.2)")


if __name__ == "__main__":
    main()

"""A batch worker's and its parent's instructions per page (issue 17), counted by callgrind.

    python tests/bench/instr_stages.py [--pages N] [--warm-up N] [--to docx] [--pandoc N] [--keep DIR]

CPU times on this shared 2-core machine swing by +-30 %; instruction counts do not. This runs
`run_job_in_worker` (what a `reportfmt convert` worker runs) over N of the 105 corpus pages
`benchmark.py` uses (every k-th), under `valgrind --tool=callgrind` (it starts itself there),
after a warm-up on the first pages whose counts are thrown away: CALLGRIND_ZERO_STATS before
the pages, CALLGRIND_DUMP_STATS_AT after them (a tiny C library compiled here from
callgrind.h, called through ctypes), then the batch parent's work on the same results (the
site-chrome pass's scan, the picture scan, the result's trip through the pipe, the duplicate
index, writing the outputs, the manifest line) between two more dumps. `--pandoc N`: the
pandoc calls of the first N pages are also counted, each as a `pandoc --sandbox` process of
its own under callgrind, less the same call on a one-word document (pandoc's start-up; the
worker's long-lived session pays it once): pandoc's reader and writer per page.

Counting each stage by a C function of its own (its inclusive count) was tried: under
valgrind 3.19 the ctypes-loaded functions came back unnamed, merged into libffi's
trampoline. docs/speed.md has the totals this prints and the split by stage from a profile.
Under valgrind a page takes ~50x its CPU: 10 + 10 pages take ~20 minutes on a quiet machine.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

C_TEMPLATE = """
#include <valgrind/callgrind.h>
void cg_zero(void) { CALLGRIND_ZERO_STATS; }
void cg_dump(const char *why) { CALLGRIND_DUMP_STATS_AT(why); }
unsigned cg_on_valgrind(void) { return RUNNING_ON_VALGRIND; }
"""


def build_library(folder: Path) -> ctypes.CDLL:
    (folder / "counts.c").write_text(C_TEMPLATE)
    subprocess.run(["gcc", "-O1", "-shared", "-fPIC", "-o", str(folder / "counts.so"), str(folder / "counts.c")],
                   check=True)
    return ctypes.CDLL(str(folder / "counts.so"))


def measured(args) -> None:
    """Under callgrind: warm up, zero, run the pages (dump "worker"), then the parent's work
    on their results (dump "parent")."""
    import benchmark

    from reportfmt.batch.duplicates import DuplicateIndex
    from reportfmt.batch.executor import freeze_long_lived, run_job_in_worker
    from reportfmt.batch.job import Job, commit_outputs, input_hash
    from reportfmt.batch.site_chrome import page_site
    from reportfmt.options import build_options
    from reportfmt.read.images import referenced_paths
    from reportfmt.write import pandoc

    folder = Path(args.keep)
    lib = build_library(folder)
    formats = tuple(args.to.split(","))
    options = build_options({"timeout": 3600})
    jobs = [Job(f"batch000/{stem}{ext}", f"batch000/{stem}{ext}", data, formats, options)
            for stem, ext, data in benchmark.corpus_pages()]
    # Every k-th page, so the measured ones have the bench's mix of kinds (html, txt, laws, seed).
    measured_jobs = jobs[:: max(1, len(jobs) // args.pages)][: args.pages]
    pandoc.enable()
    for job in jobs[: args.warm_up]:
        run_job_in_worker(job)  # warm-up: imports, rule patterns compiled on first use, the session
    freeze_long_lived()
    calls: list[tuple[list[str], bytes]] = []
    recording = [False]
    if args.pandoc:
        # The CLI arguments of each call (translate sees them) and its input (the session's request).
        translate, session = pandoc.translate, pandoc.active()
        request, last_args = session.request, [None]

        def translated(argv):
            last_args[0] = list(argv)
            return translate(argv)

        def requested(header, payload, **kwargs):
            if recording[0]:
                calls.append((last_args[0], bytes(payload)))
            return request(header, payload, **kwargs)
        pandoc.translate, session.request = translated, requested
    lib.cg_zero()
    results = []
    for number, job in enumerate(measured_jobs):
        recording[0] = number < args.pandoc
        results.append(run_job_in_worker(job))
    recording[0] = False
    lib.cg_dump(b"worker")
    # The parent's share, on the same results (what a batch's parent does for each page),
    # with the duplicate index's one-time set-up (datasketch's import) in it.
    index = DuplicateIndex()
    [(page_site(j.data, j.rel), input_hash(j.data)) for j in measured_jobs]
    [referenced_paths(j.data, "batch000") for j in measured_jobs]
    pickled = [pickle.dumps((i, r), pickle.HIGHEST_PROTOCOL) for i, r in enumerate(results)]
    received = [pickle.loads(b)[1] for b in pickled]
    [index.mark(dict(r.record), r.fingerprint) for r in received]
    with tempfile.TemporaryDirectory(prefix="reportfmt-instr-") as out:
        [commit_outputs(Path(out), r) for r in received]
    [(json.dumps(r.record, ensure_ascii=False) + "\n").encode("utf-8") for r in received]
    lib.cg_dump(b"parent")
    (folder / "facts.json").write_text(json.dumps({"pages": len(measured_jobs)}))
    if args.pandoc:
        (folder / "pandoc_calls.pickle").write_bytes(pickle.dumps(calls))


def dumped_total(folder: Path, trigger: str) -> int:
    """The instructions of the dump callgrind wrote at CALLGRIND_DUMP_STATS_AT(trigger)."""
    for path in folder.glob("callgrind.out.*"):
        text = path.read_text(errors="replace")
        if f"Trigger: Client Request: {trigger}" in text:
            return int(re.search(r"^summary:\s*(\d+)", text, re.M).group(1))
    raise SystemExit(f"instr_stages: no callgrind dump for {trigger!r} in {folder}")


def pandoc_counts(calls: list, folder: Path, pages: int) -> dict[str, float]:
    """Each recorded pandoc call as its own `pandoc --sandbox` under callgrind, less its
    start-up (the same arguments on a one-word document): M instructions per page by reader/writer."""
    from reportfmt.write.pandoc import pandoc_path

    tiny = {"html": b"<p>x</p>", "json": json.dumps({"pandoc-api-version": [1, 23, 1], "meta": {},
            "blocks": [{"t": "Para", "c": [{"t": "Str", "c": "x"}]}]}).encode()}

    def count(argv: list[str], data: bytes) -> int:
        out = folder / "pandoc.cg"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", pandoc_path(), "--sandbox",
                        *argv], input=data, capture_output=True, check=True)
        totals = re.search(r"^(?:summary|totals):\s*(\d+)", out.read_text(errors="replace"), re.M)
        return int(totals.group(1))

    per_kind: dict[str, float] = {}
    start_up: dict[tuple, int] = {}
    for argv, data in calls:
        reader = argv[argv.index("-f") + 1] if "-f" in argv else "html"
        kind = "pandoc reader (html -> json)" if reader.startswith("html") else \
            f"pandoc writer ({argv[argv.index('-t') + 1] if '-t' in argv else '?'})"
        key = tuple(argv)
        if key not in start_up:
            start_up[key] = count(argv, tiny["html" if reader.startswith("html") else "json"])
        per_kind[kind] = per_kind.get(kind, 0) + (count(argv, data) - start_up[key]) / 1e6 / pages
    return per_kind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=21, help="N bench pages, every k-th of the 105 (default 21)")
    parser.add_argument("--warm-up", type=int, default=20, help="the first N bench pages, run first, not counted")
    parser.add_argument("--to", default="docx")
    parser.add_argument("--pandoc", type=int, default=0, help="also count pandoc's calls of the first N pages")
    parser.add_argument("--keep", help="folder for callgrind's files (default: a temporary one)")
    parser.add_argument("--measured", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measured:
        measured(args)
        return
    folder = Path(args.keep or tempfile.mkdtemp(prefix="reportfmt-instr-"))
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("callgrind.out*"):
        old.unlink()
    subprocess.run(["valgrind", "--tool=callgrind", "--dump-instr=no", "--collect-jumps=no", "--compress-strings=no",
                    f"--callgrind-out-file={folder}/callgrind.out", sys.executable, __file__, "--measured",
                    "--pages", str(args.pages), "--warm-up", str(args.warm_up), "--to", args.to,
                    "--pandoc", str(args.pandoc), "--keep", str(folder)], check=True, stderr=subprocess.DEVNULL)
    pages = json.loads((folder / "facts.json").read_text())["pages"]
    print(f"{pages} pages to {args.to}, M instructions per page (callgrind, after a {args.warm_up}-page warm-up):")
    print(f"    worker (run_job_in_worker)          {dumped_total(folder, 'worker') / pages / 1e6:10.1f}")
    print(f"    parent (its share of the same pages, with the duplicate index's set-up: "
          f"{dumped_total(folder, 'parent') / 1e6:.0f} M in all)")
    if args.pandoc:
        calls = pickle.loads((folder / "pandoc_calls.pickle").read_bytes())
        print(f"pandoc's own process, M instructions per page (first {args.pandoc} pages, start-up taken off):")
        for kind, value in pandoc_counts(calls, folder, args.pandoc).items():
            print(f"    {kind:36} {value:10.1f}")


if __name__ == "__main__":
    main()

"""Where a batch worker's CPU goes, per page and per stage (issue 17's profile).

    python tests/bench/stages.py [--to docx,pdf] [--rounds 1] [--only NAME] [--table-rows N]

Runs `run_job_in_worker` (what a `reportfmt convert` worker runs, with its pandoc session)
over the corpus pages `benchmark.py` uses (or one page holding an N-row table), after one
warm-up round, and prints the worker's Python CPU and the pandoc session's CPU per page,
then Python's cyclic collector per page and generation, pandoc's writer on a one-word
document (the CPU every page pays however small), then both processes' peak RSS, then each
stage's inclusive CPU per page, then what the batch's parent process does for each page (the
picture scan, the result's trip through the pipe, the duplicate index, the manifest line,
writing the files) on the same results. Stages are timed by wrappers around the named
functions (time.process_time; the pandoc session's CPU read from /proc), which cost far less
than cProfile and so keep the proportions. Nested stages overlap: read_bytes holds
extract_main, render holds compile_pdf (typst, in-process).
Linux only (/proc).
"""

from __future__ import annotations

import argparse
import collections
import gc
import importlib
import json
import os
import pickle
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchmark  # the corpus pages and the table page of `make bench`

from reportfmt.batch.duplicates import DuplicateIndex
from reportfmt.batch.executor import freeze_long_lived, run_job_in_worker
from reportfmt.batch.job import Job, commit_outputs
from reportfmt.options import build_options
from reportfmt.read.images import referenced_paths
from reportfmt.resources import style_file
from reportfmt.write import pandoc
from reportfmt.write.docx_styles import lean_reference

# (module, function) pairs timed; looked up at call time, so patching the module global works.
STAGES = [
    ("reportfmt.batch.job", "read_bytes"), ("reportfmt.batch.job", "run_passes"),
    ("reportfmt.write.render", "doc_to_json"), ("reportfmt.batch.job", "render"),
    ("reportfmt.write.render", "dumps_laid_out"), ("reportfmt.batch.job", "block_text"),
    ("reportfmt.read.html", "clean_tree"), ("reportfmt.read.html", "read_with_pandoc"),
    ("reportfmt.read.extract", "extract_main"), ("reportfmt.read.extract", "mark_teasers"),
    ("reportfmt.read.extract", "drop_repeated_copies"), ("reportfmt.read.extract", "find_thread"),
    ("reportfmt.read.extract", "find_headline"), ("reportfmt.read.extract", "rescue_lead"),
    ("reportfmt.read.extract", "record_outside"), ("reportfmt.read.extract", "keep_best_run"),
    ("reportfmt.read.extract", "cut_link_blocks"), ("reportfmt.read.extract", "cut_chrome_blocks"),
    ("reportfmt.read.extract", "keep_first_post"), ("reportfmt.read.extract", "vote_short_blocks"),
    ("reportfmt.read.extract", "page_date"), ("reportfmt.read.extract", "learned_vote"),
    ("reportfmt.read.extraction.votes", "score_tree"),
    ("reportfmt.write.render", "adapt_for"), ("reportfmt.write.render", "run_pandoc"),
    ("reportfmt.write.pdf", "compile_pdf"), ("reportfmt.write.package_dates", "fix_docx"),
    ("reportfmt.write.package_dates", "fix_epub"), ("reportfmt.batch.job", "removed_positions"),
    ("reportfmt.batch.job", "manifest_record"), ("reportfmt.batch.job", "picture_files"),
    ("reportfmt.batch.job", "input_hash"), ("reportfmt.batch.job", "list_pictures"),
]
# Stages that call pandoc: their pandoc session CPU is reported beside their own.
WITH_PANDOC = {"read_with_pandoc", "render", "run_pandoc"}

spent: collections.Counter = collections.Counter()
calls: collections.Counter = collections.Counter()


def pandoc_cpu() -> float:
    session = pandoc.active()
    if session is None or session.proc is None:
        return 0.0
    fields = Path(f"/proc/{session.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pandoc_peak_mib() -> float:
    """The pandoc session's peak resident memory (VmHWM), in MiB."""
    session = pandoc.active()
    if session is None or session.proc is None:
        return 0.0
    for line in Path(f"/proc/{session.proc.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def timed(label: str, function, with_pandoc: bool):
    def wrapper(*args, **kwargs):
        started, in_pandoc = time.process_time(), pandoc_cpu() if with_pandoc else 0.0
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started
            calls[label] += 1
            if with_pandoc:
                spent[f"{label} [pandoc]"] += pandoc_cpu() - in_pandoc
    return wrapper


def instrument() -> None:
    for module_name, name in STAGES:
        module = importlib.import_module(module_name)
        label = f"{module_name.rsplit('.', 1)[-1]}.{name}"
        setattr(module, name, timed(label, getattr(module, name), name in WITH_PANDOC))
    # score_tree is also reached through the modules that imported it by name.
    votes = importlib.import_module("reportfmt.read.extraction.votes")
    for module_name in ("candidates", "pruning", "threads"):
        module = importlib.import_module(f"reportfmt.read.extraction.{module_name}")
        if hasattr(module, "score_tree"):
            module.score_tree = votes.score_tree
    from reportfmt import pipeline

    for module in pipeline.PASSES:
        module.main = timed(f"pass.{module.__name__.rsplit('.', 1)[-1]}", module.main, False)


collected: collections.Counter = collections.Counter()
collections_run: collections.Counter = collections.Counter()
_collection_started = [0.0]


def time_collections(phase: str, info: dict) -> None:
    if phase == "start":
        _collection_started[0] = time.process_time()
    else:
        collected[info["generation"]] += time.process_time() - _collection_started[0]
        collections_run[info["generation"]] += 1


def writer_floor(fmt: str, calls: int = 20, reference: str | None = None) -> float:
    """The pandoc session's CPU (ms) per call writing a one-word document to `fmt` (DOCX:
    with `reference` instead of styles/reference.docx when given)."""
    from reportfmt.write.render import pandoc_writer_args

    tiny = json.dumps({"pandoc-api-version": [1, 23, 1], "meta": {},
                       "blocks": [{"t": "Para", "c": [{"t": "Str", "c": "字"}]}]}).encode()
    args = ["-f", "json", *pandoc_writer_args(fmt), "-o", "-"]
    if reference and "--reference-doc" in args:
        args[args.index("--reference-doc") + 1] = reference
    pandoc.run_pandoc(args, tiny)
    started = pandoc_cpu()
    for _ in range(calls):
        pandoc.run_pandoc(args, tiny)
    return (pandoc_cpu() - started) / calls * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--to", default="docx", help="formats, comma-separated (default docx)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--only", help="only corpus pages whose name holds this")
    parser.add_argument("--table-rows", type=int, help="one page holding a table of this many rows instead")
    args = parser.parse_args()
    formats = tuple(args.to.split(","))
    options = build_options({"timeout": 3600})
    if args.table_rows:
        page = benchmark.table_html(Path(os.environ.get("TMPDIR", "/tmp")), args.table_rows)
        pages = [(page.name, "", page.read_bytes())]
    else:
        pages = [p for p in benchmark.corpus_pages() if not args.only or args.only in p[0] + p[1]]
    if not pages:
        sys.exit(f"stages: no corpus page name holds {args.only!r}")
    jobs = [Job(f"{stem}{ext}", f"{stem}{ext}", data, formats, options) for stem, ext, data in pages]
    warm_up = jobs[:20]
    if args.table_rows:  # a small table warms the same code up without converting the big one twice
        small = benchmark.table_html(Path(os.environ.get("TMPDIR", "/tmp")), 50)
        warm_up = [Job(small.name, small.name, small.read_bytes(), formats, options)]
    pandoc.enable()
    for job in warm_up:
        run_job_in_worker(job)  # warm-up: imports, rules, the pandoc session, typst's fonts
    freeze_long_lived()  # as a worker does after its first job
    instrument()
    results = []
    gc.callbacks.append(time_collections)
    python_started, pandoc_started = time.process_time(), pandoc_cpu()
    for _ in range(args.rounds):
        for job in jobs:
            results.append(run_job_in_worker(job))
    count = args.rounds * len(jobs)
    python, session = time.process_time() - python_started, pandoc_cpu() - pandoc_started
    gc.callbacks.remove(time_collections)
    print(f"{count} pages to {','.join(formats)}: worker Python {python / count * 1000:.1f} ms CPU/page, "
          f"pandoc session {session / count * 1000:.1f} ms CPU/page")
    print("  Python's cyclic collector, per page: " + ", ".join(
        f"gen{g} {collected[g] / count * 1000:.2f} ms ({collections_run[g]})" for g in sorted(collected)))
    for fmt in formats:
        if fmt != "pdf":
            print(f"  pandoc's {fmt} writer on a one-word document: {writer_floor(fmt):.1f} ms CPU a call "
                  "(what every page pays however small)")
            lean = lean_reference(style_file("reference.docx")) if fmt == "docx" else None
            if lean is not None:
                print(f"  ... from the lean copy of reference.docx (write/docx_styles.py, most pages): "
                      f"{writer_floor(fmt, reference=str(lean.lean_path)):.1f} ms CPU a call")
    print(f"peak RSS: worker {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB, "
          f"pandoc session {pandoc_peak_mib():.0f} MiB")
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        shown = f"({calls[label]} calls)" if label in calls else ""
        print(f"  {label:34} {seconds / count * 1000:8.2f} ms/page {shown}")
    parent_stages(jobs * args.rounds, results)


def parent_stages(jobs: list[Job], results: list) -> None:
    """The parent's share per page, on the results above (each timed over all pages)."""
    parent: dict[str, float] = {}

    def clock(label: str, step) -> None:
        started = time.process_time()
        step()
        parent[label] = (time.process_time() - started) / len(jobs) * 1000

    pickled: list[bytes] = []
    clock("picture scan (referenced_paths)", lambda: [referenced_paths(job.data, "batch000") for job in jobs])
    clock("result to the parent (pickle)", lambda: pickled.extend(pickle.dumps((i, r), pickle.HIGHEST_PROTOCOL)
                                                                  for i, r in enumerate(results)))
    received = []
    clock("result to the parent (unpickle)", lambda: received.extend(pickle.loads(b)[1] for b in pickled))
    index = DuplicateIndex()
    # Distinct pages only: a repeated page is an exact copy, found by its hash alone. With the
    # shingle hashes the worker sent (JobResult.fingerprint), as a batch's parent gets them.
    clock("duplicate index (distinct pages)", lambda: [index.mark(dict(r.record), r.fingerprint) for r in received])
    with tempfile.TemporaryDirectory(prefix="reportfmt-stages-") as out:
        clock("outputs written (commit_outputs)", lambda: [commit_outputs(Path(out), r) for r in received])
    clock("manifest line (json.dumps)", lambda: [(json.dumps(r.record, ensure_ascii=False) + "\n").encode("utf-8")
                                                 for r in received])
    print(f"parent process, per page: {sum(parent.values()):.2f} ms CPU")
    for label, ms in parent.items():
        print(f"  {label:34} {ms:8.2f} ms/page")


if __name__ == "__main__":
    main()

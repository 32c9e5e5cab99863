"""typst's share of a PDF page, measured so that its memo cache cannot flatter a variant.

    python tests/bench/typst_passes.py [--passes 6] [--variant pdf_tags=false]

Writes the typst source of every bench page once (what a `reportfmt convert --to pdf`
worker hands write/pdf.py), then compiles all of them in passes with one engine, as a
worker does, and prints each pass's CPU per compile (the calling thread's; typst compiles
on it) and the process's peak RSS after it. With --variant, passes alternate between the
default call and one with that keyword (pdf_tags=false, pretty=true...).

Why whole passes: typst-py evicts its memo cache (comemo) after every compile, keeping what
the last 10 compiles used. Compiling a page twice in a row (once per variant) lets the second
compile reuse the first one's layout, which makes it look 40 % cheaper whatever the variant
does. A pass over all the bench pages (over 100) leaves nothing of a page's previous compile.
The RSS after each pass also shows whether the engine grows with the pages it has compiled.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchmark  # the corpus pages of `make bench`

from reportfmt.batch.executor import run_job_in_worker
from reportfmt.batch.job import Job
from reportfmt.options import build_options
from reportfmt.write import pdf


def typst_sources() -> list[tuple[str, dict[str, bytes] | None]]:
    """(typst source, picture files) of each bench page, as the worker's render() makes them."""
    captured: list[tuple[str, dict[str, bytes] | None]] = []
    compile_pdf = pdf.compile_pdf

    def capture(source: str, **kwargs):
        captured.append((source, kwargs.get("files")))
        return compile_pdf(source, **kwargs)

    pdf.compile_pdf = capture  # render() looks it up at call time
    try:
        options = build_options({"timeout": 3600})
        for stem, ext, data in benchmark.corpus_pages():
            run_job_in_worker(Job(f"{stem}{ext}", f"{stem}{ext}", data, ("pdf",), options))
    finally:
        pdf.compile_pdf = compile_pdf
    return captured


def keyword(spec: str) -> dict[str, object]:
    name, _, value = spec.partition("=")
    parsed = {"true": True, "false": False}.get(value.lower(), value)
    return {name.strip(): parsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=6, help="timed passes (default 6)")
    parser.add_argument("--variant", help="NAME=VALUE, a keyword of typst's compile for every other pass")
    args = parser.parse_args()
    sources = typst_sources()
    engine = pdf.typst_engine()
    variants = [("default", {})] + ([(args.variant, keyword(args.variant))] if args.variant else [])
    print(f"{len(sources)} typst sources; one engine; CPU per compile of each pass, then peak RSS")
    for number in range(args.passes + 1):  # pass 0 warms the engine up (fonts, memo)
        label, extra = variants[number % len(variants)]
        started = time.thread_time()
        for source, files in sources:
            with pdf._root_folder(files) as root:
                engine.compiler.compile(input=source.encode("utf-8"), format="pdf", root=root,
                                        timestamp=0, **extra)
        per_compile = (time.thread_time() - started) / len(sources) * 1000
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        shown = "warm-up" if number == 0 else label
        print(f"  pass {number} {shown:24} {per_compile:6.1f} ms CPU/compile, peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()

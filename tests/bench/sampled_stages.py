"""A batch worker's page by stage, from a sampling profile: the shares docs/speed.md's table gives.

    python tests/bench/sampled_stages.py [--rounds 2] [--warm-up 15] [--top 40] [--callees FUNCTION]

cProfile charges each Python call its own overhead, so stages made of many small calls (the
boilerplate pass's per-line steps) read far dearer than they are: a page costs ~10x its CPU
under it. This samples the stack instead: a SIGPROF timer every millisecond of CPU
(setitimer(ITIMER_PROF)), each sample counted once for every function on the stack. It runs
what a worker runs for a page's cleaning (process_bytes) and its duplicate fingerprint
(text_fingerprint of the kept text) over the corpus pages `benchmark.py` uses, --rounds times,
after a warm-up on the first pages. Time spent inside C (a regular expression, lxml) counts
for the Python function that called it. Shares only: the totals are callgrind's
(instr_stages.py). `--callees F`: what the samples holding F were doing one level below it.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchmark  # the corpus pages of `make bench`

from reportfmt.batch.duplicates import text_fingerprint
from reportfmt.batch.job import process_bytes
from reportfmt.options import build_options
from reportfmt.passes.elements import block_text

# (table line, the function whose samples it counts: "file.py:name", matched at the end)
STAGES = (
    ("read: decode, parse, extraction, pandoc reader", "reader.py:read_bytes"),
    ("  html parse + clean (clean_tree)", "html.py:clean_tree"),
    ("  extraction (extract_main)", "extract.py:extract_main"),
    ("    thread finder (find_thread)", "threads.py:find_thread"),
    ("    second opinion (readability)", "second_opinion.py:second_article"),
    ("    block votes (score_tree)", "votes.py:score_tree"),
    ("passes (run_passes)", "pipeline.py:run_passes"),
    ("  boilerplate", "boilerplate/__init__.py:prepare"),
    ("  headings", "headings/__init__.py:main"),
    ("  masks", "masks/__init__.py:main"),
    ("  typography", "typography.py:main"),
    ("  linebreaks", "linebreaks.py:main"),
    ("  metadata", "metadata.py:main"),
    ("  gongwen", "gongwen/__init__.py:main"),
    ("duplicate fingerprint", "duplicates.py:text_fingerprint"),
)


def _name(code) -> str:
    return f"{code.co_filename.split('/src/')[-1].split('site-packages/')[-1]}:{code.co_name}"


def sample(rounds: int, warm_up: int) -> collections.Counter:
    """Stacks (outermost first) -> samples, over `rounds` runs of the corpus pages."""
    options = build_options({"timeout": 3600})
    pages = benchmark.corpus_pages()
    for stem, ext, data in pages[:warm_up]:
        process_bytes(data, stem + ext, options)
    stacks: collections.Counter = collections.Counter()
    on = [False]

    def take(_signal, frame) -> None:
        if not on[0]:
            return
        names = []
        while frame is not None:
            names.append(_name(frame.f_code))
            frame = frame.f_back
        stacks[tuple(reversed(names))] += 1

    signal.signal(signal.SIGPROF, take)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    on[0] = True
    try:
        for _ in range(rounds):
            for stem, ext, data in pages:
                processed = process_bytes(data, stem + ext, options)
                text_fingerprint("\n".join(t for t in map(block_text, processed.doc.content) if t))
    finally:
        on[0] = False
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    return stacks


def share(stacks: collections.Counter, function: str) -> float:
    total = sum(stacks.values()) or 1
    return 100 * sum(n for stack, n in stacks.items() if any(f.endswith(function) for f in stack)) / total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--warm-up", type=int, default=15)
    parser.add_argument("--top", type=int, default=0, help="also list the N functions with most samples")
    parser.add_argument("--callees", help="what the samples holding this function did one level below it")
    args = parser.parse_args()
    stacks = sample(args.rounds, args.warm_up)
    total = sum(stacks.values())
    print(f"{total} samples (1 ms of CPU each), process_bytes and the fingerprint; share of them by stage:")
    for label, function in STAGES:
        print(f"  {label:52s} {share(stacks, function):5.1f} %")
    if args.top:
        inclusive: collections.Counter = collections.Counter()
        for stack, n in stacks.items():
            for name in set(stack):
                inclusive[name] += n
        for name, n in inclusive.most_common(args.top):
            print(f"  {100 * n / total:5.1f} % {name}")
    if args.callees:
        below: collections.Counter = collections.Counter()
        for stack, n in stacks.items():
            at = next((i for i, f in enumerate(stack) if f.endswith(args.callees)), None)
            if at is not None:
                below[stack[at + 1] if at + 1 < len(stack) else "(itself)"] += n
        for name, n in below.most_common(25):
            print(f"  {100 * n / total:5.1f} % {name}")


if __name__ == "__main__":
    main()

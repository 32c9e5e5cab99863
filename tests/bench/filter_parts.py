"""Where a `pandoc --filter reportfmt` call on the seed spends its CPU, in instructions by part.

    python tests/bench/filter_parts.py        (needs valgrind: apt-get install valgrind)

Wall times on a shared machine are noise; callgrind's instruction counts are not. The filter's
own steps (filter.py) are run in a fresh interpreter up to each part in turn, with a warm cache
(as every call after the first finds it), and each part is the difference between two runs.
The no-op panflute filter of tests/bench/benchmark.py is counted beside them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmark import NOOP_FILTER, environment, seed_html

from reportfmt import resources
from reportfmt.write.pandoc import pandoc_path

# The filter's steps (filter.run_filter, filter_json), stopping after part N (argv[1]).
STEPS = """
import sys
N = int(sys.argv[1])
def stop(n):
    if N <= n:  # as the filter ends (filter.exit_now): no interpreter teardown
        import atexit, os
        atexit._run_exitfuncs()
        sys.stdout.flush()
        os._exit(0)
stop(0)
from reportfmt.cli import main
from reportfmt import filter as f
raw = sys.stdin.buffer.read()
f.may_hold_chinese(raw)
stop(1)
import gc
gc.disable()
from reportfmt.passes import module_bundle
module_bundle.install()
from reportfmt.passes import dataclass_cache, regex_cache
regex_cache.seed()
dataclass_cache.install()
stop(2)
import io, os
f.import_panflute_lean()
import panflute as pf
stop(3)
f.import_passes()
gc.freeze()
gc.enable()
gc.set_threshold(f.GEN0_THRESHOLD, *gc.get_threshold()[1:])
from reportfmt.pipeline import run_passes
from reportfmt.read.document_kind import scraped_by_reader
from reportfmt.write.conform import adapt_for
stop(4)
doc = pf.load(io.StringIO(raw.decode("utf-8")))
doc.format = "docx"
doc.scraped = scraped_by_reader(os.environ.get("PANDOC_READER_OPTIONS"))
stop(5)
run_passes(doc, None)
stop(6)
state = doc.reportfmt
doc = adapt_for(doc, "docx", state.options, authored=state.authored, title=state.report.title)
out = io.StringIO()
pf.dump(doc, out)
sys.stdout.write(out.getvalue())
stop(7)
stored = regex_cache.save() + dataclass_cache.save()
from reportfmt.passes import literals
stored += literals.save()
if not stored:  # as the filter: the modules are stored from a settled call
    module_bundle.save()
stop(8)
"""
PARTS = ["Python start-up", "console script, stdin, CJK scan",
         "module bundle, cache seeding (re, dataclasses and what they import)", "panflute import (without autofilter)",
         "reportfmt's modules", "pf.load", "the passes", "conform + pf.dump", "saving the caches"]
# What pandoc tells a filter about its HTML reader (the passes treat the page as scraped).
HTML_READER = '{"extensions":["auto_identifiers","line_blocks","native_divs","native_spans"]}'


def instructions(args: list[str], stdin: bytes, env: dict[str, str]) -> int:
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args],
                          input=stdin, capture_output=True, env=env, check=True)
    return int(re.search(rb"Collected : (\d+)", proc.stderr).group(1))


def main() -> None:
    if shutil.which("valgrind") is None:
        sys.exit("filter_parts: valgrind is missing (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**environment(work / "cache"), "PANDOC_VERSION": "3.9", "PANDOC_READER_OPTIONS": HTML_READER}
        doc = subprocess.run([pandoc_path(), str(seed_html(work)), "-t", "json"], capture_output=True,
                             check=True).stdout
        steps = work / "steps.py"
        steps.write_text(STEPS, encoding="utf-8")
        noop = work / "noop.py"
        noop.write_text(NOOP_FILTER.format(python=sys.executable), encoding="utf-8")
        # Fill the cache, as the first calls on a machine do. It settles over three calls, not
        # one: patterns first compiled while a call saves its caches (the literals' and the
        # rules' parsing) are stored by the next call; counted after two, 'saving the caches'
        # read 47 M instructions, after four ~1 M.
        for _ in range(4):
            subprocess.run([sys.executable, str(steps), str(len(PARTS))], input=doc, env=env, check=True,
                           capture_output=True)
        # And once more after RACY_NS: a blob whose checksum held is remembered by its stat, not
        # checked again, once it is older than that (resources.read_blob), as on any later call.
        time.sleep(resources.RACY_NS / 1e9 + 0.5)
        subprocess.run([sys.executable, str(steps), str(len(PARTS))], input=doc, env=env, check=True,
                       capture_output=True)
        totals = [instructions([sys.executable, str(steps), str(n)], doc, env) for n in range(len(PARTS))]
        noop_total = instructions([sys.executable, str(noop), "docx"], doc, env)
    print("pandoc --filter reportfmt on the seed, instructions by part (callgrind, warm cache):")
    previous = 0
    for part, total in zip(PARTS, totals, strict=True):
        print(f"  {part:55} {(total - previous) / 1e6:7.1f} M")
        previous = total
    print(f"  {'total':55} {totals[-1] / 1e6:7.1f} M")
    print(f"  {'no-op panflute filter, whole call':55} {noop_total / 1e6:7.1f} M "
          f"(reportfmt / no-op: {totals[-1] / noop_total:.2f}x)")


if __name__ == "__main__":
    main()

"""A batch worker's side: the job it runs (the same for a local worker and a Dask task) and a
local worker's loop over the jobs its parent sends (executor.LocalExecutor starts it through
worker_start, which loads the compiled patterns before this module's imports compile any).
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys

from ..write import pandoc
from .duplicates import text_fingerprint
from .job import Job, JobResult, run_job


def run_job_in_worker(job: Job) -> JobResult:
    """The task both executors run: the process's pandoc session, then the pure job, then
    the fingerprints the parent's duplicate index reads (hashed here, in parallel, rather
    than one page after another in the parent)."""
    pandoc.enable()
    result = run_job(job)
    # A page the site-chrome pass learns from is converted later (from its cleaned document, or
    # cleaned again): that job makes its fingerprint.
    if job.options.duplicates.enabled and not job.learn_edges:
        for each in (result, *result.samples):
            if each.record.get("status") == "ok":
                each.fingerprint = text_fingerprint(each.record.get("kept_text") or "")
    return result


def _worker_main(conn, log_level: int, save_patterns: bool = False) -> None:
    # A spawned worker starts with logging unconfigured: use the parent's level (--quiet).
    logging.basicConfig(level=log_level, format="reportfmt: %(message)s", stream=sys.stderr)
    os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _serve(conn, save_patterns)


def _serve(conn, save_patterns: bool = False) -> None:
    """Answer jobs until the parent sends None or goes away. With `save_patterns` (a worker
    seeded by worker_start), the patterns compiled anew are stored after the 1st, 2nd, 4th,
    8th... job and when the loop ends: re's own cache keeps the last 512 it compiled, and a
    first batch on a machine compiles more than that over its first pages, so waiting for the
    end alone would lose most."""
    frozen = False
    jobs = 0
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            break
        if item is None:
            break
        index, job = item
        conn.send((index, run_job_in_worker(job)))
        jobs += 1
        if not frozen:
            freeze_long_lived()
            frozen = True
        if save_patterns and jobs & (jobs - 1) == 0:
            _save_patterns()
    if save_patterns and jobs:
        # And once more as the worker ends: a pattern first compiled after the last of those
        # (a rule's literal test that only a late page reaches) was otherwise never stored, so
        # every batch's workers compiled it again and stored a different few of them, each
        # time writing the whole file anew (~5 MB, ~20 ms of CPU). No file is written when
        # nothing is new.
        _save_patterns()


def _save_patterns() -> None:
    """The worker's new patterns into its scope's file; never an error of the job's."""
    from ..passes import regex_cache

    try:
        regex_cache.save(regex_cache.WORKER_SCOPE)
    except Exception as exc:  # a cache that cannot be written costs time only
        logging.getLogger(__name__).debug("could not store compiled patterns: %s", exc)


def freeze_long_lived() -> None:
    """Once, after a worker's first job: what is still alive then is the worker's state for
    its whole life (modules, compiled rules, the learned model, the typst engine). Moved to
    the collector's permanent generation, the full collections after later jobs no longer
    walk it (on the bench pages: gen1+gen2 collection CPU 0.66 -> 0.22 ms/page). Collected
    first, so the first page's own cyclic garbage is freed, not frozen."""
    gc.collect()
    gc.freeze()

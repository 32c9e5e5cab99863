"""Run jobs: a local pool of long-lived worker processes, or a Dask cluster; same job function.

Local workers each keep one `pandoc lua` session, the typst compiler and parsed rules for
their whole life. A worker runs in its own process group, so a job over its timeout is
killed together with its pandoc child, and Ctrl-C reaches only the parent, which stops
the workers itself. Workers never write files (job.run_job returns bytes), so killing one
cannot leave a half-written output.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from multiprocessing.connection import wait

from .job import Job, JobResult, failed_result
from .worker_loop import freeze_long_lived, run_job_in_worker  # noqa: F401  (the bench scripts' entry)
from .worker_start import worker_main

Indexed = Iterator[tuple[int, Job]]


# A worker is replaced by a fresh one after this many jobs. What a worker holds grows slowly
# with the pages it has seen, though nothing it keeps is meant to: the Python heap's arenas
# pinned by long-lived objects allocated between pages (bounded caches refilling), and its
# `pandoc lua` session's heap (GHC keeps what a big page made it grow to, GHCRTS -F4). Measured
# on the bench archive (2 workers, DOCX): the process tree's RSS rose 774 -> 814 MiB from 300 to
# 1,500 pages, the workers and their sessions all of it. A new worker costs one start-up (its
# imports and a pandoc start, well under a second of CPU), a fraction of a per cent of 500 pages.
RECYCLE_AFTER = 500


class _Worker:
    def __init__(self, ctx) -> None:
        self.conn, child = ctx.Pipe()
        level = logging.getLogger().getEffectiveLevel()
        self.proc = ctx.Process(target=worker_main, args=(child, level), daemon=True)
        self.proc.start()
        child.close()
        self.task: tuple[int, Job] | None = None
        self.started = 0.0
        self.jobs_done = 0

    def give(self, index: int, job: Job) -> None:
        self.task, self.started = (index, job), time.monotonic()
        self.conn.send((index, job))

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            self.proc.kill()
        self.proc.join()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(timeout=2)
        if self.proc.is_alive():
            self.kill()
        else:
            self.conn.close()


class LocalExecutor:
    """`workers` processes; results in completion order, at most `max_ahead` jobs in flight
    ahead of the oldest unfinished one (so the caller's reorder buffer stays small)."""

    def __init__(self, workers: int, timeout: float, max_ahead: int = 64,
                 recycle_after: int = RECYCLE_AFTER) -> None:
        self.workers = max(1, workers)
        self.timeout = timeout
        self.max_ahead = max(max_ahead, self.workers)
        self.recycle_after = recycle_after
        self.ctx = multiprocessing.get_context("spawn")
        # Workers left idle by a finished run, handed to the next run (close() ends them): a
        # batch's site-chrome pass and its conversion share one pool instead of starting two.
        self.idle: list[_Worker] = []

    def run(self, jobs: Indexed) -> Iterator[tuple[int, JobResult]]:
        """A worker's next job is sent before the parent hands the results on (their outputs
        written, the manifest line, the duplicate index), and the job after it is read while
        the workers run: a worker never waits for the parent's work on another page.
        Workers idle at the end stay for the next run until close() (a busy one is killed)."""
        kept = [w for w in self.idle if w.proc.is_alive()]
        for worker in self.idle:
            if worker not in kept:
                worker.kill()
        self.idle = []
        pool = kept[: self.workers] + [_Worker(self.ctx) for _ in range(self.workers - len(kept))]
        source = iter(jobs)
        upcoming: list[tuple[int, Job]] = []  # read from `jobs`, not yet given: at most one

        def fill() -> None:
            busy_indices = [w.task[0] for w in pool if w.task]
            for worker in pool:
                if worker.task:
                    continue
                if not upcoming:
                    item = next(source, None)
                    if item is None:
                        return
                    upcoming.append(item)
                if busy_indices and self._ahead(busy_indices):
                    return
                index, job = upcoming.pop()
                worker.give(index, job)
                busy_indices.append(index)

        try:
            fill()
            while True:
                busy = [w for w in pool if w.task]
                if not busy:
                    return
                if not upcoming:  # read the next input while the workers run
                    upcoming.extend(item for item in [next(source, None)] if item is not None)
                deadline = min(w.started for w in busy) + self.timeout
                ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy],
                             timeout=max(0.0, deadline - time.monotonic()))
                finished = []
                for position, worker in enumerate(pool):
                    if not worker.task:
                        continue
                    result = self._collect(worker, ready)
                    if result is not None:
                        index, job = worker.task
                        worker.task = None
                        if isinstance(result, str):
                            worker.kill()
                            pool[position] = _Worker(self.ctx)
                            result = failed_result(job, result)
                        else:
                            worker.jobs_done += 1
                            if self.recycle_after and worker.jobs_done >= self.recycle_after:
                                # Idle now: it ends as at the end of a run, and a fresh one
                                # takes its place (RECYCLE_AFTER says why).
                                pool[position] = _Worker(self.ctx)
                                worker.stop()
                        finished.append((index, result))
                fill()
                yield from finished
        finally:
            for worker in pool:
                if worker.task:
                    worker.kill()
                else:
                    self.idle.append(worker)

    def close(self) -> None:
        """End the idle workers (each run leaves its pool for the next)."""
        for worker in self.idle:
            worker.stop()
        self.idle = []

    def _ahead(self, busy_indices: list[int]) -> bool:
        return max(busy_indices) - min(busy_indices) >= self.max_ahead

    def _collect(self, worker: _Worker, ready) -> JobResult | str | None:
        """The worker's result, an error message (crash, timeout), or None (still running)."""
        if worker.conn in ready or worker.proc.sentinel in ready:
            try:
                if worker.conn.poll():
                    return worker.conn.recv()[1]
            except (EOFError, OSError):
                pass
            worker.proc.join(timeout=1)
            return f"worker crashed (exit code {worker.proc.exitcode}); only this input was lost"
        if time.monotonic() - worker.started >= self.timeout:
            return f"timed out after {self.timeout:g} s (option timeout); job killed"
        return None


class DaskExecutor:
    """The same job on a Dask distributed cluster (`--cluster dask://HOST:PORT`).

    Dask cannot kill a running task: pandoc hangs are still bounded by the session's own
    timeout, but a hang in Python code is not."""

    def __init__(self, address: str, max_ahead: int = 64) -> None:
        try:
            from distributed import Client
        except ImportError:  # pragma: no cover - depends on the extra
            from ..errors import ReportfmtError

            raise ReportfmtError("--cluster needs the dask extra: pip install 'reportfmt[dask]'") from None
        self.address = "tcp://" + address.split("://", 1)[-1]
        self.client = Client(self.address)
        self.max_ahead = max_ahead

    def run(self, jobs: Indexed) -> Iterator[tuple[int, JobResult]]:
        from distributed import as_completed

        window = max(2 * sum(self.client.nthreads().values()), 2)
        pending: dict = {}
        completed = as_completed()
        source = iter(jobs)

        def fill() -> None:
            while len(pending) < window:
                indices = [i for i, _ in pending.values()]
                if indices and max(indices) - min(indices) >= self.max_ahead:
                    return
                item = next(source, None)
                if item is None:
                    return
                future = self.client.submit(run_job_in_worker, item[1], pure=False)
                pending[future.key] = item
                completed.add(future)

        fill()
        for future in completed:
            index, job = pending.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # a task error is one input's failure, never the run's
                result = failed_result(job, f"dask task failed: {type(exc).__name__}: {exc}")
            future.release()
            yield index, result
            fill()

    def close(self) -> None:
        """The client stays connected between runs (as a local pool stays up) until this."""
        self.client.close()

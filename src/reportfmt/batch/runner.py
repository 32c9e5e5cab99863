"""Sources -> jobs -> executor (local process pool | Dask cluster) -> outputs + manifest.jsonl.

The parent process is the only writer: it reads inputs, skips finished work, sends pure jobs
to the executor, writes each input's outputs all-or-nothing, and streams the manifest. So a
killed worker or a Ctrl-C never leaves a half-written file.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..options import Options
from .duplicates import DuplicateIndex, Fingerprint
from .job import Job, commit_outputs, input_hash, manifest_record, options_key
from .manifest import MANIFEST, ManifestWriter, OutdirLock, PreviousManifest, read_manifest
from .progress import Progress
from .samples import previous_sample_lines
from .site_chrome import MIN_PAGES, SAMPLE_MAX_BYTES, SAMPLE_PAGES, SiteChrome, SiteChromeLearner, keyed_with, page_site
from .sources import Source, iter_sources

log = logging.getLogger(__name__)

# The site-chrome pass's cleaned pages held in the parent until their conversion, at most this
# many bytes (a bench page is ~26 KB so: 2,500 pages); past it, pages are cleaned again.
CLEANED_BUDGET = 64 * 2**20

__all__ = ["MANIFEST", "BatchSummary", "convert_many", "iter_sources", "run_batch"]


@dataclass
class BatchSummary:
    total: int = 0
    converted: int = 0
    reused: int = 0  # unchanged since the last run: outputs kept, not redone
    skipped: int = 0  # links, unsafe member names: not inputs; duplicates with --skip-duplicates
    duplicates: int = 0  # inputs marked duplicate_of an earlier one
    failed: list[str] = field(default_factory=list)  # one-line errors
    interrupted: bool = False


def _source_record(source: Source) -> dict[str, Any]:
    if source.error:
        return manifest_record(source.label, None, {}, error=source.error)
    record = manifest_record(source.label, None, {})
    record.update(status="skipped", error=f"{source.label}: {source.skipped}")
    return record


def run_batch(inputs: Iterable[str | Path], outdir: str | Path, formats: list[str], options: Options,
              *, jobs: int | None = None, cluster: str | None = None, force: bool = False,
              dry_run: bool = False, progress: str = "auto", review: bool = True, site_chrome: bool = True,
              on_record: Callable[[dict[str, Any]], None] | None = None) -> BatchSummary:
    """Convert every input; one failure never stops the others. `site_chrome`: remove the
    lines that recur at the edges of several pages of one site (batch/site_chrome.py)."""
    outdir = Path(outdir)
    inputs = list(inputs)
    summary = BatchSummary()
    key = options_key(options, formats)
    # --skip-duplicates: a first, cleaning-only pass decides which inputs copy earlier ones.
    planned = plan_duplicates(inputs, options, jobs, cluster, progress) \
        if options.duplicates.enabled and options.duplicates.skip and not dry_run else {}
    finder = DuplicateIndex(options.duplicates.threshold) if options.duplicates.enabled else None
    # One pool of workers for both passes: a worker's start-up (its imports, its pandoc session,
    # its first page's rule patterns) is paid once, not for the site-chrome pass and again.
    reported = _report_fonts_once(formats, options)
    executor = _executor(jobs, cluster, options)
    cleaned: dict[str, tuple[str, bytes]] = {}  # source label -> (input hash, the page as the first pass cleaned it)
    try:
        # A first pass over a sample of each site's pages learns the site's chrome.
        chrome = plan_site_chrome(inputs, options, executor, cleaned) if site_chrome else {}
        lock = None if dry_run else OutdirLock(outdir)
    except BaseException:
        executor.close()
        _forget_fonts_report(reported)
        raise
    try:
        previous = PreviousManifest(outdir / MANIFEST) if not (dry_run or force) else None
        writer = None if dry_run else ManifestWriter(outdir)
        total = sum(1 for s in iter_sources(inputs, options) if not s.skipped)
        bar = Progress(total, progress)
        seen: set[str] = set()
        pending: dict[int, tuple[list[dict], list[bytes], list[Fingerprint | None]]] = {}
        next_out = 0

        def emit(records: list[dict], lines: list[bytes], fingerprints: list[Fingerprint | None]) -> None:
            """One input's rows: its record (then its samples' records), or its reused lines;
            `fingerprints`: the records' own, made by the worker (or none)."""
            # Rows arrive here in input order: duplicates are decided in that order.
            if finder is not None:
                for record, fingerprint in itertools.zip_longest(records, fingerprints):
                    finder.mark(record, fingerprint)
                lines = [_remarked(finder, line) for line in lines]
            page = records[0] if records else None
            if page is not None and page.get("duplicate_of"):
                summary.duplicates += 1
            if page is not None:
                if page["status"] == "ok":
                    summary.converted += 1
                elif page["status"] == "skipped":
                    summary.skipped += 1
                else:
                    summary.failed.append(page["error"])
            else:
                summary.reused += 1
            for record in records:
                if on_record:
                    on_record(record)
                if writer:
                    writer.write(record)
            for line in lines:
                if writer:
                    writer.write_line(line)
            if page is None or page["status"] != "skipped" or page.get("duplicate_of"):
                bar.advance(failed=page is not None and page["status"] == "error")

        def settle(index: int, records: list[dict], lines: list[bytes],
                   fingerprints: list[Fingerprint | None] | None = None) -> None:
            """Emit in input order, so manifests of equal runs are equal line by line."""
            nonlocal next_out
            pending[index] = (records, lines, fingerprints or [])
            while next_out in pending:
                emit(*pending.pop(next_out))
                next_out += 1

        def job_stream() -> Iterator[tuple[int, Job]]:
            for index, source in enumerate(iter_sources(inputs, options)):
                summary.total += 1
                seen.add(source.label)
                held = cleaned.pop(source.label, None)
                if source.error or source.skipped:
                    settle(index, [_source_record(source)], [])
                    continue
                try:
                    data = source.read()
                except OSError as exc:
                    settle(index, [manifest_record(source.label, None, {},
                                                   error=f"{source.label}: {exc.strerror or exc}")], [])
                    continue
                if source.label in planned:
                    settle(index, [_duplicate_record(source, data, key, planned[source.label])], [])
                    continue
                resources = source.resources()  # the picture files the page names
                sha = input_hash(data, resources)
                its_chrome = chrome.get(page_site(data, source.rel)) if chrome else None
                page_key = keyed_with(key, its_chrome)
                line = previous.finished_line(source.label, sha, page_key) if previous else None
                if line is not None:
                    settle(index, [], [line, *previous_sample_lines(previous, source.label, sha, page_key)])
                    continue
                yield index, Job(source.label, source.rel, data, tuple(formats), options, dry_run, resources,
                                 its_chrome, cleaned=held[1] if held and held[0] == sha else None)

        try:
            for index, result in executor.run(job_stream()):
                results = [result, *result.samples]
                if not dry_run:
                    for each in results:
                        commit_outputs(outdir, each)
                settle(index, [each.record for each in results], [], [each.fingerprint for each in results])
        except KeyboardInterrupt:
            summary.interrupted = True
            if writer and previous:
                # Inputs not reached keep their old records: their outputs are still valid.
                for line in previous.lines_except(seen):
                    writer.write_line(line)
            raise
        finally:
            bar.close()
            if writer:
                writer.finish()
                if review:
                    from .review.build import build_review

                    build_review(outdir, outdir / MANIFEST)
    finally:
        executor.close()
        _forget_fonts_report(reported)
        if lock:
            lock.release()
    return summary


def _remarked(finder: DuplicateIndex, line: bytes) -> bytes:
    """A reused record's line with `duplicate_of` decided anew for this batch."""
    record = finder.mark(json.loads(line))
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def _duplicate_record(source: Source, data: bytes, key: str, match: dict[str, Any]) -> dict[str, Any]:
    record = manifest_record(source.label, None, {})
    record.update(status="skipped", duplicate_of=match, rel=source.rel, input_sha256=input_hash(data),
                  options_key=key,
                  error=f"{source.label}: duplicate of {match['source']} (similarity {match['similarity']})")
    return record


def plan_duplicates(inputs: list, options: Options, jobs: int | None, cluster: str | None,
                    progress: str) -> dict[str, dict[str, Any]]:
    """Clean every input (no outputs) and return source -> duplicate_of for the copies."""
    planned: dict[str, dict[str, Any]] = {}

    def collect(record: dict[str, Any]) -> None:
        if record.get("duplicate_of"):
            planned[record["source"]] = record["duplicate_of"]

    run_batch(inputs, "", [], options, jobs=jobs, cluster=cluster, dry_run=True, review=False,
              progress=progress, on_record=collect, site_chrome=False)
    return planned


def plan_site_chrome(inputs: list, options: Options, executor,
                     cleaned: dict[str, tuple[str, bytes]] | None = None) -> dict[str, SiteChrome]:
    """Each site's chrome (site -> SiteChrome), learned by cleaning (no outputs) the first
    SAMPLE_PAGES different pages of each site that has MIN_PAGES pages or more in the batch.
    Only the sites' page counts, and keys of the sampled pages' edge lines, are kept; and in
    `cleaned`, up to CLEANED_BUDGET bytes of the sampled pages as cleaned (label -> (input
    hash, Job.cleaned)), so that their conversion does not clean them a second time."""
    # One read of every input: each site's first SAMPLE_PAGES different pages (copies of one
    # page are one document); the second pass reads only the sample of the sites with MIN_PAGES.
    documents: dict[str, set[str]] = {}
    sample: dict[str, str] = {}  # source label -> site
    for source in iter_sources(inputs, options):
        if source.error or source.skipped:
            continue
        try:
            data = source.read()
        except OSError:
            continue  # the conversion pass reports it
        site = page_site(data, source.rel)
        seen = documents.setdefault(site, set())
        sha = input_hash(data)
        if len(seen) >= SAMPLE_PAGES or sha in seen:
            continue
        seen.add(sha)
        if len(data) <= SAMPLE_MAX_BYTES:
            sample[source.label] = site
    sites = {site for site, seen in documents.items() if len(seen) >= MIN_PAGES}
    sample = {label: site for label, site in sample.items() if site in sites}
    del documents
    if not sample:
        return {}
    learner = SiteChromeLearner()
    site_of: dict[int, str] = {}

    def sample_jobs() -> Iterator[tuple[int, Job]]:
        for index, source in enumerate(iter_sources(inputs, options)):
            site = sample.get(source.label)
            if site is None:
                continue
            try:
                data = source.read()
            except OSError:
                continue
            site_of[index] = site
            yield index, Job(source.label, source.rel, data, (), options, True, source.resources(),
                             learn_edges=True)

    sampled = held = 0
    for index, result in executor.run(sample_jobs()):
        learner.add(site_of.pop(index), result.edges)
        sampled += 1
        if cleaned is not None and result.cleaned is not None and held + len(result.cleaned) <= CLEANED_BUDGET:
            cleaned[result.record["source"]] = (result.record["input_sha256"], result.cleaned)
            held += len(result.cleaned)
    found = learner.chrome()
    log.info("site chrome: %d pages of %d sites looked at; %d lines learned on %d sites; %d cleaned pages kept "
             "for their conversion", sampled, len(sites), sum(len(c.lines) for c in found.values()), len(found),
             len(cleaned or ()))
    return found


def _report_fonts_once(formats: list[str], options: Options) -> bool:
    """A PDF batch names the fonts' substitutions here, once, and its workers (which inherit the
    environment) keep theirs to the debug log: one line per run instead of one per worker."""
    from ..errors import ReportfmtError
    from ..write import fonts

    if "pdf" not in formats or os.environ.get(fonts.REPORTED_ENV):
        return False
    try:
        fonts.report_substitutions(options.font_paths)
    except ReportfmtError:  # no CJK font: each page's PDF says so, with the fix
        return False
    os.environ[fonts.REPORTED_ENV] = "1"
    return True


def _forget_fonts_report(reported: bool) -> None:
    """The next batch in this process (a build script's) names them again."""
    if reported:
        from ..write import fonts

        os.environ.pop(fonts.REPORTED_ENV, None)


def _executor(jobs: int | None, cluster: str | None, options: Options):
    if cluster:
        from .executor import DaskExecutor

        return DaskExecutor(cluster)
    from .executor import LocalExecutor

    return LocalExecutor(jobs or os.cpu_count() or 1, options.timeout)


def convert_many(inputs: Iterable[str | Path], outdir: str | Path, formats: list[str],
                 options: Options, *, dry_run: bool = False, **kwargs: Any) -> list[dict[str, Any]]:
    """run_batch for small batches: returns every manifest record (kept in memory)."""
    records: list[dict[str, Any]] = []
    summary = run_batch(inputs, outdir, formats, options, dry_run=dry_run,
                        progress=kwargs.pop("progress", "quiet"),
                        on_record=records.append if dry_run else None, **kwargs)
    if dry_run:
        return records
    del summary
    return list(read_manifest(Path(outdir) / MANIFEST))


def write_manifest(path: Path, records: list[dict[str, Any]]) -> None:
    from ..write.render import write_atomic

    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    write_atomic(path, lines.encode("utf-8"))


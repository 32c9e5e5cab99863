"""The per-file job: bytes in, outputs and one manifest record out. Batch and API share it."""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import logging
import pickle
import posixpath
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import panflute as pf

from ..errors import ReportfmtError
from ..options import Options
from ..passes.elements import block_text
from ..passes.figures import list_pictures
from ..passes.headings import list_headings
from ..pipeline import run_passes
from ..read.images import Limits
from ..read.reader import read_bytes
from ..resources import VERSION
from ..state import Report, get_state
from ..write.render import FORMATS, DocJson, render, write_atomic
from .duplicates import Fingerprint
from .placement import removed_positions
from .samples import sample_rel, sample_source, sample_starts, sample_title, split_samples
from .site_chrome import EdgeKeys, SiteChrome, edge_keys, keyed_with, remove_site_chrome

log = logging.getLogger(__name__)


@dataclass
class Processed:
    doc: pf.Doc
    report: Report
    # Each block's text as read, before any pass: where removed blocks sat (review page)
    # and what the page looked like (`reportfmt check`).
    read_texts: list[str] = field(default_factory=list)


def process_bytes(data: bytes, source: str, options: Options, fmt: str | None = None, *,
                  resources: Mapping[str, bytes | None] | None = None, base: str = "") -> Processed:
    """Read and clean one page in-process (no outputs written). `resources` are the picture
    files the page names (root-relative path -> bytes) and `base` the page's folder."""
    if len(data) > options.max_input_bytes:
        raise ReportfmtError(
            f"input too large ({len(data) / 1024**2:.0f} MiB; the limit is "
            f"{options.max_input_bytes / 1024**2:.0f} MiB, set with -M max_input_bytes=N)",
            source=source,
        )
    images = options.images
    limits = Limits(images.embed, images.max_bytes, images.max_pixels, images.max_count)
    doc = read_bytes(data, source, fmt, replies=options.extract.replies, base=base, resources=resources or {},
                     limits=limits)
    read_texts = [block_text(block) for block in doc.content]
    report = run_passes(doc, options)
    if options.masks.fill:
        from ..passes.masks.fill import fill_from_file  # only when a values file is given

        fill_from_file(doc, report, options, source)
    report.images = list_pictures(doc)
    report.images_dropped = list(doc.pictures.dropped)
    shown = {image["file"] for image in report.images}
    for url, picture in doc.pictures.kept.items():
        if url not in shown:  # the extraction or a pass removed the block that held it
            report.images_dropped.append({"src": picture.src, "reason": "removed with the block that held it"})
    return Processed(doc, report, read_texts)


def manifest_record(source: str, report: Report | None, outputs: dict[str, str],
                    error: str | None = None) -> dict[str, Any]:
    """One manifest line. These key names are a contract: later tools read them."""
    report = report or Report()
    return {
        "source": source,
        "status": "error" if error else "ok",
        "error": error,
        "outputs": outputs,
        "title": report.title,
        "date": report.date,
        "author": report.author,
        "site": report.source,
        "doc_number": report.doc_number,
        "issuer": report.issuer,
        "extractor": report.extractor,
        "removed": report.removed,
        "headings": [{"level": h["level"], "text": h["text"]} for h in report.headings],
        "masks": report.masks,
        "images": report.images,
        "images_dropped": report.images_dropped,
        "gongwen": report.gongwen,
    }


def convert_one(path: Path, rel: str, outdir: Path, formats: list[str], options: Options,
                *, dry_run: bool = False) -> dict[str, Any]:
    """Convert one input file; never raises for bad input, it reports it in the record."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return manifest_record(source, None, {}, error=f"{source}: {exc.strerror or exc}")
    from .pictures import FolderPictures

    resources = FolderPictures(path.parent, options).for_page(data, rel)
    result = run_job(Job(source, rel, data, tuple(formats), options, dry_run=dry_run, resources=resources))
    commit_outputs(outdir, result)
    for sample in result.samples:
        commit_outputs(outdir, sample)
    return result.record


# --- Batch jobs: pure (bytes in, bytes out), so local workers and Dask run the same code ----


@dataclass(frozen=True)
class Job:
    source: str  # what the manifest calls the input
    rel: str  # output path relative to OUTDIR (the input's own relative path)
    data: bytes
    formats: tuple[str, ...]
    options: Options
    dry_run: bool = False
    # The picture files the page names (batch/pictures.py): root-relative path -> bytes.
    resources: Mapping[str, bytes | None] = field(default_factory=dict)
    # The chrome of the page's site, learned across the batch (batch/site_chrome.py).
    site_chrome: SiteChrome | None = None
    # Return the page's edge lines (JobResult.edges): set on the pages the batch learns from.
    learn_edges: bool = False
    # The page as the site-chrome pass cleaned it (JobResult.cleaned): the job finishes it
    # (the site's chrome, the outputs) instead of cleaning the same bytes a second time.
    cleaned: bytes | None = None


@dataclass
class JobResult:
    record: dict[str, Any]
    outputs: dict[str, bytes] = field(default_factory=dict)  # format -> bytes, not yet written
    # With --split-samples: one result per sample of a page holding several (manifest rows).
    samples: list[JobResult] = field(default_factory=list)
    # Kept pictures, written beside the outputs: path relative to OUTDIR -> bytes.
    pictures: dict[str, bytes] = field(default_factory=dict)
    # What the batch's duplicate index reads of the kept text (duplicates.text_fingerprint),
    # made in the worker by executor.run_job_in_worker; None elsewhere.
    fingerprint: Fingerprint | None = None
    # The page's edge lines as keys, before any site chrome went (what the batch learns from).
    edges: EdgeKeys | None = None
    # With learn_edges: the cleaned page (a pickled Processed), for its conversion (Job.cleaned).
    cleaned: bytes | None = None


def input_hash(data: bytes, resources: Mapping[str, bytes | None] | None = None) -> str:
    """The page's bytes, and those of the pictures it names: a changed picture is a change."""
    digest = hashlib.sha256(data)
    for path in sorted(resources or {}):
        picture = resources[path]
        digest.update(f"\0{path}\0{len(picture) if picture is not None else -1}\0".encode())
        digest.update(picture or b"")
    return digest.hexdigest()


def options_key(options: Options, formats: tuple[str, ...] | list[str]) -> str:
    """Changes whenever anything that shapes the outputs changes (for resumable re-runs).
    Duplicate finding is batch-wide and shapes no document's outputs: not part of it."""
    return _options_key(options, tuple(formats))


@functools.lru_cache(maxsize=64)
def _options_key(options: Options, formats: tuple[str, ...]) -> str:
    # Once per worker and options, not per page: asdict and the JSON dump cost ~0.1 ms a call.
    shaping = options.to_dict()
    shaping.pop("duplicates", None)
    blob = json.dumps([shaping, list(formats), VERSION], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def run_job(job: Job) -> JobResult:
    """Read, clean and render one input; never raises for bad input, the record says why.

    Every format is rendered before anything is written, so a failure in the second format
    leaves no first-format file behind (the caller writes them all with commit_outputs)."""
    with collector_paused():
        return _run_job(job)


_pause_lock = threading.Lock()
_pauses = 0
_collector_was_enabled = False


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic garbage collector off while a job runs (jobs may share a process:
    Dask runs them in threads, so it comes back on when the last one ends).

    A page's objects live until its job ends, and every automatic full collection walks all
    of them again: on a 50,000-row table (millions of panflute elements and JSON lists) that
    was nearly half of the job's Python CPU (49 -> 27 s), growing faster than the table. The
    job's cyclic garbage (panflute's parent links) is freed by the first collection after,
    so at most one job's garbage waits (peak RSS on that table 763 -> 1034 MiB)."""
    global _pauses, _collector_was_enabled
    with _pause_lock:
        if _pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _collector_was_enabled:
                gc.enable()


def _run_job(job: Job) -> JobResult:
    started = time.monotonic()
    outputs: dict[str, bytes] = {}
    pictures: dict[str, bytes] = {}
    samples: list[JobResult] = []
    edges = cleaned = None
    try:
        if job.cleaned is not None:
            processed = pickle.loads(job.cleaned)
        else:
            processed = process_bytes(job.data, job.source, job.options, resources=job.resources,
                                      base=posixpath.dirname(job.rel))
        if not get_state(processed.doc).authored:  # a document written by hand keeps every block
            if job.learn_edges:
                edges = edge_keys([block_text(block) for block in processed.doc.content], processed.report.title)
            remove_site_chrome(processed.doc, processed.report, job.site_chrome)
        if job.learn_edges:
            cleaned = cleaned_bytes(processed)
        dumped = DocJson(processed.doc)  # written once, when a format (or the samples) first needs it
        if not job.dry_run:
            outputs = {fmt: render(processed.doc, fmt, job.options, doc_json=dumped) for fmt in job.formats}
            pictures = picture_files(processed, job.rel)
        if job.options.split_samples:
            samples = sample_results(job, processed, dumped.text)
        record = manifest_record(job.source, processed.report, {})
        record["kept_text"] = "\n".join(t for t in map(block_text, processed.doc.content) if t)
        # Beside `removed` (whose entries stay {"text", "rule"}, with "family" on a block extraction
        # dropped that the rules name, "pages" on a site's repeated line): the kept line each removed
        # block came before, for the review page's in-place view.
        record["removed_at"] = removed_positions(processed.read_texts, record["kept_text"].split("\n"),
                                                 record["removed"])
    except ReportfmtError as exc:
        outputs, samples = {}, []
        message = str(exc) if str(exc).startswith(job.source) else f"{job.source}: {exc}"
        record = manifest_record(job.source, None, {}, error=message)
    except Exception as exc:  # one input's bug (e.g. panflute's colspec IndexError) stays one line
        outputs, samples = {}, []
        log.debug("unexpected failure on %s", job.source, exc_info=True)
        detail = " ".join(str(exc).split())  # the manifest keeps one line per error
        record = manifest_record(job.source, None, {}, error=f"{job.source}: {type(exc).__name__}: {detail}")
    record["rel"] = job.rel
    record["input_sha256"] = input_hash(job.data, job.resources)
    record["options_key"] = keyed_with(options_key(job.options, job.formats), job.site_chrome)
    record["seconds"] = round(time.monotonic() - started, 3)
    for sample in samples:
        sample.record.update(input_sha256=record["input_sha256"], options_key=record["options_key"])
    return JobResult(record, outputs, samples, pictures=pictures if outputs else {}, edges=edges,
                     cleaned=cleaned if record["status"] == "ok" else None)


def cleaned_bytes(processed: Processed) -> bytes | None:
    """A cleaned page as bytes (~0.8 ms to write and 0.6 ms to read back, against ~95 ms to clean
    a bench page), or None when it cannot be written (its conversion then cleans it again). The
    extraction's lxml tree goes first: it cannot be pickled, and the report holds what the
    passes read of it (state.get_state takes it once)."""
    processed.doc.extraction = None
    try:
        return pickle.dumps(processed, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return None


def sample_results(job: Job, processed: Processed, doc_json: str) -> list[JobResult]:
    """One result per sample of a page holding several: its own outputs and manifest row."""
    results = []
    for number, doc in split_samples(processed.doc, doc_json):
        outputs = {} if job.dry_run else {fmt: render(doc, fmt, job.options) for fmt in job.formats}
        starts = sample_starts(doc)
        report = Report(title=sample_title(doc.content, starts[0]) if starts else None,
                        date=processed.report.date, author=processed.report.author,
                        source=processed.report.source, headings=list_headings(doc))
        record = manifest_record(sample_source(job.source, number), report, {})
        record.update(sample=number, rel=sample_rel(job.rel, number))
        # The sample's own text: duplicates are found among samples too (the same 篇 on many pages).
        record["kept_text"] = "\n".join(t for t in map(block_text, doc.content) if t)
        results.append(JobResult(record, outputs))
    return results


def picture_files(processed: Processed, rel: str) -> dict[str, bytes]:
    """The kept pictures' files, relative to OUTDIR: `<page folder>/<stem>.pictures/<n>.<ext>`,
    beside the page's outputs (the markdown output names them so)."""
    kept = processed.doc.pictures.kept
    folder = posixpath.dirname(rel)
    files = {}
    for image in processed.report.images:
        picture = kept[image["file"]]
        files[posixpath.join(folder, image["file"])] = picture.data
    return files


def output_paths(outdir: Path, rel: str, formats) -> dict[str, Path]:
    """Where each format of `rel` goes; refuses any path that would leave OUTDIR."""
    root = outdir.resolve()
    stem = outdir / Path(rel).with_suffix("")
    paths = {fmt: stem.with_name(stem.name + FORMATS[fmt]) for fmt in formats}
    for path in paths.values():
        if not path.resolve().is_relative_to(root):
            raise ReportfmtError(f"output path {path} would leave the output folder")
    return paths


def commit_outputs(outdir: Path, result: JobResult) -> None:
    """Write all of one input's outputs or none (each atomically; undo on a failure)."""
    record = result.record
    if record["status"] != "ok" or not result.outputs:
        return
    written: list[Path] = []
    try:
        paths = output_paths(outdir, record["rel"], list(result.outputs))
        picture_paths = {name: _inside(outdir, name) for name in result.pictures}
        for name, data in result.pictures.items():
            write_atomic(picture_paths[name], data)
            written.append(picture_paths[name])
        for fmt, data in result.outputs.items():
            write_atomic(paths[fmt], data)
            written.append(paths[fmt])
        record["outputs"] = {fmt: str(path) for fmt, path in paths.items()}
        folder = posixpath.dirname(record["rel"])
        for image in record.get("images") or []:
            written_at = picture_paths.get(posixpath.join(folder, image["file"]))
            if written_at is not None:
                image["file"] = str(written_at)
    except BaseException as exc:
        for path in written:
            path.unlink(missing_ok=True)
        if not isinstance(exc, (OSError, ReportfmtError)):
            raise
        record.update(status="error", outputs={}, error=f"{record['source']}: cannot write outputs: {exc}")
    finally:
        result.outputs = {}
        result.pictures = {}


def _inside(outdir: Path, rel: str) -> Path:
    path = outdir / rel
    if not path.resolve().is_relative_to(outdir.resolve()):
        raise ReportfmtError(f"output path {path} would leave the output folder")
    return path


def failed_result(job: Job, message: str) -> JobResult:
    """The record of a job that never returned (its worker crashed or timed out)."""
    record = manifest_record(job.source, None, {}, error=f"{job.source}: {message}")
    record.update(rel=job.rel, input_sha256=input_hash(job.data, job.resources),
                  options_key=options_key(job.options, job.formats), seconds=None)
    return JobResult(record)

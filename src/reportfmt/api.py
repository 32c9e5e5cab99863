"""The small Python API for build scripts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .batch import runner
from .batch.job import convert_one, process_bytes
from .options import Options, build_options
from .write.render import parse_formats, render


def _options(options: Options | Mapping[str, Any] | None) -> Options:
    if isinstance(options, Options):
        return options
    return build_options(options)


# Formats whose output is text: convert_text returns them as str, the others as bytes.
TEXT_FORMATS = ("md", "html", "plain")
# convert_text's input formats (read/reader.py's names), with the names `to` uses for them.
INPUT_FORMATS = {"txt": "txt", "text": "txt", "html": "html", "htm": "html", "markdown": "markdown",
                 "md": "markdown"}


def convert_text(text: str, *, to: str = "md", input_format: str = "txt",
                 options: Options | Mapping[str, Any] | None = None) -> str | bytes:
    """Clean one page given as text and return the output in format `to`: a str for the
    text formats (md, html, plain), bytes for the binary ones (docx, pdf, epub).
    `input_format`: txt, html or markdown (md and htm say the same); another is an error."""
    opts = _options(options)
    fmt = parse_formats(to)[0]
    reader = INPUT_FORMATS.get(input_format.lower())
    if reader is None:
        # (an unknown name was read as plain text: front matter and markup kept as text)
        raise ValueError(f"input_format {input_format!r}: use one of txt, html, markdown")
    processed = process_bytes(text.encode("utf-8"), "<text>", opts, fmt=reader)
    output = render(processed.doc, fmt, opts)
    return output.decode("utf-8") if fmt in TEXT_FORMATS else output


def convert_file(path: str | Path, outdir: str | Path, *, to: str = "docx",
                 options: Options | Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Convert one file into `outdir`; returns its manifest record (status, outputs, ...)."""
    path = Path(path)
    return convert_one(path, path.name, Path(outdir), parse_formats(to), _options(options))


def convert_many(inputs: Iterable[str | Path], outdir: str | Path, *, to: str = "docx",
                 options: Options | Mapping[str, Any] | None = None, jobs: int | None = None,
                 cluster: str | None = None, force: bool = False) -> list[dict[str, Any]]:
    """Convert files, directories and archives into `outdir` in parallel (or on a Dask
    cluster), write its manifest.jsonl and index.html; returns the manifest records."""
    return runner.convert_many(list(inputs), outdir, parse_formats(to), _options(options),
                              jobs=jobs, cluster=cluster, force=force)

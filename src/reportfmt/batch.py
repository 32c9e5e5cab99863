"""Sources -> jobs -> executor -> manifest.jsonl."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .job import convert_one
from .options import Options
from .read import INPUT_EXTENSIONS

log = logging.getLogger(__name__)

MANIFEST = "manifest.jsonl"


def iter_sources(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """(path, relative output path) for every input file; directories are walked."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in INPUT_EXTENSIONS:
                    yield child, child.relative_to(path).as_posix()
        else:
            yield path, path.name


def convert_many(inputs: Iterable[str | Path], outdir: str | Path, formats: list[str],
                 options: Options, *, dry_run: bool = False) -> list[dict[str, Any]]:
    """Convert every input; one failure never stops the others. Returns manifest records."""
    outdir = Path(outdir)
    records = []
    for path, rel in iter_sources(inputs):
        records.append(convert_one(path, rel, outdir, formats, options, dry_run=dry_run))
    if not dry_run:
        write_manifest(outdir / MANIFEST, records)
    return records


def write_manifest(path: Path, records: list[dict[str, Any]]) -> None:
    from .write import write_atomic

    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    write_atomic(path, lines.encode("utf-8"))

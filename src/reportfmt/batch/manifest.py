"""manifest.jsonl: streamed one record per line, resumable, guarded by a lock on OUTDIR.

Records are written as they finish (never all held in memory) into a temp file that replaces
manifest.jsonl at the end, or at Ctrl-C, so the manifest always says what finished. The
previous manifest is indexed by source (hashes and byte offsets only) to skip unchanged work.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ReportfmtError

MANIFEST = "manifest.jsonl"
LOCK = ".reportfmt.lock"


class OutdirLock:
    """An exclusive lock on OUTDIR: a second run into the same folder is refused, clearly."""

    def __init__(self, outdir: Path) -> None:
        outdir.mkdir(parents=True, exist_ok=True)
        self.path = outdir / LOCK
        self.handle = self.path.open("a+")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.seek(0)
            holder = self.handle.read().strip() or "?"
            self.handle.close()
            raise ReportfmtError(
                f"another reportfmt run (pid {holder}) is writing to {outdir}; "
                "wait for it to finish or choose another output folder"
            ) from None
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(str(os.getpid()))
        self.handle.flush()

    def release(self) -> None:
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


@dataclass(frozen=True)
class Previous:
    input_sha256: str
    options_key: str
    outputs: tuple[str, ...]
    offset: int


class PreviousManifest:
    """What the last run into OUTDIR finished: enough to skip it, and to copy its lines."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, Previous] = {}
        if not path.is_file():
            return
        with path.open("rb") as handle:
            offset = 0
            for line in handle:
                try:
                    record = json.loads(line)
                    if record.get("status") == "ok" and record.get("input_sha256"):
                        self.entries[record["source"]] = Previous(
                            record["input_sha256"], record.get("options_key", ""),
                            tuple(record.get("outputs", {}).values()), offset)
                except (ValueError, KeyError, AttributeError, TypeError):
                    pass  # a damaged line only means that input is converted again
                offset += len(line)

    def finished_line(self, source: str, sha: str, key: str) -> bytes | None:
        """The old record's line if `source` is unchanged and its outputs all exist."""
        entry = self.entries.get(source)
        if entry is None or entry.input_sha256 != sha or entry.options_key != key:
            return None
        if not all(Path(p).is_file() for p in entry.outputs):
            return None
        with self.path.open("rb") as handle:
            handle.seek(entry.offset)
            return handle.readline()

    def lines_except(self, sources: set[str]) -> Iterator[bytes]:
        for source, entry in self.entries.items():
            if source not in sources:
                with self.path.open("rb") as handle:
                    handle.seek(entry.offset)
                    yield handle.readline()


class ManifestWriter:
    def __init__(self, outdir: Path) -> None:
        self.dest = outdir / MANIFEST
        self.tmp = outdir / f".{MANIFEST}.part"
        self.handle = self.tmp.open("wb")

    def write(self, record: dict[str, Any]) -> None:
        self.write_line((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))

    def write_line(self, line: bytes) -> None:
        self.handle.write(line)
        self.handle.flush()

    def finish(self) -> None:
        self.handle.close()
        os.replace(self.tmp, self.dest)


def read_manifest(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)

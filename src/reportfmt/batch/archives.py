"""Read .zip / .tar / .tar.gz members in memory, safely: no path escapes, no links, no bombs.

Archives are untrusted. Members are read one at a time into memory (never extracted to
disk); a member's name becomes an output path only after `safe_member_path` accepted it;
links are never followed; a shared `Budget` stops zip bombs, nested archives included.
"""

from __future__ import annotations

import io
import stat
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ..errors import ReportfmtError

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")
# Ratios are only meaningful on members big enough to hurt.
RATIO_FLOOR = 1 << 20


class ArchiveError(ReportfmtError):
    """The archive as a whole is refused (bomb limits, corrupt, too deeply nested)."""


def archive_suffix(name: str) -> str | None:
    lower = name.lower()
    return next((s for s in sorted(ARCHIVE_SUFFIXES, key=len, reverse=True) if lower.endswith(s)), None)


def strip_archive_suffix(name: str) -> str:
    suffix = archive_suffix(name)
    return name[: -len(suffix)] if suffix else name


@dataclass
class Budget:
    """Limits shared by one top-level archive and everything nested in it."""

    max_bytes: int
    max_ratio: int
    max_members: int
    max_depth: int
    archive_size: int = 0  # bytes of the archive file on disk, for its overall ratio
    used_bytes: int = 0
    members: int = 0

    def take(self, size: int, compressed: int | None, name: str) -> None:
        self.members += 1
        self.used_bytes += size
        if self.members > self.max_members:
            raise ArchiveError(f"more than {self.max_members} members (archive_max_members)")
        if self.used_bytes > self.max_bytes:
            raise ArchiveError(f"more than {self.max_bytes} bytes uncompressed (archive_max_bytes)")
        if self.archive_size and self.used_bytes > RATIO_FLOOR and \
                self.used_bytes > self.max_ratio * self.archive_size:
            raise ArchiveError(f"expands more than {self.max_ratio}x its size (archive_max_ratio)")
        if compressed is not None and size > RATIO_FLOOR and size > self.max_ratio * max(compressed, 1):
            raise ArchiveError(
                f"member {name} expands {size // max(compressed, 1)}x (archive_max_ratio {self.max_ratio})"
            )


@dataclass
class Member:
    """One archive entry: either data to convert, or a reason it was not taken."""

    name: str  # safe relative POSIX path inside the archive
    data: bytes | None = None
    skipped: str | None = None
    nested: list[str] = field(default_factory=list)


def decode_zip_name(info: zipfile.ZipInfo) -> str:
    """Windows Chinese tools write GBK/CP936 names without the UTF-8 flag; zipfile says cp437."""
    if info.flag_bits & 0x800:
        return info.filename
    raw = info.filename.encode("cp437")
    for codec in ("utf-8", "gb18030"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return info.filename


def safe_member_path(name: str) -> str | None:
    """A relative path that stays inside its folder, or None (absolute, `..`, drive letters)."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def iter_archive(fileobj, name: str, budget: Budget, wanted, depth: int = 0) -> Iterator[Member]:
    """Members of one archive whose names `wanted(name)` accepts; nested archives recurse."""
    if depth > budget.max_depth:
        raise ArchiveError(f"archives nested deeper than {budget.max_depth} (archive_max_depth)")
    suffix = archive_suffix(name)
    try:
        if suffix == ".zip":
            entries = _zip_entries(fileobj, budget, wanted)
        else:
            entries = _tar_entries(fileobj, budget, wanted)
        for member in entries:
            if member.data is not None and archive_suffix(member.name):
                inner = strip_archive_suffix(member.name)
                for sub in iter_archive(io.BytesIO(member.data), member.name, budget, wanted, depth + 1):
                    sub.name = f"{inner}/{sub.name}"
                    yield sub
            elif member.skipped or wanted(member.name):
                yield member
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
        raise ArchiveError(f"corrupt or unreadable archive: {exc}") from None


def _zip_entries(fileobj, budget: Budget, wanted) -> Iterator[Member]:
    with zipfile.ZipFile(fileobj) as archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        # Refuse a bomb before reading anything: declared sizes bound what zipfile will read.
        declared = Budget(budget.max_bytes - budget.used_bytes, budget.max_ratio,
                          budget.max_members - budget.members, 0)
        for info in infos:
            declared.take(info.file_size, info.compress_size, decode_zip_name(info))
        for info in infos:
            raw_name = decode_zip_name(info)
            name = safe_member_path(raw_name)
            if name is None:
                yield Member(raw_name, skipped="unsafe path (absolute or '..'), not written")
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                yield Member(name, skipped="symbolic link, not followed")
                continue
            budget.take(info.file_size, info.compress_size, name)
            if archive_suffix(name) or wanted(name):
                yield Member(name, data=archive.read(info))


def _tar_entries(fileobj, budget: Budget, wanted) -> Iterator[Member]:
    # Stream mode ("r|*"): one pass, members in order, nothing seeks or extracts.
    with tarfile.open(fileobj=fileobj, mode="r|*") as archive:
        for info in archive:
            if info.isdir():
                continue
            name = safe_member_path(info.name)
            if name is None:
                yield Member(info.name, skipped="unsafe path (absolute or '..'), not written")
                continue
            if info.issym() or info.islnk():
                yield Member(name, skipped="link, not followed")
                continue
            if not info.isfile():
                yield Member(name, skipped="special file, not read")
                continue
            budget.take(info.size, None, name)
            if archive_suffix(name) or wanted(name):
                handle = archive.extractfile(info)
                yield Member(name, data=handle.read() if handle else b"")

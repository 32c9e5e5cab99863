"""The picture files a page names, gathered from its folder or its archive for its job.

Jobs are pure (bytes in, bytes out: a Dask worker has no access to the input), so the
parent reads, next to each page, the files its picture attributes name
(read/images.referenced_paths) and sends them with the page. The reader then decides which
it keeps (read/images.py). Only files inside the input root are read: a `../` that leaves
it, a symbolic link out of it or a file over images.max_bytes is never opened.

Archives: a tar is a stream with no index, and a page may come before its pictures, so an
archive's pictures are collected in a pass of their own (at most ARCHIVE_PICTURES_MAX bytes
in all), the first time one of its pages asks for them.
"""

from __future__ import annotations

import posixpath
from pathlib import Path, PurePosixPath

from ..options import Options
from ..read.images import referenced_paths

PICTURE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg"}
# A tar's pictures are held in memory while its pages are converted: this much at most.
ARCHIVE_PICTURES_MAX = 256 * 1024**2


def is_picture_name(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in PICTURE_EXTENSIONS


class FolderPictures:
    """Pictures beside pages in a folder on disk (`root` is the input directory, or the
    folder of a single input file)."""

    def __init__(self, root: Path, options: Options) -> None:
        self.root = root
        self.real_root = root.resolve()
        self.max_bytes = options.images.max_bytes

    def for_page(self, page: bytes, rel: str) -> dict[str, bytes | None]:
        found: dict[str, bytes | None] = {}
        for path in referenced_paths(page, posixpath.dirname(rel)):
            candidate = self.root / path
            try:
                real = candidate.resolve()
                if not real.is_relative_to(self.real_root) or not real.is_file():
                    continue
                # Too large: not read; the reader reports it as such (None).
                found[path] = real.read_bytes() if real.stat().st_size <= self.max_bytes else None
            except OSError:
                continue
        return found


class ArchivePictures:
    """Pictures that are members of the same archive, keyed like the pages' `rel` paths
    (`<archive stem>/<member path>`)."""

    def __init__(self, path: Path, prefix: str, options: Options) -> None:
        self.path, self.prefix, self.options = path, prefix, options
        self.members: dict[str, bytes | None] | None = None

    def for_page(self, page: bytes, rel: str) -> dict[str, bytes | None]:
        if self.members is None:
            self.members = collect_archive_pictures(self.path, self.prefix, self.options)
        paths = referenced_paths(page, posixpath.dirname(rel))
        return {p: self.members[p] for p in paths if p in self.members}


def collect_archive_pictures(path: Path, prefix: str, options: Options) -> dict[str, bytes | None]:
    """First pass over an archive: its picture members (nested archives included), within
    images.max_bytes each and ARCHIVE_PICTURES_MAX in all. An archive the bomb limits refuse
    is refused again, with its error, by the pass that hands out its pages."""
    from .archives import ArchiveError, Budget, iter_archive

    members: dict[str, bytes | None] = {}
    total = 0
    budget = Budget(options.archive_max_bytes, options.archive_max_ratio, options.archive_max_members,
                    options.archive_max_depth, archive_size=path.stat().st_size)
    try:
        with path.open("rb") as handle:
            for member in iter_archive(handle, path.name, budget, is_picture_name):
                data = member.data
                if member.skipped or data is None:
                    continue
                if len(data) > options.images.max_bytes:
                    members[f"{prefix}/{member.name}"] = None  # too large: reported by the reader
                    continue
                if total + len(data) > ARCHIVE_PICTURES_MAX:
                    break
                members[f"{prefix}/{member.name}"] = data
                total += len(data)
    except (ArchiveError, OSError):
        pass
    return members

"""Inputs -> a stream of Sources: files, directories, archives (nested too), in a stable order.

Each Source knows what the manifest calls it (`label`), where its outputs go relative to
OUTDIR (`rel`, mirroring the input's own relative path, archives included), and its bytes
(read lazily for plain files, in memory for archive members). Anything not taken (an unsafe
member name, a link out of the input, a refused archive) is a Source with `skipped` or
`error` set, so the manifest says why.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..options import Options
from ..read.reader import INPUT_EXTENSIONS, WORD_EXTENSIONS
from .archives import ArchiveError, Budget, archive_suffix, iter_archive, strip_archive_suffix
from .pictures import ArchivePictures, FolderPictures


@dataclass
class Source:
    label: str
    rel: str
    data: bytes | None = None
    path: Path | None = None
    skipped: str | None = None
    error: str | None = None
    # Where the page's picture files are (its folder or its archive): batch/pictures.py.
    pictures: FolderPictures | ArchivePictures | None = None

    def read(self) -> bytes:
        if self.data is None:
            self.data = self.path.read_bytes() if self.path else b""
        return self.data

    def resources(self) -> dict[str, bytes | None]:
        """The picture files the page names, keyed by their path relative to the input root."""
        return self.pictures.for_page(self.read(), self.rel) if self.pictures else {}


WORD_IN_FOLDER = ("a Word document inside a folder is not read (convert writes DOCX too); "
                  "name it on the command line to convert it")


def iter_sources(inputs: Iterable[str | Path], options: Options) -> Iterator[Source]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from _walk_directory(path, options)
        elif not path.exists():
            yield Source(str(path), path.name, error=f"{path}: no such file or directory")
        elif archive_suffix(path.name):
            yield from _archive_sources(path, strip_archive_suffix(path.name), options)
        else:
            yield Source(str(path), path.name, path=path, pictures=FolderPictures(path.parent, options))


def _walk_directory(root: Path, options: Options) -> Iterator[Source]:
    real_root = root.resolve()
    pictures = FolderPictures(root, options)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        here = Path(dirpath)
        for name in sorted(filenames):
            path = here / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(real_root) or not target.is_file():
                    yield Source(str(path), rel, skipped="symbolic link out of the input, not followed")
                    continue
            if archive_suffix(name):
                yield from _archive_sources(path, strip_archive_suffix(rel), options)
            elif path.suffix.lower() in INPUT_EXTENSIONS:
                yield Source(str(path), rel, path=path, pictures=pictures)
            elif path.suffix.lower() in WORD_EXTENSIONS and not name.startswith("~$"):
                # Not read (convert writes DOCX too: a second run over a folder holding its own
                # output would take it in), but said, so a folder of Word files is no silent no-op.
                yield Source(str(path), rel, skipped=WORD_IN_FOLDER)


def _archive_sources(path: Path, prefix: str, options: Options) -> Iterator[Source]:
    budget = Budget(options.archive_max_bytes, options.archive_max_ratio,
                    options.archive_max_members, options.archive_max_depth,
                    archive_size=path.stat().st_size)
    wanted = lambda name: Path(name).suffix.lower() in INPUT_EXTENSIONS  # noqa: E731
    pictures = ArchivePictures(path, prefix, options)
    try:
        with path.open("rb") as handle:
            for member in iter_archive(handle, path.name, budget, wanted):
                label = f"{path}!{member.name}"
                rel = f"{prefix}/{member.name}"
                if member.skipped:
                    yield Source(label, rel, skipped=member.skipped)
                else:
                    yield Source(label, rel, data=member.data, pictures=pictures)
    except ArchiveError as exc:
        yield Source(str(path), prefix, error=f"{path}: archive refused: {exc}")
    except OSError as exc:
        yield Source(str(path), prefix, error=f"{path}: {exc.strerror or exc}")

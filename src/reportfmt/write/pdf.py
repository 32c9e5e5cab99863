"""Compile typst source (pandoc's typst writer + styles/reportfmt.typst) to PDF in-process."""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import typst

from reportfmt.errors import ReportfmtError
from reportfmt.write import fonts

log = logging.getLogger(__name__)


class _Engine:
    """One typst compiler and its loaded font book; reused for every document."""

    def __init__(self, font_paths: tuple[str, ...], system_fonts: bool):
        book = typst.Fonts(
            include_system_fonts=system_fonts,
            include_embedded_fonts=True,
            font_paths=list(font_paths),
        )
        # Fail before compiling, with the fix in the message, rather than draw tofu boxes;
        # and name every substitution in the log once, not once per document. The chains are
        # resolved in this book's families (a second scan of the fonts was ~70 ms a worker).
        fonts.report_substitutions(font_paths, system=system_fonts, families=fonts.families_in(book))
        self.compiler = typst.Compiler(font_paths=book, ignore_system_fonts=not system_fonts)
        # typst.Compiler keeps per-compile state (its input); one document at a time.
        self.lock = threading.Lock()


# Process-wide cache of engines, keyed by fonts: loading fonts is the slow part of a compile.
# Per-document state never lives here. Build engines inside each worker process (lazily, as
# here), not before forking. A long-lived engine does not grow: typst-py evicts typst's memo
# cache after every compile, keeping what the last 10 compiles used, and a worker's peak RSS
# stays at its first pass's over 5 passes of the bench pages (tests/bench/typst_passes.py),
# so replacing workers sooner for typst's sake would only pay its start-up again.
_ENGINES: dict[tuple[tuple[str, ...], bool], _Engine] = {}
_ENGINES_LOCK = threading.Lock()


def _engine(font_paths: Iterable[str | os.PathLike], system_fonts: bool) -> _Engine:
    key = (tuple(os.path.abspath(os.path.expanduser(p)) for p in font_paths), system_fonts)
    with _ENGINES_LOCK:
        if key not in _ENGINES:
            _ENGINES[key] = _Engine(*key)
        return _ENGINES[key]


def typst_engine(font_paths: tuple[str, ...] = ()) -> _Engine:
    """This process's typst compiler (for other drawings than PDFs: read/svg.py)."""
    return _engine(font_paths, True)


@contextlib.contextmanager
def _root_folder(files: dict[str, bytes] | None) -> Iterator[str]:
    """The folder typst compiles a document in, which is where it reads pictures from
    (files: name -> bytes, from write/pictures.py): a fresh one for a document with pictures,
    so no document sees another's; for the others (most pages) one empty folder per process,
    which nothing ever writes to. Making and removing a folder per page cost about 1 ms."""
    if not files:
        yield _empty_folder()
        return
    with tempfile.TemporaryDirectory(prefix="reportfmt-typst-") as root:
        for name, data in files.items():
            (Path(root) / Path(name).name).write_bytes(data)
        yield root


_EMPTY: dict[int, str] = {}  # process id -> its empty folder (a forked worker makes its own)


def _empty_folder() -> str:
    pid = os.getpid()
    if pid not in _EMPTY:
        _EMPTY[pid] = tempfile.mkdtemp(prefix="reportfmt-typst-")
        atexit.register(_remove_empty_folder, pid)
    return _EMPTY[pid]


def _remove_empty_folder(pid: int) -> None:
    if os.getpid() == pid:  # not from a forked child that inherited the handler
        with contextlib.suppress(OSError):
            os.rmdir(_EMPTY.pop(pid))


def compile_pdf(
    typst_source: str,
    *,
    font_paths: tuple[str, ...] = (),
    system_fonts: bool = True,
    timestamp: int | None = None,
    files: dict[str, bytes] | None = None,
) -> bytes:
    """PDF bytes of one typst document. `font_paths` are extra font folders (--font-path);
    system_fonts=False uses only those (plus typst's embedded Latin fonts). `timestamp`
    (UNIX seconds, default $SOURCE_DATE_EPOCH, else now) is the PDF creation date: fix it for
    byte-identical re-runs. Raises ReportfmtError when no CJK font is available or typst
    rejects the source."""
    engine = _engine(font_paths, system_fonts)
    if timestamp is None and os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        timestamp = int(os.environ["SOURCE_DATE_EPOCH"])
    extra = {} if timestamp is None else {"timestamp": timestamp}
    with engine.lock, _root_folder(files) as root:
        try:
            pdf, warnings = engine.compiler.compile_with_warnings(
                input=typst_source.encode("utf-8"), format="pdf", root=root, **extra
            )
        except typst.TypstError as err:
            hints = "; ".join(getattr(err, "hints", None) or [])
            raise ReportfmtError(f"typst: {err.message} {hints}".strip()) from err
    for warning in warnings:
        # The template lists Windows fonts first; their absence is expected here and was
        # reported once by fonts.resolve_chain.
        level = logging.DEBUG if "unknown font family" in warning.message else logging.WARNING
        log.log(level, "typst: %s", warning.message)
    return pdf

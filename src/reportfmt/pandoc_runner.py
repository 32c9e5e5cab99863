"""Find and run the pandoc binary (the pypandoc-binary wheel's, else the one on PATH)."""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

from .errors import ReportfmtError


@functools.cache
def pandoc_path() -> str:
    """The wheel's pandoc first: it is the version reportfmt is tested with."""
    override = os.environ.get("REPORTFMT_PANDOC")
    if override:
        return override
    spec = importlib.util.find_spec("pypandoc")
    if spec and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidate = Path(location) / "files" / ("pandoc.exe" if os.name == "nt" else "pandoc")
            if candidate.is_file():
                return str(candidate)
    found = shutil.which("pandoc")
    if found:
        return found
    raise ReportfmtError("pandoc not found: install reportfmt's dependency pypandoc-binary")


def run_pandoc(args: list[str], data: bytes | None = None, *, timeout: float = 300.0) -> bytes:
    """Run pandoc with --sandbox (scraped input is untrusted) and return its stdout."""
    from . import pandoc_session

    session = pandoc_session.active()
    header = pandoc_session.translate(args) if session is not None else None
    if header is not None:
        # A batch worker: the long-lived sandboxed `pandoc lua` answers (see pandoc_session).
        return session.request(header, data or b"", timeout=timeout)
    cmd = [pandoc_path(), "--sandbox", *args]
    try:
        proc = subprocess.run(cmd, input=data, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise ReportfmtError(f"pandoc timed out after {timeout:g} s") from None
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReportfmtError(f"pandoc failed: {detail[-1] if detail else proc.returncode}")
    return proc.stdout

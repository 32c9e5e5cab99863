"""reportfmt: clean scraped Chinese report pages into structured DOCX, PDF and EPUB."""

from __future__ import annotations

from .errors import ReportfmtError
from .options import Options, build_options
from .resources import VERSION as __version__  # noqa: F401 (the package attribute)

__all__ = ["Options", "ReportfmtError", "build_options", "convert_file", "convert_many",
           "convert_text"]

_API = {"convert_file", "convert_many", "convert_text"}


def __getattr__(name: str):
    # The API (and with it the batch machinery: processes, archives, progress) loads on first
    # use: `pandoc --filter reportfmt` starts once per document and needs none of it.
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'reportfmt' has no attribute {name!r}")

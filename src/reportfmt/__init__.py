"""reportfmt: clean scraped Chinese report pages into structured DOCX, PDF and EPUB."""

from __future__ import annotations

__version__ = "0.1.0"

from .api import convert_file, convert_many, convert_text
from .errors import ReportfmtError
from .options import Options, build_options

__all__ = ["Options", "ReportfmtError", "build_options", "convert_file", "convert_many",
           "convert_text"]

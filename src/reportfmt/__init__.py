"""reportfmt: clean scraped Chinese report pages into structured DOCX, PDF and EPUB."""

from __future__ import annotations

from .errors import ReportfmtError

__all__ = ["Options", "ReportfmtError", "build_options", "convert_file", "convert_many",
           "convert_text"]

# Where each public name lives. Everything loads on first use: `pandoc --filter reportfmt`
# imports this package once per document, and for a document with no Chinese text it needs
# none of it (the options alone pull in dataclasses, inspect and PyYAML).
_LAZY = {
    "Options": "options",
    "build_options": "options",
    "convert_file": "api",
    "convert_many": "api",
    "convert_text": "api",
    "__version__": "resources",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reportfmt' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __name__), "VERSION" if name == "__version__" else name)

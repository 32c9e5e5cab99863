"""The package's version and the data files it ships (styles/; the boilerplate rules live
beside their pass, in passes/boilerplate/rules/)."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

VERSION = "0.1.0"


@functools.cache
def styles_dir() -> Path:
    """The styles/ folder: inside the installed wheel, or the checkout's when editable."""
    packaged = Path(str(resources.files("reportfmt") / "styles"))
    if packaged.is_dir():
        return packaged
    # Editable installs map src/reportfmt only; the wheel force-includes styles/ there.
    return Path(__file__).resolve().parents[2] / "styles"


def style_file(name: str) -> Path:
    """Path of one file in styles/ (reference.docx, epub.css, reportfmt.typst...)."""
    return styles_dir() / name


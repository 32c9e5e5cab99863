"""Find CJK fonts on this machine and pick one family per role from styles/fonts.json."""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import typst

from reportfmt.errors import ReportfmtError
from reportfmt.resources import style_file

log = logging.getLogger(__name__)

NO_CJK_FONT = "no CJK font found: install one, e.g. `apt-get install fonts-noto-cjk`, or pass --font-path DIR"
FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".otc"}

# Where fonts live when fontconfig is not there to ask (Windows, macOS, minimal containers).
SYSTEM_FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.fonts",
    "~/.local/share/fonts",
    r"C:\Windows\Fonts",
    "~/AppData/Local/Microsoft/Windows/Fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "~/Library/Fonts",
)

# A family name that says "Chinese/CJK font", for font files fontconfig cannot vouch for.
CJK_FAMILY = re.compile(
    r"""CJK | \b(?:Source\ Han|Sarasa|LXGW|WenQuanYi|Droid\ Sans\ Fallback)
      | \bAR\ PL\b | (?:Song|Hei|Kai|Fang|Ming|YaHei|Yuan)(?:Ti|Song|_GB2312|\b)
      | GB2312 | GBK | [\u3400-\u9fff]""",
    re.X | re.I,
)


@functools.cache
def font_chains() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Role -> fonts, best first, each as its names (Chinese, English), from styles/fonts.json
    (written by styles/build_reference.py from the same chains as reference.docx)."""
    data = json.loads(style_file("fonts.json").read_text(encoding="utf-8"))
    return {role: tuple(tuple(names) for names in fonts) for role, fonts in data.items()}


def _font_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Font files under the given files or directories (missing ones are skipped)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_file() and path.suffix.lower() in FONT_SUFFIXES:
            found.append(path)
        elif path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in FONT_SUFFIXES)
    return found


def _fontconfig_cjk_files() -> list[Path] | None:
    """System font files that cover Chinese, per fontconfig; None without fontconfig."""
    if shutil.which("fc-list") is None:
        return None
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = {Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip()}
    return sorted(files)


def _cjk_fonts_in(folders: Iterable[Path]) -> list[tuple[Path, str]]:
    """(file, family) of the CJK fonts in the folders, by family name as typst reads it."""
    book = typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(f) for f in dict.fromkeys(folders)]
    )
    return [(Path(info.path), info.family) for info in book.fonts() if info.path and CJK_FAMILY.search(info.family)]


def _looks_cjk(files: list[Path]) -> list[Path]:
    """The files whose family names look Chinese/CJK (typst reads folders, not files)."""
    cjk = {path for path, _family in _cjk_fonts_in(f.parent for f in files)}
    return sorted(set(files) & cjk)


def _system_font_dirs() -> list[Path]:
    dirs = list(SYSTEM_FONT_DIRS)
    if sys.platform == "win32" and os.environ.get("WINDIR"):
        dirs.append(os.path.join(os.environ["WINDIR"], "Fonts"))
    return [Path(d).expanduser() for d in dirs]


@functools.cache
def _system_cjk_fonts() -> tuple[Path, ...]:
    files = _fontconfig_cjk_files()
    if files is None:
        files = _looks_cjk(_font_files(_system_font_dirs()))
    return tuple(files)


def find_cjk_fonts(extra_paths: Iterable[str | os.PathLike] = (), *, system: bool = True) -> list[Path]:
    """Folders holding CJK fonts, to give typst as font paths (typst reads folders, not
    files): those under `extra_paths` (e.g. --font-path), then the system's, found with
    `fc-list :lang=zh` or by scanning the usual font folders. With system=False only
    `extra_paths` count, which makes "no CJK font at all" testable without mocks."""
    files = _looks_cjk(_font_files(extra_paths))
    if system:
        files += _system_cjk_fonts()
    return list(dict.fromkeys(f.parent for f in files))


@functools.cache
def _families(extra_paths: tuple[str, ...], system: bool) -> dict[str, str]:
    """Lower-cased family name -> family name, exactly as typst will see the fonts."""
    book = typst.Fonts(include_system_fonts=system, include_embedded_fonts=False, font_paths=list(extra_paths))
    return {name.lower(): name for name in book.families()}


def families_in(book: typst.Fonts) -> dict[str, str]:
    """_families of a font book already loaded (with or without typst's embedded fonts,
    which have no file and are left out): scanning the system's fonts again costs ~70 ms."""
    return {info.family.lower(): info.family for info in book.fonts() if info.path}


def resolve_chain(role: str, extra_paths: Iterable[str | os.PathLike] = (), *, system: bool = True,
                  families: dict[str, str] | None = None) -> tuple[str, bool]:
    """The family typst will use for `role` ("fangsong", "hei", ...) and whether it is a
    substitute for the chain's first choice (report_substitutions names them); raises
    ReportfmtError when no CJK font exists at all (typst would draw tofu boxes). `families`:
    families_in(the book typst will use for these paths), when it is loaded already."""
    chain = font_chains()[role]
    paths = tuple(str(Path(p).expanduser()) for p in extra_paths)
    if families is None:
        families = _families(paths, system)
    names = [name for font in chain for name in font]
    chosen = next((families[n.lower()] for n in names if n.lower() in families), None)
    if chosen is None:
        cjk = find_cjk_fonts(paths, system=system)
        if not cjk:
            raise ReportfmtError(NO_CJK_FONT)
        # A CJK font outside the chain: typst's glyph fallback will land on it.
        chosen = min(family for _path, family in _cjk_fonts_in(cjk))
    substituted = chosen.lower() not in {n.lower() for n in chain[0]}
    return chosen, substituted


# Set (to "1") by a batch's parent once it has named the fonts' substitutions: its workers, each
# loading the fonts for itself, then keep theirs to the debug log (one line per run, not per worker).
REPORTED_ENV = "REPORTFMT_FONTS_REPORTED"


def report_substitutions(extra_paths: Iterable[str | os.PathLike] = (), *, system: bool = True,
                         families: dict[str, str] | None = None) -> list[str]:
    """Resolve every role's chain (raising ReportfmtError when no CJK font exists) and name the
    substitutions in one warning line ("仿宋_GB2312 → Noto Serif CJK SC; 黑体 → …"), or in the
    debug log when REPORTED_ENV says a batch's parent named them already. Returns the pairs."""
    pairs = []
    for role, chain in font_chains().items():
        chosen, substituted = resolve_chain(role, extra_paths, system=system, families=families)
        if substituted:
            pairs.append(f"{chain[0][0]} → {chosen}")
    if pairs:
        level = logging.DEBUG if os.environ.get(REPORTED_ENV) else logging.WARNING
        log.log(level, "fonts not installed, substitutes used: %s", "; ".join(pairs))
    return pairs

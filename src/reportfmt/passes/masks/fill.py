"""Fill masks from a values file: every fillable mask of a document gets its value, or none does.

values.yaml holds one entry per input document, keyed by the input's file name (or its path
as given, or its path relative to the input folder). An entry is either

- a list: one value per fillable mask, in document order (the order of `reportfmt masks`), or
- a mapping from a snippet to a value. A snippet is the mask with some of its neighbours,
  copied from the mask's context (`连续*年`, `**区委`); it fills every mask it matches, and
  the longest matching snippet wins. A value replaces the masked characters only
  (`**区委: 天河` gives 天河区委).

    seed.txt:
      - 2022
      - 5
    other/page.html:
      "连续*年": 5
      "**区委": 天河

A top-level list (no file names) applies to whatever single document is converted.
Fillable masks are all but sensitive-word masks (X建) and gaps, which have no glyph to replace.
A count that does not match, a mask no snippet matches, or a snippet that matches nothing is a
one-line error naming the file, and the document is left exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

import panflute as pf
import yaml

from ...errors import ReportfmtError
from ...options import Options
from ...state import Report, get_state
from . import FILLED_CLASS, FILLED_DOCX_STYLE, Site, mark_masks, moved_fields
from .find import FILLABLE

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:
    from typing import Any


class FillError(ReportfmtError):
    """The values file does not fit the document; nothing was filled."""


def load_values(path: str | Path) -> Any:
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FillError(f"cannot read values file {path}: {exc}") from None


def values_for(values: Any, source: str) -> list | dict | None:
    """The entry for one document, or None when the file does not mention it."""
    if isinstance(values, list):
        return values
    if not isinstance(values, dict):
        raise FillError("values file must hold a list or a mapping of file names")
    posix = Path(source).as_posix()
    for key, entry in values.items():
        key = str(key)
        if key in (source, posix, Path(source).name) or posix.endswith("/" + key):
            return entry
    return None


def fill_from_file(doc: pf.Doc, report: Report, options: Options, source: str) -> int:
    """Apply the values file named by options.masks.fill to one document; returns masks filled."""
    entry = values_for(load_values(options.masks.fill), source)
    if entry is None:
        return 0
    return fill_masks(doc, report, options, entry)


def fill_masks(doc: pf.Doc, report: Report, options: Options, entry: list | dict) -> int:
    # The pass is idempotent: this lists its masks again (as the pass saw them).
    sites = mark_masks(doc, options.masks, authored=get_state(doc).authored,
                       fields=moved_fields(report.removed, report.gongwen))
    fillable = [s for s in sites if s.detector in FILLABLE and s.span is not None]
    if isinstance(entry, list):
        if len(entry) != len(fillable):
            raise FillError(
                f"values file gives {len(entry)} values for {len(fillable)} fillable masks; nothing filled"
            )
        values = [_text(v) for v in entry]
    elif isinstance(entry, dict):
        values = match_snippets(fillable, {str(k): _text(v) for k, v in entry.items()})
    else:
        raise FillError("a document's values must be a list or a mapping of snippets")
    for site, value in zip(fillable, values, strict=True):
        replace_with_value(site, value)
    records = [site.record() for site in sites]
    for record, site in zip(records, sites, strict=True):
        if site in fillable:
            record["value"] = values[fillable.index(site)]
    report.masks[:] = records
    return len(fillable)


def match_snippets(sites: list[Site], snippets: dict[str, str]) -> list[str]:
    """The value of the longest snippet matching each site; every site and snippet must match."""
    used: set[str] = set()
    values = []
    for number, site in enumerate(sites, 1):
        best: list[str] = []
        for key in snippets:
            if _matches(key, site) and (not best or len(key) >= len(best[0])):
                best = [k for k in best if len(k) == len(key)] + [key]
        if not best:
            raise FillError(f"mask {number} ({site.record()['context']}) matches no snippet; nothing filled")
        if len({snippets[k] for k in best}) > 1:
            raise FillError(f"mask {number} matches snippets with different values: {', '.join(best)}")
        used.update(best)
        values.append(snippets[best[0]])
    unused = [k for k in snippets if k not in used]
    if unused:
        raise FillError(f"snippet {unused[0]!r} matches no mask; nothing filled")
    return values


def _matches(key: str, site: Site) -> bool:
    at = key.find(site.text)
    while at >= 0:
        if site.before.endswith(key[:at]) and site.after.startswith(key[at + len(site.text) :]):
            return True
        at = key.find(site.text, at + 1)
    return False


def replace_with_value(site: Site, value: str) -> None:
    span = site.span
    if site.detector == "bracket" and not value.startswith("〔"):
        value = f"〔{value}〕"
    span.content = [pf.Str(value)]
    span.classes = [FILLED_CLASS]
    span.attributes = {"custom-style": FILLED_DOCX_STYLE, "mask": site.text}


def _text(value: Any) -> str:
    if value is None or isinstance(value, (list, dict)):
        raise FillError(f"a value must be text or a number, not {value!r}")
    return str(value)

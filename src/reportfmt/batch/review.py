"""OUTDIR/index.html: a self-contained review page built by streaming manifest.jsonl.

One row per input (status, title, date, heading and mask counts, links to its outputs); a
<details> element opens the removed blocks beside the kept text. Everything from the pages
is escaped, and a Content-Security-Policy forbids any script or external resource.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from ..write.render import write_atomic
from .manifest import read_manifest

STYLE = """
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", sans-serif; margin: 1.5em; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
tr.error td.status { color: #b00020; font-weight: bold; }
tr.skipped td.status { color: #8a6d00; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
.removed li { background: #fdecea; margin: .2em 0; white-space: pre-wrap; }
.rule { color: #555; font-size: 85%; }
.kept { white-space: pre-wrap; background: #eef7ee; padding: .5em; max-height: 40em; overflow: auto; }
"""


def build_review(outdir: Path, manifest: Path) -> Path:
    """Write OUTDIR/index.html from the manifest; returns its path."""
    dest = outdir / "index.html"
    rows = [_row(outdir, r) for r in read_manifest(manifest)] if manifest.is_file() else []
    page = (
        "<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n"
        f"<title>reportfmt review</title><style>{STYLE}</style></head><body>\n"
        f"<h1>reportfmt review</h1><p>{len(rows)} inputs</p>\n"
        "<table><thead><tr><th>status</th><th>source</th><th>title</th><th>date</th>"
        "<th>headings</th><th>masks</th><th>outputs</th></tr></thead><tbody>\n"
        + "".join(rows) + "</tbody></table></body></html>\n"
    )
    write_atomic(dest, page.encode("utf-8"))
    return dest


def _row(outdir: Path, record: dict) -> str:
    esc = html.escape
    status = record.get("status", "?")
    links = " ".join(
        f'<a href="{esc(_relative(outdir, path))}">{esc(fmt)}</a>'
        for fmt, path in (record.get("outputs") or {}).items()
    )
    removed = record.get("removed") or []
    items = "".join(
        f'<li><span class="rule">[{esc(r.get("rule", ""))}]</span> {esc(r.get("text", ""))}</li>'
        for r in removed
    )
    detail = (
        f"<details><summary>{len(removed)} removed blocks</summary><div class=\"pair\">"
        f"<div><h3>removed</h3><ul class=\"removed\">{items}</ul></div>"
        f"<div><h3>kept</h3><div class=\"kept\">{esc(record.get('kept_text') or '')}</div></div>"
        "</div></details>"
    ) if status == "ok" else f"<div class=\"error\">{esc(record.get('error') or '')}</div>"
    return (
        f'<tr class="{esc(status)}"><td class="status">{esc(status)}</td>'
        f"<td class=\"source\">{esc(record.get('source', ''))}{detail}</td>"
        f"<td class=\"title\">{esc(record.get('title') or '')}</td><td>{esc(record.get('date') or '')}</td>"
        f"<td class=\"headings\">{len(record.get('headings') or [])}</td>"
        f"<td class=\"masks\">{len(record.get('masks') or [])}</td><td>{links}</td></tr>\n"
    )


def _relative(outdir: Path, path: str) -> str:
    return Path(os.path.relpath(Path(path).resolve(), outdir.resolve())).as_posix()

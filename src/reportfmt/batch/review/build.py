"""OUTDIR/index.html and OUTDIR/review/: the review page, built by streaming manifest.jsonl.

- index.html: a small shell (controls and an empty table);
- review/app.js, review/app.css: the page's code and style (copied from this package);
- review/summary.js: one compact row per input (status, title, site, extractor, removed
  share, mask count, rule families, duplicate group), no texts: what filtering, sorting and
  title search need, loaded when the page opens;
- review/docs/NNNNN.js: the full records, SHARD_SIZE per file, loaded when a document is
  opened or the text is searched.

Data files are scripts calling `reportfmtReview.summary(...)` / `.shard(...)` with JSON: a
page opened from disk (file://) may load scripts from its folder but not fetch files. The
Content-Security-Policy allows scripts and styles from the page's own folder only, and the
page's code puts every text from the pages into the document as text (never as markup).
"""

from __future__ import annotations

import json
import os
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

from ...write.render import write_atomic
from ..manifest import read_manifest

SHARD_SIZE = 50
REVIEW_DIR = "review"
ASSETS = ("app.js", "app.css")
CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'"
# Record fields the page does not need (kept in the manifest for re-runs).
_DROPPED_FIELDS = ("input_sha256", "options_key")

SHELL = """<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>reportfmt review</title>
<link rel="stylesheet" href="review/app.css">
<script src="review/app.js" defer></script>
<script src="review/summary.js" defer></script>
</head><body>
<header><h1>reportfmt review</h1><p id="count">loading…</p></header>
<section id="controls">
<label>status <select id="status"></select></label>
<label>rule family <select id="family"></select></label>
<label>site <select id="site"></select></label>
<label>extractor <select id="extractor"></select></label>
<label>duplicates <select id="dups"></select></label>
<label>sort <select id="sort"></select></label>
<label>title <input id="q" type="search" placeholder="search titles and sources"></label>
<label>text <input id="textq" type="search" placeholder="search the text"></label>
<button id="textsearch" type="button">search text</button>
<button id="textclear" type="button">clear</button>
<span id="textstatus"></span>
</section>
<table id="table"><thead><tr><th>#</th><th>status</th><th>source</th><th>title</th><th>removed</th>
<th>masks</th><th>headings</th><th>rule families</th><th>duplicates</th></tr></thead>
<tbody id="rows"></tbody></table>
<nav id="pager"><button id="prev" type="button">previous</button> <span id="pageinfo"></span>
<button id="next" type="button">next</button></nav>
<section id="overlay"><h2>Rules overlay</h2>
<p>Mark removed blocks <em>keep</em> and kept blocks <em>remove</em> in a document below; then
download the overlay and run <code>reportfmt convert … --rules review-rules.yaml</code>.</p>
<p><span id="markcount">0 marks</span> <button id="download" type="button">download rules overlay</button>
<a id="overlaylink" download="review-rules.yaml" hidden>review-rules.yaml</a></p>
<pre id="overlaytext"></pre></section>
<section id="doc" hidden></section>
</body></html>
"""


def build_review(outdir: Path, manifest: Path) -> Path:
    """Write OUTDIR/index.html and OUTDIR/review/ from the manifest; returns index.html."""
    dest = outdir / "index.html"
    part = outdir / f".{REVIEW_DIR}.part"
    shutil.rmtree(part, ignore_errors=True)
    (part / "docs").mkdir(parents=True)
    summary = Summary()
    shard: list[dict[str, Any]] = []
    records = read_manifest(manifest) if manifest.is_file() else iter(())
    for record in records:
        entry = summary.add(outdir, record)
        shard.append(entry)
        if len(shard) == SHARD_SIZE:
            _write_shard(part, len(summary.rows) // SHARD_SIZE - 1, shard)
            shard = []
    if shard:
        _write_shard(part, len(summary.rows) // SHARD_SIZE, shard)
    _write_script(part / "summary.js", "summary", summary.data())
    assets = resources.files(__package__)
    for name in ASSETS:
        (part / name).write_bytes(assets.joinpath(name).read_bytes())
    review = outdir / REVIEW_DIR
    shutil.rmtree(review, ignore_errors=True)
    os.replace(part, review)
    write_atomic(dest, SHELL.format(csp=CSP).encode("utf-8"))
    return dest


def initial_files(outdir: Path) -> list[Path]:
    """What the browser loads to open the page (the transfer the issue limits)."""
    return [outdir / "index.html", *(outdir / REVIEW_DIR / name for name in (*ASSETS, "summary.js"))]


class Summary:
    """The compact rows, with repeated strings (folders, sites, families…) stored once."""

    COLUMNS = ("dir", "name", "title", "status", "site", "extractor", "removed_pct", "masks",
               "headings", "families", "group", "similarity")

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []
        self.dicts: dict[str, dict[Any, int]] = {k: {} for k in ("dir", "status", "site", "extractor", "family")}
        self.sources: dict[str, int] = {}
        self.pointers: list[tuple[int, str]] = []  # (row, its group's source)

    def code(self, kind: str, value: Any) -> int:
        table = self.dicts[kind]
        return table.setdefault(value, len(table))

    def add(self, outdir: Path, record: dict[str, Any]) -> dict[str, Any]:
        row_id = len(self.rows)
        source = str(record.get("source", ""))
        folder, _, name = source.rpartition("/")
        removed = record.get("removed") or []
        kept_chars = len("".join((record.get("kept_text") or "").split()))
        removed_chars = sum(len("".join(str(r.get("text", "")).split())) for r in removed)
        total = kept_chars + removed_chars
        # A block's family is its rule's first part, and the chrome family the rules name a block
        # extraction dropped (`"family"` beside an `extract.*` rule): filtering by either finds it.
        families = sorted({self.code("family", name) for r in removed
                           for name in (str(r.get("rule", "")).split(".", 1)[0], r.get("family")) if name})
        duplicate = record.get("duplicate_of") or None
        self.rows.append([
            self.code("dir", folder), name, record.get("title") or "", self.code("status", record.get("status")),
            self.code("site", record.get("site")), self.code("extractor", record.get("extractor")),
            round(100 * removed_chars / total) if total else 0,
            len(record.get("masks") or []), len(record.get("headings") or []), families, -1,
            duplicate.get("similarity") if duplicate else None,
        ])
        self.sources.setdefault(source, row_id)
        if duplicate and duplicate.get("group"):
            self.pointers.append((row_id, str(duplicate["group"])))
        entry = {k: v for k, v in record.items() if k not in _DROPPED_FIELDS}
        entry["id"] = row_id
        entry["outputs"] = {fmt: _relative(outdir, path) for fmt, path in (record.get("outputs") or {}).items()}
        if record.get("images"):
            # Like the outputs, a kept picture's file is named from OUTDIR, where this page sits,
            # so that the page shows the picture itself (img-src 'self').
            entry["images"] = [{**image, "file": _relative(outdir, image["file"])} if image.get("file") else image
                               for image in record["images"]]
        return entry

    def data(self) -> dict[str, Any]:
        """Rows whose group has two or more members get the group's first row as group id."""
        group_col = self.COLUMNS.index("group")
        for row_id, group_source in self.pointers:
            canonical = self.sources.get(group_source)
            if canonical is not None:
                self.rows[row_id][group_col] = canonical
                self.rows[canonical][group_col] = canonical
        return {"columns": list(self.COLUMNS), "shard_size": SHARD_SIZE,
                "dicts": {kind: list(table) for kind, table in self.dicts.items()}, "rows": self.rows}


def _write_shard(folder: Path, number: int, docs: list[dict[str, Any]]) -> None:
    _write_script(folder / "docs" / f"{number:05d}.js", "shard", number, docs)


def _write_script(path: Path, call: str, *args: Any) -> None:
    """`reportfmtReview.CALL(args…);` with the arguments as JSON (JSON is valid script)."""
    body = ",".join(json.dumps(arg, ensure_ascii=False, separators=(",", ":")) for arg in args)
    # Line separators are legal in JSON strings but ended script lines in older engines.
    body = body.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    path.write_text(f"reportfmtReview.{call}({body});\n", encoding="utf-8")


def _relative(outdir: Path, path: str) -> str:
    return Path(os.path.relpath(Path(path).resolve(), outdir.resolve())).as_posix()

"""Documents that are not scraped Chinese pages come through `--filter reportfmt` undamaged.

Real third-party documents: the READMEs installed packages carry in their metadata
(English ones from the test environment; Chinese ones from pypinyin (rst) and cn2an
(markdown), installed with the test extra for exactly this).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from damage import collect
from reportfmt.write.pandoc import pandoc_path

CJK = re.compile(r"[\u4e00-\u9fff]")
READERS = {"text/markdown": "markdown", "text/x-rst": "rst"}
ENV = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")


def readmes() -> dict[str, tuple[str, str]]:
    """name -> (pandoc reader, README text) for every installed distribution with one."""
    found = {}
    for dist in metadata.distributions():
        meta = dist.metadata
        kind = (meta.get("Description-Content-Type") or "").split(";")[0].strip()
        body = meta.get("Description") or meta.get_payload() or ""
        # reportfmt's own README (installed with it) is no third-party document.
        if kind in READERS and len(body) > 200 and meta["Name"].lower() != "reportfmt":
            found[meta["Name"].lower()] = (READERS[kind], body)
    return found


def to_json(text: str, reader: str, *, with_filter: bool) -> dict:
    args = [pandoc_path(), "-f", reader, "-t", "json"]
    if with_filter:
        args += ["--filter", "reportfmt"]
    proc = subprocess.run(args, input=text.encode("utf-8"), capture_output=True, env=ENV, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    return json.loads(proc.stdout)


ALL = readmes()
ENGLISH = sorted(name for name, (_, body) in ALL.items() if not CJK.search(body))
CHINESE = sorted(name for name, (_, body) in ALL.items() if len(CJK.findall(body)) > 200)


def test_the_environment_has_both_kinds_of_readme():
    assert len(ENGLISH) >= 8, ENGLISH
    assert {"pypinyin", "cn2an"} <= set(CHINESE), CHINESE


@pytest.mark.parametrize("name", ENGLISH)
def test_english_readme_passes_through_unchanged(name):
    reader, body = ALL[name]
    assert to_json(body, reader, with_filter=True) == to_json(body, reader, with_filter=False)


def link_targets(tree: dict) -> list[str]:
    return [node["c"][2][0] for node in collect(tree, {"Link"})]


def plain(node) -> str:
    """Text of an element for comparison: Str pieces only (punctuation may be fixed)."""
    return "".join(n["c"] for n in collect({"blocks": [node]}, {"Str"}))


@pytest.mark.parametrize("name", CHINESE)
def test_chinese_readme_keeps_code_links_and_headings(name):
    reader, body = ALL[name]
    before = to_json(body, reader, with_filter=False)
    after = to_json(body, reader, with_filter=True)
    assert collect(after, {"CodeBlock", "Code"}) == collect(before, {"CodeBlock", "Code"})
    assert link_targets(after) == link_targets(before)
    assert len(link_targets(before)) > 3
    headers_before = collect(before, {"Header"})
    headers_after = collect(after, {"Header"})
    assert [h["c"][0] for h in headers_after] == [h["c"][0] for h in headers_before]
    assert [h["c"][1][0] for h in headers_after] == [h["c"][1][0] for h in headers_before]
    assert len(headers_before) >= 3
    assert len(after["blocks"]) == len(before["blocks"])


def test_english_page_through_cli_is_not_cleaned(tmp_path):
    from reportfmt.batch.job import process_bytes
    from reportfmt.options import Options

    text = "Annual report\nPowered by WordPress\nCopyright 2024 Example Inc. All Rights Reserved."
    processed = process_bytes(text.encode(), "page.txt", Options())
    assert processed.report.removed == []
    assert len(processed.doc.content) == 3

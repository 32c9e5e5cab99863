"""Hostile and broken inputs: nothing crashes, nothing escapes, nothing is lost (issue 8)."""

from __future__ import annotations

import json

import pytest

from hostile import build, run, summarise


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    build(root)
    out, proc = run(root)
    records = {r["source"].split("/in/")[-1]: r for r in map(json.loads, (out / "manifest.jsonl").open())}
    return root, out, proc, records


def test_nothing_crashes_escapes_or_is_half_written(hostile_run):
    root, out, proc, _ = hostile_run
    summary = summarise(root, out, proc)
    assert summary["inputs tried"] >= 20
    assert summary["crashes"] == 0
    assert summary["files written outside OUTDIR"] == 0
    assert summary["outputs left half-written"] == 0
    assert summary["masked characters lost"] == 0
    assert summary["active content leaked"] == 0
    assert summary["multi-line errors"] == 0
    assert summary["exit code"] == 1  # some inputs failed, the rest converted


@pytest.mark.parametrize(("name", "cause"), [
    ("empty.txt", "empty file"),
    ("blank.txt", "empty file"),
    ("png-named-txt.txt", "binary file"),
    ("random.txt", "binary file"),
    ("huge-100mb.txt", "input too large"),
    ("bomb.zip", "archive refused"),
])
def test_bad_inputs_fail_with_one_line_naming_the_file_and_cause(hostile_run, name, cause):
    record = hostile_run[3][name]
    assert record["status"] == "error"
    assert name in record["error"] and cause in record["error"]
    assert not record["outputs"]


@pytest.mark.parametrize(("name", "text"), [
    ("truncated-utf8.txt", "**区完成投资***亿元"),
    ("truncated-gbk.txt", "**区完成投资***亿元"),
    ("mixed-encodings.txt", "第二部分**镇。"),
    ("nul-bytes.txt", "增长*.*倍。"),
    ("big5.txt", "**區完成。"),
    ("utf16.txt", "**区完成投资***亿元"),
    ("nested-10000.html", "深层正文**区。"),
    ("scripted.html", "第二段***万元。"),
    # Issue 17: a 50,000-row table converts instead of running into the job timeout
    # (the timeout itself is tested in test_batch.py with a page that hangs).
    ("table-50000.html", "第49999行"),
])
def test_broken_but_readable_inputs_convert_with_their_text(hostile_run, name, text):
    record = hostile_run[3][name]
    assert record["status"] == "ok", record["error"]
    plain = open(record["outputs"]["plain"], encoding="utf-8").read()
    assert text in plain


def test_unsafe_archive_members_and_links_are_skipped(hostile_run):
    _, out, _, records = hostile_run
    skipped = {name for name, r in records.items() if r["status"] == "skipped"}
    assert "link-out.txt" in skipped
    assert any("escaped" in name for name in skipped)
    assert (out / "slip" / "fine.txt").is_file()


def test_long_line_converts(hostile_run):
    record = hostile_run[3]["long-line.txt"]
    assert record["status"] == "ok"
    assert open(record["outputs"]["plain"], encoding="utf-8").read().count("*") == 800

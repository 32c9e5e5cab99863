"""--split-samples through the real CLI: one document and one manifest row per sample, reused
on a re-run; --dry-run and the review page name the family of every removed line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from reportfmt.cli import run

PAGE = "\n".join([
    "社区工作计划范文（通用3篇）",
    "社区工作计划是对一年工作的安排。下面是小编为大家整理的社区工作计划，供大家参考。",
    "篇一：", "幸福社区工作计划", "一、指导思想", "坚持以人民为中心，办好群众身边的实事。",
    "二、主要任务", "完善服务设施，丰富文化活动。",
    "篇二：", "和谐社区工作计划", "今年重点做好老年人和困难家庭的服务工作。",
    "篇三：", "平安社区工作计划", "加强巡逻防控，确保社区平安稳定。",
    "- 文档编号:20240501", "下载本文档",
])


def rows(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]


def test_each_sample_is_written_as_its_own_document_with_a_manifest_row(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert run(["convert", str(source), "-o", str(out), "--to", "md", "--split-samples", "-q"]) == 0
    records = rows(out)
    assert [r.get("sample") for r in records] == [None, 1, 2, 3]
    assert [r["title"] for r in records[1:]] == ["篇一：幸福社区工作计划", "篇二：和谐社区工作计划",
                                                 "篇三：平安社区工作计划"]
    second = (out / "plan-sample-2.md").read_text(encoding="utf-8")
    assert "今年重点做好老年人和困难家庭的服务工作。" in second
    assert "幸福社区" not in second and "平安社区" not in second
    # The intro before the first sample goes with it: nothing of the page is lost.
    whole = (out / "plan.md").read_text(encoding="utf-8")
    for part in ("plan-sample-1.md", "plan-sample-2.md", "plan-sample-3.md"):
        body = (out / part).read_text(encoding="utf-8").split("---", 2)[2]
        assert body.strip() in whole
    # A re-run reuses the page and its samples' rows.
    assert run(["convert", str(source), "-o", str(out), "--to", "md", "--split-samples", "-q"]) == 0
    assert [r.get("sample") for r in rows(out)] == [None, 1, 2, 3]


def test_without_the_flag_one_document_is_written(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert run(["convert", str(source), "-o", str(out), "--to", "md", "-q"]) == 0
    assert [r.get("sample") for r in rows(out)] == [None]
    assert not list(out.glob("*-sample-*"))


def test_dry_run_and_review_page_name_the_family_of_every_removed_line(tmp_path, capsys):
    source = tmp_path / "plan.txt"
    source.write_text(PAGE, encoding="utf-8")
    assert run(["convert", str(source), "-o", str(tmp_path / "dry"), "--dry-run"]) == 0
    printed = [line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("- [")]
    assert [re.match(r"\s*- \[([a-z-]+)\.", line).group(1) for line in printed] == [
        "metadata", "lead-in", "document-site", "document-site"]
    out = tmp_path / "out"
    assert run(["convert", str(source), "-o", str(out), "--to", "md", "-q"]) == 0
    # The review page loads each document's removed blocks, with their rules, from a shard
    # (tests/batch/test_review_workbench.py shows them in a browser); its filter lists families.
    shard = (out / "review" / "docs" / "00000.js").read_text(encoding="utf-8")
    for rule in ("lead-in.xiaobian-lead-in", "document-site.file-fact", "document-site.download-this"):
        assert f'"rule":"{rule}"' in shard
    summary = (out / "review" / "summary.js").read_text(encoding="utf-8")
    assert '"family":["metadata","lead-in","document-site"]' in summary

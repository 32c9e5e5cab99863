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


# Each sample headed by the page's bare title (the title with its count is the page's own).
BARE_TITLE_PAGE = "\n".join([
    "植树节倡议书（精选3篇）",
    "倡议书是一种常见的文体。下面是小编整理的植树节倡议书，欢迎阅读。",
    "植树节倡议书", "亲爱的同学们：", "春天到了，让我们拿起铁锹，为校园添一片新绿，每个班级认领一棵小树。", "校团委",
    "植树节倡议书", "各位居民朋友：", "社区东侧的空地将建成小游园，欢迎大家周六上午带上家人一起来种树。", "某某社区",
    "植树节倡议书", "全体职工：", "工会将组织义务植树活动，请各部门报名参加，工具由后勤统一准备。", "公司工会",
])


def test_samples_headed_by_the_bare_title_are_each_written_as_a_document(tmp_path):
    source = tmp_path / "trees.txt"
    source.write_text(BARE_TITLE_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert run(["convert", str(source), "-o", str(out), "--to", "md", "--split-samples", "-q"]) == 0
    records = rows(out)
    assert [r.get("sample") for r in records] == [None, 1, 2, 3]
    assert records[0]["title"] == "植树节倡议书（精选3篇）"
    assert [r["title"] for r in records[1:]] == ["植树节倡议书"] * 3
    second = (out / "trees-sample-2.md").read_text(encoding="utf-8")
    assert "社区东侧的空地将建成小游园" in second and "校团委" not in second and "公司工会" not in second
    # No sample's marker was taken for the title repeated.
    assert "title.repeated-title" not in [r["rule"] for r in records[0]["removed"]]


# Bare markers ("篇1" alone on its line): each sample is named by its marker and its first line.
BARE_MARKER_PAGE = "\n".join([
    "读书心得范文（通用3篇）",
    "篇1",
    "读完《山路》这本书，我久久不能平静。书中的主人公每天翻山去上学，从不叫苦。",
    "我想，比起他，我们的条件好多了，更应该珍惜时间。",
    "篇2",
    "寒假里我读了一本关于星空和行星、彗星以及流星雨的科普书，知道了许多从前不懂的天文知识。",
    "原来每一颗星星都有自己的故事。",
    "篇3",
    "老师推荐我们读《小河》！",
    "读完后我决定每天写一篇观察日记。",
])


def test_a_bare_markers_sample_is_titled_by_its_marker_and_first_line(tmp_path):
    source = tmp_path / "reading.txt"
    source.write_text(BARE_MARKER_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert run(["convert", str(source), "-o", str(out), "--to", "md", "--split-samples", "-q"]) == 0
    records = rows(out)
    assert [r.get("sample") for r in records] == [None, 1, 2, 3]
    assert records[0]["title"] == "读书心得范文（通用3篇）"
    # The first line cut at its first sentence's end, and a long one to 30 characters.
    assert [r["title"] for r in records[1:]] == [
        "篇1：读完《山路》这本书，我久久不能平静",
        "篇2：寒假里我读了一本关于星空和行星、彗星以及流星雨的科普书，知道…",
        "篇3：老师推荐我们读《小河》",
    ]
    # The sample's own document carries the same title; its heading stays the marker.
    second = (out / "reading-sample-2.md").read_text(encoding="utf-8")
    assert "title: 篇2：寒假里我读了一本关于星空和行星、彗星以及流星雨的科普书，知道…" in second
    assert "# 篇2 {" in second

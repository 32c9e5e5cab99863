"""`reportfmt check`: chrome families on the raw seed, nothing on what convert wrote, the JSON
schema, GitHub annotations, heading problems, suspicious masks, --fail-on, the pre-commit hook."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from reportfmt.batch.runner import run_batch
from reportfmt.cli import run
from reportfmt.options import build_options
from seed import ROOT, SEED

SCHEMA = ROOT / "src" / "reportfmt" / "batch" / "check.schema.json"


def check_json(capsys, *args: str) -> tuple[int, dict]:
    code = run(["check", "--format", "json", *args])
    document = json.loads(capsys.readouterr().out)
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
    return code, document


def test_the_raw_seed_reports_its_chrome_by_family_and_what_convert_wrote_reports_nothing(tmp_path, capsys):
    code, before = check_json(capsys, str(SEED))
    assert code == 1 and before["failed"] is True
    seed = before["files"][0]
    # Read off the seed: its title and date lines, the 小编 lead-in, the repeated 2022 title,
    # and the 推荐访问 tail that goes as one: 推荐访问: itself, and under it the copyright line
    # and the Powered by / ICP line, each recorded as the footer it is.
    assert seed["chrome"] == {"metadata": 2, "lead-in": 1, "title": 1, "recommendations": 1, "footer": 2}
    chrome = [(f["rule"], f["line"]) for f in seed["findings"] if f["code"].startswith("chrome.")]
    assert chrome == [("metadata.title", 1), ("metadata.date", 3), ("lead-in.xiaobian-lead-in", 5),
                      ("title.repeated-title", 7), ("recommendations.recommended-reading", 82),
                      ("footer.copyright", 84), ("footer.copyright", 86)]
    assert seed["masks"]["count"] == 125 and seed["masks"]["suspicious"] == 0
    # The seed writes ASCII commas between Chinese characters: one finding for the file.
    punctuation = [f for f in seed["findings"] if f["code"] == "punctuation.mixed"]
    assert len(punctuation) == 1 and punctuation[0]["line"] == 9 and "','" in punctuation[0]["message"]

    out = tmp_path / "out"
    run_batch([SEED], out, ["md", "plain"], build_options(), jobs=1, progress="quiet", review=False)
    cleaned = sorted(str(p) for p in out.iterdir() if p.suffix in (".md", ".txt"))
    assert len(cleaned) == 2
    code, after = check_json(capsys, *cleaned)
    assert code == 0 and after["failed"] is False
    for file in after["files"]:
        assert file["findings"] == [] and file["chrome"] == {}
        assert file["masks"]["count"] == 125 and file["headings"] == 3


def test_github_annotations_name_file_and_line_and_escape_what_github_reads(tmp_path, capsys):
    page = tmp_path / "a,b.txt"
    body = "".join(f"第{n}项：我们完成了全年任务，成效明显。\n" for n in range(1, 7))
    page.write_text("2023年工作总结\n发布时间:2023-03-03\n" + body
                    + "收缴基金 万元，用于100%的项目。\n版权所有 某某范文网\n", encoding="utf-8")
    assert run(["check", "--format", "github", str(page)]) == 1
    lines = capsys.readouterr().out.splitlines()
    name = str(page).replace(",", "%2C")
    assert lines == [
        f"::error file={name},line=1,title=reportfmt chrome.metadata::"
        "metadata block left (metadata.title): 2023年工作总结",
        f"::error file={name},line=2,title=reportfmt chrome.metadata::"
        "metadata block left (metadata.date): 发布时间:2023-03-03",
        f"::error file={name},line=10,title=reportfmt chrome.footer::"
        "footer block left (footer.copyright): 版权所有 某某范文网",
        f"::warning file={name},line=9,title=reportfmt mask.suspicious::"
        "suspicious mask: text deleted without a placeholder: "
        "收缴基金 万元，用于100%25的项目",  # the mask with 12 characters of context each side
    ]


def test_heading_problems_a_skipped_number_a_skipped_level_and_a_heading_without_body(tmp_path, capsys):
    doc = tmp_path / "report.md"
    doc.write_text("---\ntitle: 工作总结\nlang: zh-Hans\n---\n\n# 一、总体情况\n\n今年完成了各项任务。\n\n"
                   "### （一）主要做法\n\n加强了组织领导。\n\n# 三、存在问题\n\n# 四、下一步打算\n\n继续努力。\n",
                   encoding="utf-8")
    code, result = check_json(capsys, str(doc))
    assert code == 1
    found = [(f["code"], f["text"], f["line"]) for f in result["files"][0]["findings"]]
    assert found == [
        ("heading.level-skipped", "（一）主要做法", 10),
        ("heading.gap", "三、存在问题", 14),
        ("heading.empty", "三、存在问题", 14),
    ]
    assert result["files"][0]["chrome"] == {}


def test_fail_on_picks_the_severity_that_fails_and_a_bad_file_does_not_stop_the_others(tmp_path, capsys):
    warned = tmp_path / "warned.md"
    warned.write_text("---\ntitle: 总结\nlang: zh-Hans\n---\n\n# 一、情况\n\n# 二、问题\n\n还要努力。\n",
                      encoding="utf-8")
    assert run(["check", "--fail-on", "error", str(warned)]) == 0
    assert run(["check", str(warned)]) == 1  # default: warning
    assert run(["check", "--fail-on", "never", str(warned)]) == 0
    capsys.readouterr()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, result = check_json(capsys, "--fail-on", "error", str(empty), str(warned))
    assert code == 1
    statuses = {Path(f["file"]).name: (f["status"], [x["code"] for x in f["findings"]]) for f in result["files"]}
    assert statuses == {"empty.txt": ("error", ["input"]), "warned.md": ("ok", ["heading.empty"])}
    assert "empty.txt" in result["files"][0]["error"]


def test_the_pre_commit_hook_runs_reportfmt_check_on_document_files(tmp_path):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "reportfmt-check")
    files = re.compile(hook["files"])
    assert [bool(files.search(n)) for n in ("a.txt", "b/c.md", "d.html", "e.htm", "f.py", "g.docx")] == [
        True, True, True, True, False, False]
    # pre-commit runs `entry` with the staged file names appended.
    entry = shutil.which(hook["entry"].split()[0]) or str(Path(sys.executable).parent / "reportfmt")
    clean_doc = tmp_path / "clean.md"
    clean_doc.write_text("---\ntitle: 总结\nlang: zh-Hans\n---\n\n# 一、情况\n\n今年完成了任务。\n", encoding="utf-8")
    dirty = tmp_path / "dirty.txt"
    body = "".join(f"第{n}项：我们完成了全年任务，成效明显。\n" for n in range(1, 6))
    dirty.write_text(body + "版权所有 某某范文网\n", encoding="utf-8")
    args = [entry, *hook["entry"].split()[1:]]
    assert subprocess.run([*args, str(clean_doc)], capture_output=True, check=False).returncode == 0
    proc = subprocess.run([*args, str(clean_doc), str(dirty)], capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and "chrome.footer" in proc.stdout

"""Fill-in: values replace masks, are marked Filled, and a mismatch fills nothing."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import panflute as pf
import pytest

from conftest import DATA, SEED
from helpers import texts
from outputs import docx_masked_text, docx_paragraphs
from reportfmt.cli import run
from reportfmt.errors import ReportfmtError
from reportfmt.options import Options
from reportfmt.passes.masks.fill import fill_masks
from reportfmt.pipeline import run_passes
from reportfmt.read.text import read_plain_text

VALUES = DATA / "seed.values.yaml"
SEED_MASKS = 125
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_filled_runs(path: Path) -> list[str]:
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return ["".join(t.text or "" for t in r.iter(f"{W}t")) for r in root.iter(f"{W}r")
            if (s := r.find(f"{W}rPr/{W}rStyle")) is not None and s.get(f"{W}val") == "Filled"]


def test_fill_round_trip_on_the_seed(tmp_path):
    out = tmp_path / "out"
    assert run(["convert", str(SEED), "-o", str(out), "--to", "docx,md", "--fill", str(VALUES)]) == 0
    record = json.loads((out / "manifest.jsonl").read_text())
    assert len(record["masks"]) == SEED_MASKS
    assert [m["value"] for m in record["masks"][:2]] == ["天河", "9"]
    assert record["masks"][0]["text"] == "****"
    docx = out / SEED.with_suffix(".docx").name
    body = "".join(t for _, t in docx_paragraphs(docx))
    assert "*" not in body  # every mask filled, none left half-done
    assert "天河科技园工业总产值连续9年实现两位数增长" in body
    assert len(docx_filled_runs(docx)) == SEED_MASKS
    assert docx_masked_text(docx) == ""
    md = (out / SEED.with_suffix(".md").name).read_text()
    assert md.count("{.filled") == SEED_MASKS


def test_mismatched_count_fails_cleanly_and_writes_nothing(tmp_path, capsys):
    values = tmp_path / "values.yaml"
    values.write_text(f"{SEED.name}:\n  - 1\n  - 2\n  - 3\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run(["convert", str(SEED), "-o", str(out), "--to", "docx", "--fill", str(values)]) == 1
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if "fillable" in x)
    assert SEED.name in line
    assert "3 values for 125 fillable masks; nothing filled" in line
    assert not (out / SEED.with_suffix(".docx").name).exists()


def test_documents_not_in_the_values_file_are_left_masked(tmp_path):
    values = tmp_path / "values.yaml"
    values.write_text("other.txt: [1]\n", encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / "seed.txt")
    assert run(["convert", str(inputs), "-o", str(tmp_path / "out"), "--to", "md", "--fill", str(values)]) == 0
    assert (tmp_path / "out" / "seed.md").read_text().count("{.masked") == SEED_MASKS


def test_missing_values_file_is_a_usage_error(tmp_path):
    assert run(["convert", str(SEED), "-o", str(tmp_path), "--fill", str(tmp_path / "nope.yaml")]) == 2


def small_doc(text: str):
    doc = read_plain_text("正文开始。\n" + text)
    report = run_passes(doc, Options())
    return doc, report


def filled_spans(doc):
    found = []
    doc.walk(lambda e, d: found.append(e) if isinstance(e, pf.Span) and "filled" in e.classes else None)
    return found


def test_snippets_fill_every_mask_they_match_longest_first():
    doc, report = small_doc("**区委要求**区连续*年增长，**村完成***亿元。")
    n = fill_masks(doc, report, Options(), {"**区": "天河", "**区委": "海珠", "连续*年": 5, "**村": "石牌",
                                            "***亿元": 12})
    assert n == 5
    assert texts(doc)[-1] == "海珠区委要求天河区连续5年增长，石牌村完成12亿元。"
    assert [s.attributes["custom-style"] for s in filled_spans(doc)] == ["Filled"] * 5
    assert [s.attributes["mask"] for s in filled_spans(doc)] == ["**", "**", "*", "**", "***"]


@pytest.mark.parametrize(
    ("entry", "cause"),
    [
        ({"**区": "天河"}, "matches no snippet"),  # the 万元 mask has no value
        ({"**区": "天河", "***万元": 3, "**镇": "x"}, "'**镇' matches no mask"),
        (["天河"], "1 values for 2 fillable masks"),
    ],
)
def test_bad_values_raise_and_fill_nothing(entry, cause):
    doc, report = small_doc("**区完成***万元。")
    before = texts(doc)
    with pytest.raises(ReportfmtError, match=re.escape(cause)):
        fill_masks(doc, report, Options(), entry)
    assert texts(doc) == before
    assert filled_spans(doc) == []


def test_sensitive_words_and_gaps_are_not_filled_bracket_values_keep_brackets():
    doc, report = small_doc("加强X建工作，X政发〔〕32号，收缴基金 万元，***人参加。")
    fill_masks(doc, report, Options(), ["2023", "15"])
    assert texts(doc)[-1] == "加强X建工作，X政发〔2023〕32号，收缴基金 万元，15人参加。"

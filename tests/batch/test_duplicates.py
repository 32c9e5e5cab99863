"""Duplicates in a batch: exact and near copies marked `duplicate_of` in input order,
--skip-duplicates converts one copy of each group."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportfmt.batch.duplicates import DuplicateIndex
from reportfmt.cli import run

SECTIONS = [
    "一、基本情况",
    "今年街道共新建便民服务点十二个，为居民办理各类事项三千余件，群众满意度明显提高。",
    "街道还组织志愿者开展上门走访，帮助独居老人解决了用水用电等实际困难。",
    "二、主要做法",
    "我们把每月第一个周六定为服务日，机关干部下沉到小区，现场听取意见建议。",
    "针对停车难的问题，协调辖区单位错时开放车位四百余个，缓解了晚间停车压力。",
    "三、下一步打算",
    "明年将继续完善服务点布局，推动更多事项就近可办，让居民少跑腿。",
]
OTHER = [
    "一、基本情况",
    "今年学校新建实验室两间，购置教学设备一百余台，学生动手实践的机会明显增多。",
    "学校还邀请家长走进课堂，参与评课议课，家校沟通更加顺畅。",
    "二、主要做法",
    "我们把每周三下午定为教研时间，老师们围绕课堂教学开展集体备课。",
    "三、下一步打算",
    "明年将继续推进课堂改革，提高作业设计质量，减轻学生课业负担。",
]


def page(lines: list[str], site: str, date: str) -> bytes:
    head = ["2023年街道工作总结", f"发布时间：{date}", "下面是小编为大家整理的2023年街道工作总结，供大家参考。"]
    tail = ["推荐访问：", f"版权所有：{site}"]
    return ("\n".join(head + lines + tail) + "\n").encode("utf-8")


def test_the_index_tells_exact_and_near_copies_from_a_report_on_the_same_skeleton():
    index = DuplicateIndex(0.7)
    text = "\n".join(SECTIONS)
    assert index.add("a", text) is None
    # Spacing, punctuation and widths do not make a different text.
    exact = index.add("b", text.replace("，", ",").replace("。", "。 "))
    assert (exact.source, exact.similarity, exact.exact, exact.group) == ("a", 1.0, True, "a")
    added = "\n".join([*SECTIONS[:3], "此外，街道还新开了一处老年食堂，每天供应午餐两百余份。", *SECTIONS[3:]])
    near = index.add("c", added)
    assert (near.source, near.exact, near.group) == ("a", False, "a") and 0.7 <= near.similarity < 1.0
    assert index.add("d", "\n".join(OTHER)) is None  # same headings and frames: another report
    # An exact copy of a near copy points at it, and belongs to the first copy's group.
    again = index.add("e", added)
    assert (again.source, again.exact, again.group) == ("c", True, "a")


def test_the_workers_fingerprints_find_the_same_copies_as_the_texts():
    """The parent handed the worker's text_fingerprint (digest and shingle hashes) decides
    exactly as from the text itself: same sources, similarities, groups."""
    from reportfmt.batch.duplicates import text_fingerprint

    added = "\n".join([*SECTIONS[:3], "此外，街道还新开了一处老年食堂，每天供应午餐两百余份。", *SECTIONS[3:]])
    texts = {"a": "\n".join(SECTIONS), "b": "\n".join(SECTIONS).replace("，", ","), "c": added,
             "d": "\n".join(OTHER), "e": "短文一篇", "f": "短文一篇。", "g": "，。"}
    from_text, from_prints = DuplicateIndex(0.7), DuplicateIndex(0.7)
    for source, text in texts.items():
        fingerprint = text_fingerprint(text)
        # Given a fingerprint, the index never reads the text: a wrong one here changes nothing.
        assert from_prints.add(source, "不读这段文字", fingerprint) == from_text.add(source, text)
    assert text_fingerprint("短文一篇").near is None and text_fingerprint("，。") == text_fingerprint("")
    assert from_text.add("h", added).similarity == 1.0 and from_prints.add("h", "", text_fingerprint(added)).exact


def test_a_batch_worker_sends_the_kept_texts_fingerprint():
    from reportfmt.batch.duplicates import text_fingerprint
    from reportfmt.batch.executor import run_job_in_worker
    from reportfmt.batch.job import Job
    from reportfmt.options import build_options

    data = page(SECTIONS, "甲范文网", "2023-03-01")
    result = run_job_in_worker(Job("1.txt", "1.txt", data, ("plain",), build_options({})))
    assert result.record["status"] == "ok" and "街道还组织志愿者" in result.record["kept_text"]
    assert result.fingerprint == text_fingerprint(result.record["kept_text"])
    assert result.fingerprint.near is not None
    off = build_options({"duplicates": {"enabled": False}})
    assert run_job_in_worker(Job("1.txt", "1.txt", data, ("plain",), off)).fingerprint is None


def test_a_threshold_outside_zero_to_one_is_refused(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(page(SECTIONS, "甲网", "2023-01-01"))
    assert run(["convert", str(tmp_path), "-o", str(tmp_path / "out"), "-M", "duplicates.threshold=1.5"]) == 2
    assert "duplicates.threshold" in capsys.readouterr().err


@pytest.fixture
def pages(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1.txt").write_bytes(page(SECTIONS, "甲范文网", "2023-03-01"))
    (folder / "2.txt").write_bytes(page(SECTIONS, "乙文库", "2023-04-11"))  # other chrome: exact
    (folder / "3.txt").write_bytes(page(SECTIONS[:-2] + SECTIONS[-1:], "丙秘书网", "2023-05-02"))  # one removed
    (folder / "4.txt").write_bytes(page(OTHER, "甲范文网", "2023-03-05"))
    return folder


def records(out: Path) -> dict[str, dict]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return {Path(r["source"]).name: r for r in map(json.loads, lines)}


def test_the_manifest_marks_copies_of_earlier_inputs(pages, tmp_path):
    out = tmp_path / "out"
    assert run(["convert", str(pages), "-o", str(out), "--to", "plain", "-q", "-j", "2"]) == 0
    found = records(out)
    first = str(pages / "1.txt")
    assert found["1.txt"]["duplicate_of"] is None and found["4.txt"]["duplicate_of"] is None
    assert found["2.txt"]["duplicate_of"] == {"source": first, "similarity": 1.0, "exact": True, "group": first}
    near = found["3.txt"]["duplicate_of"]
    assert (near["source"], near["exact"], near["group"]) == (first, False, first)
    assert 0.7 <= near["similarity"] < 1.0
    assert sorted(p.name for p in out.glob("*.txt")) == ["1.txt", "2.txt", "3.txt", "4.txt"]


def test_skip_duplicates_converts_one_copy_and_records_the_others(pages, tmp_path, capsys):
    out = tmp_path / "out"
    assert run(["convert", str(pages), "-o", str(out), "--to", "plain", "--skip-duplicates", "-j", "2"]) == 0
    assert "2 inputs duplicate earlier ones" in capsys.readouterr().err
    assert sorted(p.name for p in out.glob("*.txt")) == ["1.txt", "4.txt"]
    found = records(out)
    assert [found[n]["status"] for n in ("1.txt", "2.txt", "3.txt", "4.txt")] == ["ok", "skipped", "skipped", "ok"]
    assert found["2.txt"]["duplicate_of"]["exact"] is True and found["2.txt"]["outputs"] == {}
    assert "duplicate of" in found["3.txt"]["error"] and found["3.txt"]["duplicate_of"]["exact"] is False


@pytest.mark.parametrize("length", [60, 5_000, 9_000])
def test_the_signature_is_the_one_datasketch_computes(length):
    """The MinHash's values, computed in blocks by affine32_minima, are those of datasketch's
    own update_batch over the same shingles (so similarities and groups stay the same)."""
    import random

    from datasketch import MinHash

    from reportfmt.batch.duplicates import NUM_PERM, fold, shingle_hashes, text_fingerprint

    rng = random.Random(length)
    folded = fold("".join(chr(rng.randint(0x4E00, 0x4E00 + 2000)) for _ in range(length)))
    theirs = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int)
    theirs.update_batch(shingle_hashes(folded))
    ours = DuplicateIndex()._minhash(text_fingerprint(folded).near)
    assert ours.hashvalues.dtype == theirs.hashvalues.dtype
    assert ours.hashvalues.tolist() == theirs.hashvalues.tolist()


def test_the_index_loads_datasketch_only_when_a_document_needs_it():
    # Importing datasketch (numpy, scipy.integrate) costs the batch's parent ~0.8 s of CPU;
    # made with the index, it came before any worker had a page.
    import subprocess
    import sys

    code = ("import sys; from reportfmt.batch.duplicates import DuplicateIndex; index = DuplicateIndex(); "
            "print('datasketch' in sys.modules); index.add('a.txt', '第一段正文内容' * 20); "
            "print('datasketch' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert shown == ["False", "True"]


def test_shingle_hashes_are_one_crc32_per_distinct_five_character_shingle():
    """Each distinct 5-character shingle hashed once (CRC-32 of its UTF-32-LE bytes), repeats
    once; a text of five characters or fewer is one shingle; characters outside the BMP and
    ASCII are one character each."""
    import zlib

    from reportfmt.batch.duplicates import shingle_hashes

    def crc(text: str) -> int:
        return zlib.crc32(text.encode("utf-32-le"))

    # "哈哈哈哈哈哈哈": seven characters, three shingles, all the same one.
    assert shingle_hashes("哈哈哈哈哈哈哈") == [crc("哈哈哈哈哈")]
    assert shingle_hashes("一二三") == [crc("一二三")]
    assert shingle_hashes("一二三四五") == [crc("一二三四五")]
    assert sorted(shingle_hashes("一二三四五六")) == sorted([crc("一二三四五"), crc("二三四五六")])
    mixed = "a𠀀b2c𠀁"  # two supplementary-plane characters: six characters, two shingles
    assert sorted(shingle_hashes(mixed)) == sorted([crc("a𠀀b2c"), crc("𠀀b2c𠀁")])
    # One shingle per character position (ten characters, six shingles), not per byte.
    assert len(shingle_hashes("甲乙丙丁戊己庚辛壬癸")) == 6


def test_the_fingerprint_is_the_same_in_every_process():
    """The batch's workers each fingerprint their own pages and the parent compares them, so
    a fingerprint may not depend on the process (its string-hash seed): the same values, in
    the same order."""
    import os
    import subprocess
    import sys

    code = ("from reportfmt.batch.duplicates import text_fingerprint; import sys; "
            "sys.stdout.write(text_fingerprint(sys.argv[1]).near.hex())")
    text = "\n".join(SECTIONS)
    seen = {subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(seen) == 1 and len(next(iter(seen))) > 100


def test_fold_removes_first_and_widens_only_the_full_width_letters_and_digits_left():
    from reportfmt.batch import duplicates

    # Every full-width form is removed exactly when its ASCII form is: removing first and
    # width-folding after (fold's order) gives what folding first gives.
    for code, ascii in duplicates._WIDTH.items():
        assert bool(duplicates._NOT_TEXT.fullmatch(chr(code))) == bool(duplicates._NOT_TEXT.fullmatch(chr(ascii)))

    def reference(text: str) -> str:
        return duplicates._NOT_TEXT.sub("", text.translate(duplicates._WIDTH)).lower()

    def wide(text: str) -> str:  # ASCII letters, digits and marks in their full-width forms
        return text.translate({code: code + 0xFEE0 for code in range(0x21, 0x7F)})

    for text in (f"第一季度营业收入，同比增长{wide('12%')}（见附表{wide('A')}）。",
                 f"\u3000全角空格\u3000和{wide('_')}下划线_",
                 f"{wide('Report')} {wide('2026')}：{wide('Q3')}", "没有全角字母的一行，只有标点：“引号”、顿号。", "",
                 "，。：", "\u0391\u03a3 \u0392\u03a3", f"{wide('ABC')}\nabc\t{wide('D')}"):
        assert duplicates.fold(text) == reference(text)
    assert duplicates.fold(f"第一季度，收入{wide('12%')}（{wide('A')}）") == "第一季度收入12a"

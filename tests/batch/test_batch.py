"""The batch: archives (GBK names, zip slip, links, bombs, nesting), resume, lock, isolation."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

from reportfmt.batch.job import Job, process_bytes, run_job
from reportfmt.batch.manifest import OutdirLock
from reportfmt.batch.runner import run_batch
from reportfmt.cli import run
from reportfmt.options import build_options
from reportfmt.resources import style_file
from reportfmt.write import pandoc
from reportfmt.write.pandoc import read_with_pandoc, run_pandoc
from reportfmt.write.render import doc_to_json, render

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "000_3b3a078ac755e827.txt").read_bytes()
PAGE = "发布时间:2023-03-03\n一、加强组织建设\n全年完成投资***亿元。\n推荐访问:\n".encode()


def manifest(out: Path) -> dict[str, dict]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["source"]: r for r in map(json.loads, lines)}


class GbkZipInfo(zipfile.ZipInfo):
    """Writes its name in CP936 without the UTF-8 flag, as Windows Chinese tools do."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def gbk_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(GbkZipInfo(name), data)
    raw = path.read_bytes()
    assert "工作总结".encode("gbk") in raw and "工作总结".encode() not in raw


def test_zip_with_gbk_names_mirrors_paths(tmp_path):
    archive = tmp_path / "报告.zip"
    gbk_zip(archive, {"二〇二三/工作总结.txt": PAGE, "说明.pdf": b"%PDF-1.4"})
    out = tmp_path / "out"
    assert run([ "convert", str(archive), "-o", str(out), "--to", "plain", "-q"]) == 0
    written = out / "报告" / "二〇二三" / "工作总结.txt"
    assert written.read_text(encoding="utf-8").splitlines()[0] == "一、加强组织建设"
    assert list(manifest(out)) == [f"{archive}!二〇二三/工作总结.txt"]


def test_zip_slip_and_links_never_leave_outdir(tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../escaped.txt", PAGE)
        zf.writestr("/abs/escaped2.txt", PAGE)
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (0o120777 << 16)
        zf.writestr(link, "/etc/passwd")
        zf.writestr("ok.txt", PAGE)
    tar = tmp_path / "evil.tar.gz"
    with tarfile.open(tar, "w:gz") as tf:
        sym = tarfile.TarInfo("sym.txt")
        sym.type, sym.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(sym)
        hard = tarfile.TarInfo("hard.txt")
        hard.type, hard.linkname = tarfile.LNKTYPE, "/etc/passwd"
        tf.addfile(hard)
        info = tarfile.TarInfo("../up.txt")
        info.size = len(PAGE)
        tf.addfile(info, io.BytesIO(PAGE))
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "outside.txt").symlink_to("/etc/hostname")
    (folder / "real.txt").write_bytes(PAGE)
    out = tmp_path / "deep" / "out"
    code = run(["convert", str(archive), str(tar), str(folder), "-o", str(out), "--to", "plain", "-q"])
    assert code == 0  # refused members are skipped with a reason, not failures
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.txt")
                   if p.is_file() and not p.is_symlink() and "out" in p.parts)
    assert files == ["deep/out/evil/ok.txt", "deep/out/real.txt"]
    records = manifest(out)
    reasons = {Path(k.split("!")[-1]).name: r["error"] for k, r in records.items() if r["status"] == "skipped"}
    assert set(reasons) == {"escaped.txt", "escaped2.txt", "link.txt", "sym.txt", "hard.txt", "up.txt",
                            "outside.txt"}
    assert "unsafe path" in reasons["escaped.txt"] and "link" in reasons["sym.txt"]


@pytest.mark.parametrize("limit, kind, method", [
    ("archive_max_members=3", "more than 3 members", zipfile.ZIP_STORED),
    ("archive_max_bytes=100000", "more than 100000 bytes", zipfile.ZIP_STORED),
    ("archive_max_depth=2", "expands 1021x (archive_max_ratio 200)", zipfile.ZIP_DEFLATED),
])
def test_zip_bomb_stops_at_the_limit_with_a_clear_error(tmp_path, limit, kind, method):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", method) as zf:
        for i in range(5):
            zf.writestr(f"p{i}.txt", b"\xe5\x95\x8a" * 700_000)  # 2.1 MB of one character
    good = tmp_path / "good.txt"
    good.write_bytes(PAGE)
    out = tmp_path / "out"
    assert run(["convert", str(bomb), str(good), "-o", str(out), "--to", "plain", "-q", "-M", limit]) == 1
    records = manifest(out)
    assert records[str(bomb)]["status"] == "error"
    assert "archive refused" in records[str(bomb)]["error"] and kind in records[str(bomb)]["error"]
    assert records[str(good)]["status"] == "ok"
    assert not (out / "bomb").exists()


def test_nested_archives_use_the_same_limits(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("inner.txt", PAGE)
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.writestr("sub/nested.zip", inner.getvalue())
    out = tmp_path / "out"
    assert run(["convert", str(outer), "-o", str(out), "--to", "plain", "-q"]) == 0
    assert (out / "outer" / "sub" / "nested" / "inner.txt").is_file()
    out2 = tmp_path / "out2"
    assert run(["convert", str(outer), "-o", str(out2), "--to", "plain", "-q",
                "-M", "archive_max_depth=0"]) == 1
    assert "nested deeper" in manifest(out2)[str(outer)]["error"]


def test_rerun_skips_unchanged_inputs_and_force_redoes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(PAGE)
    (src / "b.txt").write_bytes(SEED)
    out = tmp_path / "out"
    opts = build_options()
    first = run_batch([src], out, ["plain"], opts, jobs=1, progress="quiet")
    assert (first.converted, first.reused) == (2, 0)
    before = (out / "manifest.jsonl").read_bytes()
    second = run_batch([src], out, ["plain"], opts, jobs=1, progress="quiet")
    assert (second.converted, second.reused) == (0, 2)
    assert (out / "manifest.jsonl").read_bytes() == before
    (src / "a.txt").write_bytes(PAGE + "二、完善制度\n".encode())
    (out / "b.txt").unlink()
    third = run_batch([src], out, ["plain"], opts, jobs=1, progress="quiet")
    assert (third.converted, third.reused) == (2, 0)  # a changed, b's output missing
    other = run_batch([src], out, ["plain"], build_options({"masks.style": "box"}), jobs=1, progress="quiet")
    assert other.converted == 2  # options changed
    forced = run_batch([src], out, ["plain"], build_options({"masks.style": "box"}), jobs=1,
                       progress="quiet", force=True)
    assert (forced.converted, forced.reused) == (2, 0)


def test_second_run_into_the_same_outdir_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    (tmp_path / "a.txt").write_bytes(PAGE)
    lock = OutdirLock(out)
    try:
        assert run(["convert", str(tmp_path / "a.txt"), "-o", str(out), "-q"]) == 1
        assert "another reportfmt run" in capsys.readouterr().err
    finally:
        lock.release()
    assert run(["convert", str(tmp_path / "a.txt"), "-o", str(out), "-q", "--to", "plain"]) == 0


def test_hanging_job_is_killed_alone_and_the_run_goes_on(tmp_path):
    # A real pandoc hang: the markdown reader on 400,000 nested blockquote markers runs for
    # minutes (over 60 s measured), far past the timeout given here. The timeout is 10 s, not
    # 2: the ok page's job is its worker's first (imports, pandoc's session) and took over 2 s
    # on a 2-core machine at load 10 (round 35, failing 4 runs in 5).
    (tmp_path / "hang.md").write_bytes(b"> " * 400_000 + b"x\n")
    (tmp_path / "ok.txt").write_bytes(PAGE)
    out = tmp_path / "out"
    summary = run_batch([tmp_path / "hang.md", tmp_path / "ok.txt"], out, ["plain"],
                        build_options({"timeout": 10}), jobs=2, progress="quiet")
    records = manifest(out)
    assert records[str(tmp_path / "ok.txt")]["status"] == "ok"
    assert "timed out" in records[str(tmp_path / "hang.md")]["error"]
    assert len(summary.failed) == 1
    assert not list(out.glob("hang*")) and not list(out.glob(".*.part"))


def test_a_worker_has_its_next_job_before_the_parent_handles_a_result():
    # The parent's share of a page (outputs written, manifest, duplicate index) must not keep
    # the worker idle: with one worker, input n+1 is read while job n runs and given to the
    # worker before result n is handed on (before: read 0, handled 0, read 1, handled 1...).
    from reportfmt.batch.executor import LocalExecutor

    options = build_options()
    events: list[str] = []

    def jobs():
        for index in range(3):
            events.append(f"read {index}")
            yield index, Job(f"{index}.txt", f"{index}.txt", PAGE, ("plain",), options)

    for index, result in LocalExecutor(1, timeout=60).run(jobs()):
        assert result.record["status"] == "ok"
        events.append(f"handled {index}")
    assert events == ["read 0", "read 1", "handled 0", "read 2", "handled 1", "handled 2"]


def test_outputs_of_one_input_appear_all_or_none(tmp_path, monkeypatch):
    from reportfmt.batch import job as job_module

    def broken_render(doc, fmt, options):
        if fmt == "md":
            raise job_module.ReportfmtError("pandoc failed: simulated writer failure")
        return render(doc, fmt, options)

    monkeypatch.setattr(job_module, "render", broken_render)
    result = run_job(Job("a.txt", "a.txt", PAGE, ("plain", "md"), build_options()))
    assert result.record["status"] == "error" and result.outputs == {}


def test_pandoc_session_output_equals_one_off_pandoc():
    doc = process_bytes(SEED, "seed.txt", build_options()).doc
    opts = build_options()
    one_off = {fmt: render(doc, fmt, opts) for fmt in ("md", "plain", "html", "docx")}
    pandoc.enable()
    try:
        pooled = {fmt: render(doc, fmt, opts) for fmt in ("md", "plain", "html", "docx")}
    finally:
        pandoc.disable()
    assert pooled == one_off


def test_pandoc_session_takes_template_variables_like_one_off_pandoc():
    """The PDF route passes the document's date as -V pdf-date=…: the session must take it
    (it used to fall back to a fresh pandoc per page) and write the same typst."""
    args = ["-f", "json", "-t", "typst", "--template", str(style_file("reportfmt.typst")),
            "-V", "pdf-date=datetime(year: 2023, month: 3, day: 3)"]
    assert pandoc.translate(args)["opts"]["variables"] == {
        "pdf-date": "datetime(year: 2023, month: 3, day: 3)"}
    data = doc_to_json(process_bytes(SEED, "seed.txt", build_options()).doc).encode("utf-8")
    one_off = run_pandoc(args, data)
    pandoc.enable()
    try:
        pooled = run_pandoc(args, data)
    finally:
        pandoc.disable()
    assert pooled == one_off
    assert b"datetime(year: 2023, month: 3, day: 3)" in pooled


def test_pandoc_session_defuses_pictures_and_skips_the_walk_only_without_them():
    """pandoc_server.lua walks a document for its images only when the JSON names one."""
    with_picture = read_with_pandoc('<p>示意图<img src="https://img.example.cn/a.png" alt="远程图"></p>', "html")
    without = read_with_pandoc("<p>一段没有图片的文字</p>", "html")
    pandoc.enable()
    try:
        html_with = run_pandoc(["-f", "json", "-t", "html5", "-o", "-"], doc_to_json(with_picture).encode())
        html_without = run_pandoc(["-f", "json", "-t", "html5", "-o", "-"], doc_to_json(without).encode())
    finally:
        pandoc.disable()
    assert b"<img" not in html_with and b'class="image-removed"' in html_with and "远程图".encode() in html_with
    one_off = run_pandoc(["-f", "json", "-t", "html5", "-o", "-"], doc_to_json(without).encode())
    assert html_without.decode() == one_off.decode().rstrip("\n") == "<p>一段没有图片的文字</p>"


@pytest.mark.parametrize(("user_rts", "expected"), [(None, "-F4"), ("-H32m", "-H32m")])
def test_pandoc_session_runs_with_its_gc_setting_unless_the_user_set_one(monkeypatch, user_rts, expected):
    """The long-lived session collects its old generation at 4x growth (GHCRTS=-F4: a
    50,000-row table's DOCX writer about a quarter cheaper); a user's own GHCRTS is kept,
    and the session still answers either way."""
    if not Path("/proc/self/environ").is_file():
        pytest.skip("reads the session's environment from /proc (Linux)")
    if user_rts is None:
        monkeypatch.delenv("GHCRTS", raising=False)
    else:
        monkeypatch.setenv("GHCRTS", user_rts)
    session = pandoc.enable()
    try:
        html = run_pandoc(["-f", "json", "-t", "html5", "-o", "-"],
                          doc_to_json(read_with_pandoc("<p>会话</p>", "html")).encode())
        environ = Path(f"/proc/{session.proc.pid}/environ").read_bytes().split(b"\0")
    finally:
        pandoc.disable()
    assert html.decode().strip() == "<p>会话</p>"
    assert f"GHCRTS={expected}".encode() in environ


def test_a_worker_is_replaced_by_a_fresh_one_after_its_share_of_jobs(monkeypatch):
    # What a long-lived worker holds creeps up with the pages it has seen (RECYCLE_AFTER): after
    # `recycle_after` jobs it ends and a new one takes its place; every job still gets its result.
    from reportfmt.batch import executor as executor_module

    started = []
    real_worker = executor_module._Worker

    def counting(ctx):
        worker = real_worker(ctx)
        started.append(worker.proc.pid)
        return worker

    monkeypatch.setattr(executor_module, "_Worker", counting)
    options = build_options()
    jobs = ((index, Job(f"{index}.txt", f"{index}.txt", PAGE, ("plain",), options)) for index in range(5))
    results = dict(executor_module.LocalExecutor(1, timeout=60, recycle_after=2).run(jobs))
    assert sorted(results) == [0, 1, 2, 3, 4]
    assert all(result.record["status"] == "ok" for result in results.values())
    assert len(started) == 3 and len(set(started)) == 3  # jobs 0-1, 2-3, 4: three processes


def test_the_site_chrome_pass_and_the_conversion_share_one_pool_of_workers(monkeypatch, tmp_path):
    # Three different pages of one folder: the site-chrome pass cleans them once to learn its
    # lines, then the conversion runs. Both passes are served by the same worker (each worker's
    # start-up, its imports and pandoc session, is paid once), which ends with the run.
    from reportfmt.batch import executor as executor_module

    started: list = []
    real_worker = executor_module._Worker

    def counting(ctx):
        worker = real_worker(ctx)
        started.append(worker)
        return worker

    monkeypatch.setattr(executor_module, "_Worker", counting)
    for number in range(3):
        (tmp_path / f"{number}.txt").write_bytes(PAGE + f"第{number}篇的正文在这里。\n".encode())
    out = tmp_path / "out"
    summary = run_batch(sorted(tmp_path.glob("*.txt")), out, ["plain"], build_options(), jobs=1, progress="quiet")
    assert summary.converted == 3 and not summary.failed
    assert len(started) == 1  # before: one for the site-chrome pass, another for the conversion
    assert started[0].jobs_done == 6  # each page cleaned to learn from, then converted
    assert not started[0].proc.is_alive()


def test_workers_store_their_compiled_patterns_for_the_next_workers(monkeypatch, tmp_path):
    # A worker seeds re from its own file of compiled patterns (batch/worker_start.py) and stores
    # those it compiled anew; the next run's workers get the same outputs from the stored ones.
    from reportfmt import resources
    from reportfmt.batch.executor import LocalExecutor

    monkeypatch.setenv(resources.CACHE_ENV, str(tmp_path))
    options = build_options()

    def outputs() -> list[bytes]:
        jobs = ((index, Job(f"{index}.txt", f"{index}.txt", PAGE, ("md",), options)) for index in range(2))
        return [result.outputs["md"] for _, result in sorted(LocalExecutor(1, timeout=60).run(jobs))]

    first = outputs()
    (stored,) = tmp_path.glob("regex-*.marshal")
    assert stored.name.startswith("regex-worker-")  # not the file each `pandoc --filter` call reads
    assert len(resources.read_mapping(stored.name)) > 100
    assert outputs() == first and "加强组织建设".encode() in first[0]

"""A corpus of hostile and broken inputs, made on the spot, and a summary of a run over it.

`make hostile` prints the summary; tests/batch/test_hostile.py asserts it. Nothing here is a
checked-in binary: every file is generated.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

PAGE = "2023年工作总结\n发布时间:2023-03-03\n一、总体情况\n**区完成投资***亿元，增长*.*倍。\n"
# Asterisks in the mask-bearing inputs below that must survive into the plain output.
SCRIPTED = (
    '<html><head><title>测试页面</title><script>alert("x")</script></head><body>'
    '<p onclick="steal()">正文**区<img src="http://evil.invalid/a.png" onerror="steal()">。</p>'
    '<iframe src="http://evil.invalid/frame"></iframe><a href="javascript:steal()">链接</a>'
    '<p style="background:url(http://evil.invalid/b.png)">第二段***万元。</p>'
    "<object data='http://evil.invalid/x.swf'></object></body></html>"
)
FORBIDDEN_IN_OUTPUT = ("<script", "onclick", "onerror", "javascript:", "<iframe", "evil.invalid", "<object")


def build(root: Path) -> Path:
    """Write the hostile inputs under root/in and return that folder."""
    inputs = root / "in"
    inputs.mkdir(parents=True)
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n",
        "png-named-txt.txt": b"\x89PNG\r\n\x1a\n" + os.urandom(4096),
        "random.txt": os.urandom(8192),
        "truncated-utf8.txt": PAGE.encode("utf-8")[:-2],
        "truncated-gbk.txt": PAGE.encode("gb18030")[:-1],
        "mixed-encodings.txt": PAGE.encode("utf-8") + "第二部分**镇。\n".encode("gb18030"),
        "nul-bytes.txt": PAGE.encode("utf-8").replace("。".encode(), "。\x00".encode()),
        "big5.txt": "工作總結\n**區完成。\n".encode("big5"),
        "utf16.txt": PAGE.encode("utf-16"),
        # 3.6 MB on one line, with a mask every 1,000 phrases.
        "long-line.txt": ("".join("很长的一行文字，" * 999 + "共**字，" for _ in range(400))).encode("utf-8"),
        "nested-10000.html": ("<html><body>" + "<div>" * 10_000 + "<p>深层正文**区。</p>"
                              + "</div>" * 10_000 + "</body></html>").encode(),
        "malformed.html": b"<html><body><p>\xe6\x9c\xaa\xe9\x97\xad\xe5\x90\x88<table><tr><td>a<p><b><i>x</body>",
        "scripted.html": SCRIPTED.encode("utf-8"),
        "table-50000.html": ("<html><body><p>一、表格</p><table>"
                             + "".join(f"<tr><td>第{i}行</td><td>{i}</td></tr>" for i in range(50_000))
                             + "</table></body></html>").encode(),
    }
    for name, data in files.items():
        (inputs / name).write_bytes(data)
    with open(inputs / "huge-100mb.txt", "wb") as handle:  # over the input size limit
        line = ("正文内容" * 25 + "\n").encode("utf-8")
        handle.write(line * (100 * 1024**2 // len(line) + 1))
    slip = io.BytesIO()
    with zipfile.ZipFile(slip, "w") as zf:
        zf.writestr("../../../escaped.txt", PAGE)
        zf.writestr("/tmp/absolute-escaped.txt", PAGE)
        zf.writestr("fine.txt", PAGE)
    (inputs / "slip.zip").write_bytes(slip.getvalue())
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"\xe5\x95\x8a" * 5_000_000)
    (inputs / "bomb.zip").write_bytes(bomb.getvalue())
    (inputs / "link-out.txt").symlink_to("/etc/hostname")
    return inputs


def run(root: Path, *, timeout: int = 40) -> tuple[Path, subprocess.CompletedProcess]:
    """Convert root/in into root/run/out with the real CLI."""
    out = root / "run" / "out"
    cli = str(Path(sys.executable).with_name("reportfmt"))
    proc = subprocess.run(
        [cli, "convert", str(root / "in"), "-o", str(out), "--to", "docx,epub,html,plain", "-q",
         "-M", f"timeout={timeout}"],
        capture_output=True, text=True, timeout=900,
    )
    return out, proc


def summarise(root: Path, out: Path, proc: subprocess.CompletedProcess) -> dict:
    records = [json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()]
    tried = len(records)
    crashes = int(proc.returncode not in (0, 1)) + proc.stderr.count("Traceback")
    outside = [p for p in root.rglob("*") if "escaped" in p.name]
    outside += [p for p in (root / "run").iterdir() if p.name != "out"]
    half_written = [p for p in out.rglob("*") if p.name.endswith(".part") or (p.is_file() and p.stat().st_size == 0)]
    masks_lost = 0
    for record in records:
        source = Path(record["source"])
        if record["status"] != "ok" or source.suffix != ".txt" or not source.exists():
            continue
        text = Path(record["outputs"]["plain"]).read_text("utf-8")
        removed = "".join(r["text"] for r in record["removed"])
        original = source.read_bytes().decode("utf-8", "ignore") if "utf" in source.name else None
        expected = original.count("*") if original is not None else None
        if expected is not None:
            masks_lost += max(0, expected - text.count("*") - removed.count("*"))
    leaked = [
        str(p) for p in out.rglob("scripted.*") if p.suffix in (".html", ".txt")
        and any(bad in p.read_text("utf-8") for bad in FORBIDDEN_IN_OUTPUT)
    ]
    errors_multi_line = [r["source"] for r in records if r.get("error") and "\n" in r["error"]]
    return {
        "inputs tried": tried,
        "ok": sum(r["status"] == "ok" for r in records),
        "failed with a one-line error": sum(r["status"] == "error" for r in records),
        "skipped (unsafe)": sum(r["status"] == "skipped" for r in records),
        "crashes": crashes,
        "files written outside OUTDIR": len(outside),
        "masked characters lost": masks_lost,
        "outputs left half-written": len(half_written),
        "active content leaked": len(leaked),
        "multi-line errors": len(errors_multi_line),
        "exit code": proc.returncode,
    }


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="reportfmt-hostile-") as tmp:
        root = Path(tmp)
        build(root)
        out, proc = run(root)
        for key, value in summarise(root, out, proc).items():
            print(f"{key:32} {value}")

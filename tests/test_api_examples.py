"""The README's Makefile and pypandoc examples, run for real."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from outputs import docx_paragraphs

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGE = ("<html><head><title>2023年社区工作总结_某某范文网</title></head><body>"
        "<p>发布时间:2023-03-03</p><p>一、加强组织建设</p><p>全年完成投资***亿元。</p>"
        "<p>推荐访问:</p><p>版权所有 某某范文网</p></body></html>")


def readme_block(lang: str, marker: str) -> str:
    blocks = re.findall(rf"```{lang}\n(.*?)```", README, re.S)
    return next(b for b in blocks if marker in b)


def bin_env(tmp_path: Path) -> dict:
    from reportfmt.write.pandoc import pandoc_path

    bindir = tmp_path / "bin"
    bindir.mkdir()
    os.symlink(pandoc_path(), bindir / "pandoc")
    return {**os.environ, "PATH": f"{bindir}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}


def body_of(docx: Path) -> tuple[list[str], str]:
    paragraphs = docx_paragraphs(docx)
    return [t for s, t in paragraphs if s == "Heading1"], "".join(t for _, t in paragraphs)


def test_readme_makefile_rule(tmp_path):
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "Makefile").write_text(readme_block("make", "reportfmt convert"), encoding="utf-8")
    proc = subprocess.run(["make", "out/page.docx"], cwd=tmp_path, env=bin_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    headings, body = body_of(tmp_path / "out" / "page.docx")
    assert headings == ["一、加强组织建设"]
    assert "***亿元" in body and "推荐访问" not in body and "版权所有" not in body


def test_readme_pypandoc_example(tmp_path, monkeypatch):
    pytest.importorskip("pypandoc")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # Only `reportfmt` goes on PATH: pypandoc caches the pandoc it finds for the session.
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    exec(readme_block("python", "pypandoc"), {})
    headings, body = body_of(tmp_path / "page.docx")
    assert headings == ["一、加强组织建设"]
    assert "***亿元" in body and "推荐访问" not in body

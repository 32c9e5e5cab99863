"""End to end through the real CLI and the real `pandoc --filter reportfmt`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from outputs import docx_core_title, docx_masked_text, docx_paragraphs, epub_files, strip_tags
from reportfmt.write.pandoc import pandoc_path
from seed import HEADINGS, SEED, SEED_MASK_CHARS, SEED_MASKS, TITLE

ROOT = Path(__file__).resolve().parents[1]
CHROME = ["小编", "推荐访问", "版权所有", "Powered by", "备案号"]
REPORTFMT = str(Path(sys.executable).with_name("reportfmt"))


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    inputs = tmp_path_factory.mktemp("in")
    shutil.copy(SEED, inputs / "seed.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (inputs / "sub").mkdir()
    (inputs / "sub" / "undecodable.txt").write_bytes(b"\xff\xfa\xfb\x80\x81" * 40)
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run(
        [REPORTFMT, "convert", str(inputs), "-o", str(out), "--to", "docx,pdf,epub,md"],
        capture_output=True, text=True, timeout=300,
    )
    return out, proc


def manifest(out: Path) -> dict[str, dict]:
    records = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    return {Path(r["source"]).name: r for r in records}


def test_bad_inputs_fail_alone_with_one_line_errors(converted):
    out, proc = converted
    assert proc.returncode == 1
    records = manifest(out)
    assert records["seed.txt"]["status"] == "ok"
    for name, cause in [("empty.txt", "empty file"), ("binary.txt", "binary file"),
                        ("undecodable.txt", "undecodable")]:
        assert records[name]["status"] == "error"
        assert cause in records[name]["error"] and name in records[name]["error"]
        assert "\n" not in records[name]["error"]
        assert name in proc.stderr


def test_outputs_mirror_input_paths(converted):
    out, _ = converted
    outputs = manifest(out)["seed.txt"]["outputs"]
    assert outputs == {fmt: str(out / f"seed.{ext}") for fmt, ext in
                       [("docx", "docx"), ("pdf", "pdf"), ("epub", "epub"), ("md", "md")]}
    assert all(Path(p).stat().st_size > 0 for p in outputs.values())


def test_manifest_record_of_the_seed(converted):
    record = manifest(converted[0])["seed.txt"]
    assert record["title"] == TITLE
    assert record["date"] == "2023-03-03"
    assert record["headings"] == [{"level": 1, "text": h} for h in HEADINGS]
    assert len(record["masks"]) == SEED_MASKS
    assert sum(m["text"].count("*") for m in record["masks"]) == SEED_MASK_CHARS
    removed = " ".join(r["text"] for r in record["removed"])
    for word in CHROME:
        assert word in removed


def test_docx_is_clean_structured_and_keeps_every_mask(converted):
    docx = converted[0] / "seed.docx"
    paragraphs = docx_paragraphs(docx)
    body = "".join(text for _, text in paragraphs)
    for word in CHROME:
        assert word not in body
    assert [t for s, t in paragraphs if s == "Heading1"] == HEADINGS
    assert [t for s, t in paragraphs if s == "Title"] == [TITLE]
    assert [t for s, t in paragraphs if s == "Date"] == ["2023-03-03"]
    assert docx_core_title(docx) == TITLE
    assert body.count("*") == SEED_MASK_CHARS
    assert docx_masked_text(docx).count("*") == SEED_MASK_CHARS


def test_epub_is_clean_with_nav_and_masked_spans(converted):
    files = epub_files(converted[0] / "seed.epub")
    nav = next(v for k, v in files.items() if k.endswith("nav.xhtml"))
    for heading in HEADINGS:
        assert heading in strip_tags(nav)
    chapters = "".join(v for k, v in files.items() if "/text/" in k)
    text = strip_tags(chapters)
    for word in CHROME:
        assert word not in text
    assert text.count("*") == SEED_MASK_CHARS
    assert chapters.count('class="masked') == SEED_MASKS
    opf = next(v for k, v in files.items() if k.endswith(".opf"))
    assert f"<dc:title id=\"epub-title-1\">{TITLE}</dc:title>" in opf
    assert "<dc:language>zh-Hans</dc:language>" in opf
    assert "2023-03-03" in opf


def test_pdf_has_title_headings_outline_and_masks(converted):
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(converted[0] / "seed.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    squeezed = "".join(text.split())
    for word in CHROME:
        assert word not in squeezed
    assert TITLE in squeezed
    assert squeezed.count("*") == SEED_MASK_CHARS
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline == HEADINGS


def html_page() -> str:
    return (
        "<html><head><title>2023年社区工作总结_某某范文网</title></head><body>"
        "<p>发布时间:2023-03-03 19:55:05</p>"
        "<p>下面是小编为大家整理的2023年社区工作总结,供大家参考。</p>"
        "<p>今年以来，**社区坚持党建引领。</p><p>一、加强组织建设</p>"
        "<p>全年完成投资***亿元。</p><p>推荐访问:</p><p>版权所有 某某范文网</p>"
        "</body></html>"
    )


@pytest.mark.parametrize("pandoc_from", ["wheel", "path"])
def test_pandoc_filter_with_wheel_pandoc_and_pandoc_on_path(tmp_path, pandoc_from):
    page = tmp_path / "page.html"
    page.write_text(html_page(), encoding="utf-8")
    env = dict(os.environ)
    bindir = tmp_path / "bin"
    bindir.mkdir()
    os.symlink(pandoc_path(), bindir / "pandoc")
    os.symlink(REPORTFMT, bindir / "reportfmt")
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    pandoc = pandoc_path() if pandoc_from == "wheel" else "pandoc"
    out = tmp_path / "page.docx"
    proc = subprocess.run([pandoc, str(page), "--filter", "reportfmt", "-o", str(out)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    paragraphs = docx_paragraphs(out)
    body = "".join(t for _, t in paragraphs)
    assert "小编" not in body and "推荐访问" not in body and "版权所有" not in body
    assert [t for s, t in paragraphs if s == "Heading1"] == ["一、加强组织建设"]
    assert [t for s, t in paragraphs if s == "Title"] == ["2023年社区工作总结"]
    assert docx_masked_text(out) == "*****"


def test_filter_twice_equals_once(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(html_page(), encoding="utf-8")
    env = dict(os.environ, PATH=f"{Path(REPORTFMT).parent}{os.pathsep}{os.environ['PATH']}")
    once = subprocess.run([pandoc_path(), str(page), "--filter", "reportfmt", "-t", "json"],
                          env=env, capture_output=True, check=True).stdout
    twice = subprocess.run([pandoc_path(), "-f", "json", "--filter", "reportfmt", "-t", "json"],
                           input=once, env=env, capture_output=True, check=True).stdout
    assert json.loads(twice) == json.loads(once)


def test_single_pass_filter_script(tmp_path):
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    proc = subprocess.run(
        [pandoc_path(), "-f", "html", "-t", "markdown", "--filter", str(ROOT / "filters" / "masks.py")],
        input="<p>**区完成***亿元</p>", env=env, capture_output=True, text=True, check=True,
    )
    assert proc.stdout.count("{.masked") == 2
    assert "区完成" in proc.stdout


def test_cli_usage_errors_exit_2(tmp_path):
    from reportfmt.cli import run

    assert run(["convert", str(SEED), "-o", str(tmp_path), "--to", "docx,odt"]) == 2
    assert run(["convert", str(SEED), "-o", str(tmp_path), "-M", "masks.colour=red"]) == 2
    assert run(["frobnicate"]) == 2


def test_a_short_html_page_gives_no_library_chatter(tmp_path):
    # readability-lxml (the extraction's second opinion) logs its retries at INFO; under the CLI's
    # "reportfmt: …" format a user took "ruthless removal did not work." (four times for one short
    # notice) for this tool's message about their page. Only our own lines are printed.
    page = tmp_path / "short.html"
    page.write_text('<html><head><title>通知</title></head><body><div class="nav"><a href="/">首页</a>'
                    ' <a href="/a">新闻</a></div><div class="content"><h1>停水通知</h1><p>因管道检修，本周六'
                    '上午八点至十二点小区停水，请居民提前储水。</p></div><div class="footer">版权所有 某某物业'
                    '</div></body></html>', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "reportfmt", "convert", str(page), "-o", str(tmp_path / "out"),
                           "--to", "md"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "ruthless" not in proc.stderr
    assert "停水通知" in (tmp_path / "out" / "short.md").read_text(encoding="utf-8")

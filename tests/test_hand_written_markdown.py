"""Markdown a user wrote, through `reportfmt convert` and `pandoc --filter reportfmt`.

Two ways such a file lost text: (1) `reportfmt convert` took a .md file without code or a
footnote for a page saved as markdown, so its raw HTML was never made safe (an <iframe
onload=…> stayed in the markdown output and vanished without a link from DOCX); now a
markdown file in which the passes find no site chrome is treated as written by hand.
The documents here are made up.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from outputs import docx_paragraphs

REPORTFMT = str(Path(sys.executable).with_name("reportfmt"))

NOTE = """# 社区读书会通知

本月读书会定于周六下午两点举行，地点在社区活动室。

![活动室平面图](room.png)

详情见[报名页](https://signup.example.org/book)。

<iframe src="https://player.example.org/embed/42" onload="track()"></iframe>

<video src="intro.mp4" controls></video>

<p onclick="steal()">现场提供茶水。</p>

报名表中带*号的为必填项：姓名*、电话*。

注意：**务必准时**，请读完 *第一章* 和（*附录*）。
"""

# A page of a 范文 site saved as markdown: its site's lines around the text.
PAGE = """首页 > 范文大全 > 工作总结

# 2024年社区工作总结

发布时间：2024-03-02 来源：某某范文网 浏览次数：1234

今年以来，社区围绕中心工作，扎实推进各项任务。

上一篇：社区工作计划 下一篇：街道工作总结

本文由用户上传，如有侵权请联系删除。
"""

STAR_LINE = "报名表中带*号的为必填项：姓名*、电话*。"


def png(width: int = 64, height: int = 48) -> bytes:
    row = b"\x00" + b"\x30\x80\xc0" * width

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * height)) + chunk(
        b"IEND", b"")


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    (folder / "note.md").write_text(NOTE, encoding="utf-8")
    (folder / "page.md").write_text(PAGE, encoding="utf-8")
    (folder / "room.png").write_bytes(png())
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run([REPORTFMT, "convert", str(folder / "note.md"), str(folder / "page.md"), "-o", str(out),
                           "--to", "md,docx", "-j", "1", "-q"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return out


def record(out: Path, name: str) -> dict:
    records = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    return next(r for r in records if Path(r["source"]).name == name)


def test_convert_makes_a_users_markdown_safe_and_links_its_media(converted):
    markdown = (converted / "note.md").read_text(encoding="utf-8")
    for active in ("onload", "track()", "onclick", "steal()", "<iframe", "<video"):
        assert active not in markdown
    assert "[嵌入内容：https://player.example.org/embed/42](https://player.example.org/embed/42)" in markdown
    assert "[视频：intro.mp4](intro.mp4)" in markdown
    assert {(r["text"], r["rule"]) for r in record(converted, "note.md")["removed"]} == {
        ('<iframe src="https://player.example.org/embed/42" onload="track()">', "html.embedded"),
        ("</iframe>", "html.embedded"), ('<video src="intro.mp4" controls>', "html.embedded"),
        ("</video>", "html.embedded"), ('<p onclick="steal()">', "html.unsafe")}


def test_convert_keeps_every_block_of_a_users_markdown_in_docx(converted):
    assert docx_paragraphs(converted / "note.docx") == [
        ("Heading1", "社区读书会通知"),
        ("FirstParagraph", "本月读书会定于周六下午两点举行，地点在社区活动室。"),
        ("CaptionedFigure", ""),  # the picture (media checked below), then its caption
        ("ImageCaption", "活动室平面图"),
        ("BodyText", "详情见报名页。"),
        ("BodyText", "嵌入内容：https://player.example.org/embed/42"),
        ("BodyText", "视频：intro.mp4"),
        ("BodyText", "现场提供茶水。"),
        ("BodyText", STAR_LINE),
        ("BodyText", "注意：务必准时，请读完 第一章 和（附录）。"),
    ]
    import zipfile

    with zipfile.ZipFile(converted / "note.docx") as docx:
        assert any(name.startswith("word/media/") for name in docx.namelist())
        rels = docx.read("word/_rels/document.xml.rels").decode("utf-8")
    for target in ("https://signup.example.org/book", "https://player.example.org/embed/42", "intro.mp4"):
        assert f'Target="{target}"' in rels


def test_convert_still_cleans_a_page_saved_as_markdown(converted):
    removed = {r["text"] for r in record(converted, "page.md")["removed"]}
    assert {"首页 > 范文大全 > 工作总结", "上一篇：社区工作计划 下一篇：街道工作总结",
            "本文由用户上传，如有侵权请联系删除。"} <= removed

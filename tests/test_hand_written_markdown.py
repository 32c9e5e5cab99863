"""Markdown a user wrote, through `reportfmt convert` and `pandoc --filter reportfmt`.

Two ways such a file lost text: (1) `reportfmt convert` took a .md file without code or a
footnote for a page saved as markdown, so its raw HTML was never made safe (an <iframe
onload=…> stayed in the markdown output and vanished without a link from DOCX); now a
markdown file in which the passes find no site chrome is treated as written by hand.
(2) pandoc read "带*号的为必填项：姓名*" as emphasis, losing both stars: a star between
two Chinese characters is a literal star. The documents here are made up.
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
from reportfmt.write.pandoc import pandoc_path

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

# Minutes a user typed: the first line is its title, which the metadata pass would take from a
# page; that is no site's line, so the note is still written by hand.
MINUTES = """季度例会纪要

时间：2025年4月2日上午

一、会议听取了各部门工作汇报。

<audio src="record.mp3" controls onplay="log()"></audio>

记录人：钱某
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
    (folder / "minutes.md").write_text(MINUTES, encoding="utf-8")
    (folder / "room.png").write_bytes(png())
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run([REPORTFMT, "convert", str(folder / "note.md"), str(folder / "page.md"),
                           str(folder / "minutes.md"), "-o", str(out),
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


def test_convert_keeps_stars_between_chinese_and_real_emphasis(converted):
    markdown = (converted / "note.md").read_text(encoding="utf-8")
    assert "报名表中带\\*号的为必填项：姓名\\*、电话\\*。" in markdown
    assert "注意：**务必准时**，请读完 *第一章* 和（*附录*）。" in markdown


def test_convert_keeps_the_title_line_of_a_users_minutes(converted):
    markdown = (converted / "minutes.md").read_text(encoding="utf-8")
    assert markdown.split("---\n")[-1].lstrip().startswith("季度例会纪要\n")
    assert "[音频：record.mp3](record.mp3)" in markdown and "onplay" not in markdown
    assert [r["rule"] for r in record(converted, "minutes.md")["removed"]] == ["html.embedded"] * 2
    assert record(converted, "minutes.md")["title"] is None


def test_convert_still_cleans_a_page_saved_as_markdown(converted):
    removed = {r["text"] for r in record(converted, "page.md")["removed"]}
    assert {"首页 > 范文大全 > 工作总结", "上一篇：社区工作计划 下一篇：街道工作总结",
            "本文由用户上传，如有侵权请联系删除。"} <= removed


def filtered(tmp_path: Path, text: str, *args: str, name: str = "doc.md") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    proc = subprocess.run([pandoc_path(), path.name, "-t", "json", *args, "--filter", REPORTFMT],
                          cwd=tmp_path, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    return json.loads(proc.stdout)


def inlines_of(tree: dict) -> list[list[dict]]:
    return [block["c"] for block in tree["blocks"] if block["t"] == "Para"]


def plain(inlines: list[dict]) -> str:
    out = []
    for item in inlines:
        if item["t"] == "Str":
            out.append(item["c"])
        elif item["t"] == "Space":
            out.append(" ")
        elif item["t"] in ("Emph", "Strong"):
            out.append(plain(item["c"]))
        elif item["t"] == "Span":
            out.append(plain(item["c"][1]))
    return "".join(out)


def test_filter_gives_back_stars_between_chinese(tmp_path):
    tree = filtered(tmp_path, NOTE)
    paragraphs = inlines_of(tree)
    stars = next(p for p in paragraphs if plain(p).startswith("报名表"))
    assert plain(stars) == STAR_LINE
    assert not any(item["t"] == "Emph" for item in stars)
    # Emphasis apart from Chinese characters, and a pair of double stars, is the author's.
    last = paragraphs[-1]
    assert plain(last) == "注意：务必准时，请读完 第一章 和（附录）。"
    assert [(item["t"], plain(item["c"])) for item in last if item["t"] in ("Emph", "Strong")] == [
        ("Strong", "务必准时"), ("Emph", "第一章"), ("Emph", "附录")]


@pytest.mark.parametrize("reader", ["commonmark", "commonmark_x", "gfm", "markdown_strict", "commonmark+smart"])
def test_filter_gives_back_stars_between_chinese_under_every_markdown_reader(tmp_path, reader):
    # Plain commonmark names one extension (raw_html) and none that only markdown has: its
    # stars were left as pandoc read them, emphasis, and both were lost.
    tree = filtered(tmp_path, "报名表中带*号的为必填项：姓名*、电话*。\n\n注意：**务必准时**。\n", "-f", reader)
    stars, last = inlines_of(tree)
    assert plain(stars) == STAR_LINE
    assert not any(item["t"] == "Emph" for item in stars)
    assert [(item["t"], plain(item["c"])) for item in last if item["t"] == "Strong"] == [("Strong", "务必准时")]


def test_filter_leaves_a_word_documents_italics_beside_chinese(tmp_path):
    # A Word document's italic word between Chinese characters is the author's formatting.
    source = tmp_path / "italic.md"
    source.write_text("会议强调要*落实*责任，做好*安全*工作。\n", encoding="utf-8")
    subprocess.run([pandoc_path(), source.name, "-o", "italic.docx"], cwd=tmp_path, check=True, timeout=120)
    proc = subprocess.run([pandoc_path(), "italic.docx", "-t", "json", "--filter", REPORTFMT], cwd=tmp_path,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    para = inlines_of(json.loads(proc.stdout))[0]
    assert [plain(item["c"]) for item in para if item["t"] == "Emph"] == ["落实", "安全"]


# A book a user wrote in markdown: headings, a list, bold and italics touching Chinese on both
# sides, and no code or footnote that would have told it from a page before pandoc read it.
BOOK = """# 青溪茶事小札

## 第一章 采茶

清明前后，山里的茶农天不亮就上山。采茶讲究**一芽一叶**，手法要轻。

老周说，采下的鲜叶**不能**捂着，要摊在竹匾上晾。

## 第二章 制茶

- 杀青：锅温要高，手要快。
- 揉捻：**力道**均匀，不可过重。

制好的茶要密封保存，这是*老规矩*了。
"""


def test_convert_reads_a_users_markdown_books_bold_beside_chinese_as_bold(tmp_path):
    from reportfmt.api import convert_text

    markdown = convert_text(BOOK, to="md", input_format="markdown")
    for line in ("清明前后，山里的茶农天不亮就上山。采茶讲究**一芽一叶**，手法要轻。",
                 "老周说，采下的鲜叶**不能**捂着，要摊在竹匾上晾。",
                 "- 揉捻：**力道**均匀，不可过重。",
                 # a lone star between two Chinese characters stays a star (带*号…姓名*): kept as text
                 "制好的茶要密封保存，这是\\*老规矩\\*了。"):
        assert line in markdown
    assert "masked" not in markdown
    path = tmp_path / "book.docx"
    path.write_bytes(convert_text(BOOK, to="docx", input_format="markdown"))
    import zipfile

    from lxml import etree

    from outputs import W

    with zipfile.ZipFile(path) as docx:
        document = etree.fromstring(docx.read("word/document.xml"))
    bold = ["".join(t.text for t in run.iter(f"{W}t")) for run in document.iter(f"{W}r")
            if run.find(f"{W}rPr/{W}b") is not None]
    assert bold == ["一芽一叶", "不能", "力道"]
    assert [text for _, text in docx_paragraphs(path) if text.startswith("清明")] == [
        "清明前后，山里的茶农天不亮就上山。采茶讲究一芽一叶，手法要轻。"]


def test_convert_keeps_masks_beside_chinese_in_a_page_saved_as_markdown():
    from reportfmt.api import convert_text

    page = PAGE.replace("今年以来，社区围绕中心工作，扎实推进各项任务。",
                        "今年以来，**社区完成投资**万元，建成**个口袋公园。")
    markdown = convert_text(page, to="md", input_format="markdown")
    mask = '[\\*\\*]{.masked custom-style="Masked"}'
    assert f"今年以来，{mask}社区完成投资{mask}万元，建成{mask}个口袋公园。" in markdown

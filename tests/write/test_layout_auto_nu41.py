"""Layout `auto` (the default): a Word document recognised as a 公文 is laid out as one in DOCX and
PDF (红头, 发文字号, title, 署名 and 成文日期 in their places), as `-M layout=gongwen` does; a user's
`layout=report` wins; a web page or a Word document that is no 公文 keeps the report layout; the
formats without a 公文 layout (markdown, plain text) print every moved line back in the body.
Under `pandoc --filter` auto is the report layout (the 公文 DOCX needs its own reference document).
The Word files are made here by pandoc from made-up text."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from outputs import docx_paragraphs
from reportfmt.api import convert_file
from reportfmt.write.pandoc import pandoc_path

ENV = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")

NOTICE = [
    "白杨县水务局文件", "白水发〔2026〕3号", "白杨县水务局关于开展春季河道清理的通知",
    "各乡镇水利站，局机关各股室：", "为改善河道环境，局里决定在全县开展春季河道清理，现将有关事项通知如下。",
    "一、清理范围", "县内主要河道及其支流两岸各五十米。", "（一）重点河段", "集镇附近的河段先行清理。",
    "二、时间安排", "三月中旬开始，四月底前完成。", "白杨县水务局", "2026年3月2日", "（此件公开发布）",
]
PLAIN_NOTE = ["周末读书会安排", "本周六下午两点在图书室见面，一起读完第三章。", "请带上笔记本。"]
MINUTES = [
    "会议纪要", "〔2026〕5号", "白杨县人民政府 2026年4月9日",
    "4月8日，县政府召开常务会议，研究了春耕生产有关事项。现纪要如下。",
    "一、会议同意春耕物资调运方案。", "二、会议要求各乡镇做好农机检修。",
    "白杨县人民政府办公室 2026年4月9日印发",
]


def word_file(folder: Path, name: str, lines: list[str]) -> Path:
    """A .docx of one paragraph per line, written by pandoc's docx writer."""
    source = folder / f"{name}.md"
    source.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    target = folder / f"{name}.docx"
    subprocess.run([pandoc_path(), str(source), "-f", "markdown-smart", "-o", str(target)], check=True)
    source.unlink()
    return target


def styles_of(path: Path) -> set[str]:
    return {style for style, _text in docx_paragraphs(path)}


def test_a_word_notice_gets_the_gongwen_layout_by_default(tmp_path):
    record = convert_file(word_file(tmp_path, "notice", NOTICE), tmp_path / "out", to="docx")
    paragraphs = docx_paragraphs(tmp_path / "out" / "notice.docx")
    assert ("GongwenMark", "白杨县水务局文件") in paragraphs
    assert ("GongwenNumber", "白水发〔2026〕3号") in paragraphs
    assert ("GongwenRecipients", "各乡镇水利站，局机关各股室：") in paragraphs
    assert "GongwenTitle" in {style for style, _ in paragraphs}
    assert ("GongwenNote", "（此件公开发布）") in paragraphs
    assert {r["rule"] for r in record["removed"]} >= {"gongwen.issuer_mark", "gongwen.doc_number", "gongwen.title"}


def test_layout_report_named_by_the_user_wins(tmp_path):
    convert_file(word_file(tmp_path, "notice", NOTICE), tmp_path / "out", to="docx", options={"layout": "report"})
    paragraphs = docx_paragraphs(tmp_path / "out" / "notice.docx")
    assert not any(style.startswith("Gongwen") for style, _ in paragraphs)
    texts = [text for _, text in paragraphs]
    order = [texts.index(line) for line in ("白杨县水务局文件", "白水发〔2026〕3号", "各乡镇水利站，局机关各股室：")]
    assert order == sorted(order)


def test_a_web_page_and_a_word_note_keep_the_report_layout(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("\n".join(NOTICE) + "\n", encoding="utf-8")
    convert_file(page, tmp_path / "out", to="docx")
    assert not any(s.startswith("Gongwen") for s in styles_of(tmp_path / "out" / "page.docx"))
    convert_file(word_file(tmp_path, "note", PLAIN_NOTE), tmp_path / "out", to="docx")
    assert not any(s.startswith("Gongwen") for s in styles_of(tmp_path / "out" / "note.docx"))


def test_markdown_and_plain_text_print_every_moved_line(tmp_path):
    convert_file(word_file(tmp_path, "notice", NOTICE), tmp_path / "out", to="md,plain")
    plain = (tmp_path / "out" / "notice.txt").read_text(encoding="utf-8")
    lines = [line for line in plain.splitlines() if line.strip()]
    assert lines[:4] == ["白杨县水务局关于开展春季河道清理的通知", "白杨县水务局文件", "白水发〔2026〕3号",
                         "各乡镇水利站，局机关各股室："]
    assert lines[-3:] == ["白杨县水务局", "2026年3月2日", "（此件公开发布）"]
    body = (tmp_path / "out" / "notice.md").read_text(encoding="utf-8").split("---", 2)[2]
    for line in ("白杨县水务局文件", "白水发〔2026〕3号", "各乡镇水利站，局机关各股室：", "（此件公开发布）"):
        assert line in body


def test_minutes_whose_mark_names_no_issuer_keep_the_issuer(tmp_path):
    convert_file(word_file(tmp_path, "minutes", MINUTES), tmp_path / "out", to="docx,plain")
    texts = [text for _, text in docx_paragraphs(tmp_path / "out" / "minutes.docx")]
    assert "会议纪要" in texts and any(text.startswith("白杨县人民政府") for text in texts)
    plain = (tmp_path / "out" / "minutes.txt").read_text(encoding="utf-8")
    assert "白杨县人民政府\n" in plain


def test_under_pandoc_auto_is_the_report_layout_gongwen_when_asked(tmp_path):
    # The 公文 layout's DOCX needs styles/gongwen.docx as its reference document, which only
    # pandoc's command line names: under the filter the user asks for it.
    source = word_file(tmp_path, "notice", NOTICE)

    def run(*args: str) -> bytes:
        return subprocess.run([pandoc_path(), source.name, "--filter", "reportfmt", *args], cwd=tmp_path,
                              capture_output=True, env=ENV, check=True, timeout=120).stdout

    run("-o", "auto.docx")
    with zipfile.ZipFile(tmp_path / "auto.docx") as package:
        assert "Gongwen" not in package.read("word/document.xml").decode("utf-8")
    markdown = run("-t", "markdown").decode("utf-8")
    assert markdown.index("白杨县水务局文件") < markdown.index("白水发〔2026〕3号") < markdown.index("2026年3月2日")
    run("-o", "gongwen.docx", "-M", "reportfmt.layout=gongwen")
    with zipfile.ZipFile(tmp_path / "gongwen.docx") as package:
        assert 'w:val="GongwenMark"' in package.read("word/document.xml").decode("utf-8")

"""Documents written by hand come through `pandoc --filter reportfmt` undamaged (issue 12).

The documents are the project's own (tests/data/authored, see build_fixtures.py there): a
Word 公文 template, a Chinese markdown chapter and an English note quoting two Chinese
characters; and in tests/data/authored/users, documents of the kinds users bring (公文 with
footnotes and merged tables, a résumé, a lease, a lesson plan, news digests and notes that
quote 来源/发布时间 lines, a markdown chapter with math and code, a README with HTML blocks,
verse in line blocks, a timetable with note marks in pipe, grid and HTML tables).
They go through the real pandoc and the real `reportfmt` executable, to JSON
and to EPUB; tests/damage.py counts what was lost. The corpus test at the end runs the
third-party documents of ../shared/corpus/authored the same way (skipped when absent).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import panflute as pf
import pytest

from damage import collect, damage_kinds, epub_features, json_features, losses
from reportfmt.options import Options
from reportfmt.pipeline import run_passes
from reportfmt.write.pandoc import pandoc_path

DATA = Path(__file__).resolve().parent / "data" / "authored"
ENV = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
NOTHING_LOST = {"blocks": 0, "chars": 0, "cjk_spaces": 0, "images": 0, "links": 0, "relative_links": 0, "sups": 0}


def pandoc(path: Path, *args: str, with_filter: bool = True) -> bytes:
    """pandoc run in the document's folder, as its author would (relative pictures resolve)."""
    command = [pandoc_path(), path.name, *args] + (["--filter", "reportfmt"] if with_filter else [])
    proc = subprocess.run(command, cwd=path.parent, capture_output=True, env=ENV, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    return proc.stdout


def as_json(path: Path, *, with_filter: bool = True, reader: str | None = None) -> dict:
    args = ["-t", "json"] + (["-f", reader] if reader else [])
    return json.loads(pandoc(path, *args, with_filter=with_filter))


def epub(path: Path, tmp_path: Path, *, with_filter: bool = True) -> bytes:
    book = tmp_path / f"{path.stem}-{with_filter}.epub"
    pandoc(path, "-o", str(book), with_filter=with_filter)
    return book.read_bytes()


def paragraphs(tree: dict) -> list[str]:
    return [text for kind, text in json_features(tree).blocks if kind == "Para"]


# --- a Word 公文 template ------------------------------------------------------------------------

def test_word_template_keeps_every_block_character_and_space_between_fields():
    before, after = as_json(DATA / "gongwen.docx", with_filter=False), as_json(DATA / "gongwen.docx")
    assert losses(json_features(before), json_features(after)) == NOTHING_LOST
    kept = paragraphs(after)
    # Word lays these out as separate fields: the spaces are layout, not typos.
    assert "县政发〔2024〕号 签发人：□□□" in kept
    assert "XX县人民政府 县应急管理局" in kept
    assert "抄 送：县委办公室，县人大常委会办公室。" in kept
    assert any("在第 号文件下发后" in text for text in kept)
    # The 落款 above the date and every line of the head stay in the body, in order.
    assert kept[:2] == ["★", "XX县人民政府文件"]
    assert kept[kept.index("XX县人民政府 县应急管理局") + 1] == "2024年3月8日"
    # No body line became the title; the document only gains its language.
    assert "title" not in after["meta"]
    assert after["meta"]["lang"] == {"t": "MetaString", "c": "zh-Hans"}
    assert damage_kinds(json_features(before), json_features(after)) == {
        "signature_deleted": 0, "fields_merged": 0, "wrong_title": 0, "stray_headings": 0, "bullet_masks": 0,
        "asterisk_masks": 0}


def test_word_template_placeholders_are_masks_of_kind_template():
    doc = pf.load(io.StringIO(pandoc(DATA / "gongwen.docx", "-t", "json", with_filter=False).decode("utf-8")))
    doc.scraped = False  # what the filter learns from pandoc: the docx reader ran
    report = run_passes(doc, Options())
    assert [(m["text"], m["detector"], m["kind"]) for m in report.masks] == [
        ("XX", "cross", "template"),
        ("□□□", "blank", "template"),
        ("[此处输入文件标题]", "template", "template"),
        ("[此处输入主送机关]", "template", "template"),
        ("XX", "cross", "template"),
    ]
    assert report.removed == [] and report.title is None


def hand_written_masks(*paragraphs: list) -> list[tuple[str, str]]:
    """The masks the passes mark in paragraphs (lists of inlines) of a hand-written document."""
    doc = pf.Doc(*(pf.Para(*inlines) for inlines in paragraphs))
    doc.scraped = False
    return [(m["text"], m["kind"]) for m in run_passes(doc, Options()).masks]


def test_hand_written_note_marks_and_required_field_stars_are_no_masks():
    # A superscript star is a note's mark (美术* … 注：带*的…); a star before a label's colon
    # marks a field to fill in (姓名*：). Neither hides anything.
    assert hand_written_masks(
        [pf.Str("美术"), pf.Superscript(pf.Str("*")), pf.Str("、书法"), pf.Superscript(pf.Str("**"))],
        [pf.Str("姓名*：________")],
        [pf.Str("联系电话*："), pf.Space(), pf.Str("手机号码")],
    ) == [("________", "template")]
    # A number or a name crossed out is still a mask, a superscript's stars inside a number too.
    assert [text for text, _kind in hand_written_masks(
        [pf.Str("电话：138****5678，公示对象：张*、李**")],
        [pf.Str("编号"), pf.Superscript(pf.Str("12**5"))],
    )] == ["****", "*", "**", "**"]


def test_a_star_a_legend_line_explains_is_no_mask_a_star_in_a_word_still_is():
    # "注：*为选修课" under a list of courses: the starred courses and the legend's own star are
    # marks; a number hidden inside a sentence (共*人) and a longer run (***万元) are still masks.
    assert hand_written_masks(
        [pf.Str("美术鉴赏*、书法（选修）、*音乐欣赏")],
        [pf.Str("注：*为选修课。")],
        [pf.Str("本次共*人报名，投入***万元。")],
    ) == [("*", "template"), ("***", "template")]
    # Other legend forms: 带＊号的为, 标*的项目表示; with no legend the same stars are masks.
    assert hand_written_masks([pf.Str("姓名＊、学号＊")], [pf.Str("说明：带＊号的为必填项")]) == []
    assert hand_written_masks([pf.Str("课程A*")], [pf.Str("其中标*的项目表示已结课")]) == []
    assert hand_written_masks([pf.Str("美术鉴赏*、书法")]) == [("*", "template")]


def test_hand_written_identifier_is_no_mask_a_placeholder_beside_a_blank_is():
    # A name joined by underscores (xx_count, MAX_XX) is a variable's, written outside code.
    assert hand_written_masks([pf.Str("变量名"), pf.Space(), pf.Str("xx_count"), pf.Space(), pf.Str("和"),
                               pf.Space(), pf.Str("MAX_XX"), pf.Space(), pf.Str("要改名。")]) == []
    assert hand_written_masks([pf.Str("负责人：XX________")]) == [("XX", "template")]


def test_word_template_epub_keeps_the_embedded_seal(tmp_path):
    data = epub(DATA / "gongwen.docx", tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        media = [n for n in book.namelist() if "/media/" in n]
        assert len(media) == 1
        assert book.read(media[0]) == (DATA / "seal.png").read_bytes()
    plain = epub(DATA / "gongwen.docx", tmp_path, with_filter=False)
    assert losses(epub_features(plain), epub_features(data)) | {"blocks": 0} == NOTHING_LOST
    assert epub_features(data).images == 1
    assert "县政发〔2024〕号 签发人：" in epub_features(data).text


def test_filtering_a_hand_written_document_twice_equals_once(tmp_path):
    # The second run reads pandoc's JSON (its reader reports like the docx reader's).
    once = pandoc(DATA / "gongwen.docx", "-t", "json")
    (tmp_path / "once.json").write_bytes(once)
    assert pandoc(tmp_path / "once.json", "-f", "json", "-t", "json") == once


# --- Chinese markdown ------------------------------------------------------------------------

def test_markdown_chapter_keeps_blocks_links_and_its_raw_html_as_elements():
    path = DATA / "handbook.md"
    before, after = as_json(path, with_filter=False), as_json(path)
    assert losses(json_features(before), json_features(after)) == NOTHING_LOST
    assert len(collect(after, {"Superscript"})) == 1 and len(collect(after, {"Subscript"})) == 1
    assert [b["t"] for b in after["blocks"]] == [b["t"] for b in before["blocks"]]
    # The list pandoc read into the paragraph: its * markers are the author's, not masks.
    assert json_features(after).masks == []
    assert "常用的命令有两条： * 构建：cargo build * 运行：cargo run" in " ".join(paragraphs(after)).replace("\n", " ")
    # A line wrap between two Chinese characters goes; everything else is as written.
    assert "是指项目用到的外部代码" in " ".join(paragraphs(after))
    assert "是指项目\n用到的外部代码" in " ".join(paragraphs(before))
    # <kbd> stays raw HTML, as the author wrote it; <sup>/<sub> are elements now.
    assert raw_inlines(after) == ["<kbd>", "</kbd>", "<kbd>", "</kbd>"]
    assert raw_inlines(before) == ["<sup>", "</sup>", "<sub>", "</sub>", "<kbd>", "</kbd>", "<kbd>", "</kbd>"]


def raw_inlines(tree: dict) -> list[str]:
    return [node["c"][1] for node in collect(tree, {"RawInline"})]


def test_markdown_chapter_epub_keeps_relative_links_pictures_and_superscripts(tmp_path):
    path = DATA / "handbook.md"
    plain, filtered = epub(path, tmp_path, with_filter=False), epub(path, tmp_path)
    after = epub_features(filtered)
    assert losses(epub_features(plain), after) | {"blocks": 0} == NOTHING_LOST
    assert {"ch01-02.md", "appendix.md#commands", "https://example.org/"} <= set(after.links)
    assert after.images == 1 and after.sups >= 1
    with zipfile.ZipFile(io.BytesIO(filtered)) as book:
        pages = "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xhtml"))
        assert any(n.endswith(".png") for n in book.namelist())
    assert "<sup>8</sup>" in pages and "<sub>2</sub>" in pages
    assert "<kbd>Ctrl</kbd>" in pages


def test_commonmark_emphasis_left_literal_is_not_a_mask():
    """CommonMark does not close `**注意：**` before a Chinese character: the asterisks stay
    text. In a hand-written document they are the author's emphasis; in a scraped page the
    same text would be masks, which is what makes this test able to fail."""
    tree = as_json(DATA / "handbook.md", reader="gfm", with_filter=False)
    assert "**注意：**本节的示例需要联网。" in paragraphs(tree)
    kinds = {}
    for scraped in (False, True):
        doc = pf.load(io.StringIO(json.dumps(tree)))
        doc.scraped = scraped
        kinds[scraped] = [m["text"] for m in run_passes(doc, Options()).masks]
    assert kinds[False] == []
    assert kinds[True].count("**") == 2


# --- an English document ---------------------------------------------------------------------

def test_english_document_quoting_chinese_passes_through_identical(tmp_path):
    path = DATA / "english.md"
    assert pandoc(path, "-t", "json") == pandoc(path, "-t", "json", with_filter=False)
    assert pandoc(path, "-t", "html") == pandoc(path, "-t", "html", with_filter=False)


# --- the third-party documents -----------------------------------------------------------------

CORPUS_SAMPLE = [
    "docx/gwa-gg_1.docx", "docx/gwa-sx_2.docx", "docx/gwa-xx_2.docx", "docx/gwa-zm_1.docx", "docx/gwa-cz_1.docx",
    "markdown/SUMMARY.md", "markdown/ch03-02-data-types.md", "markdown/copywriting-README.md",
    "non-chinese/instrText_hyperlink.docx",
]


@pytest.mark.parametrize("name", CORPUS_SAMPLE)
def test_corpus_documents_lose_nothing(corpus, name):
    path = corpus / "authored" / name
    before, after = json_features(as_json(path, with_filter=False)), json_features(as_json(path))
    assert losses(before, after) == NOTHING_LOST
    assert not any(damage_kinds(before, after).values())


@pytest.mark.parametrize("name", ["non-chinese/markdown-reader-more.txt", "markdown/copywriting-README.en.md"])
def test_corpus_english_documents_pass_through_identical(corpus, name):
    path = corpus / "authored" / name
    assert pandoc(path, "-t", "json") == pandoc(path, "-t", "json", with_filter=False)


def test_corpus_book_summary_keeps_its_relative_links_in_epub(corpus, tmp_path):
    path = corpus / "authored" / "markdown" / "SUMMARY.md"
    plain, filtered = epub_features(epub(path, tmp_path, with_filter=False)), epub_features(epub(path, tmp_path))
    assert sum(n for url, n in plain.links.items() if url.endswith(".md")) > 100
    assert losses(plain, filtered)["relative_links"] == 0


# --- documents of the kinds users bring (tests/data/authored/users, build_users.py there) -------

USERS = DATA / "users"
USER_DOCUMENTS = sorted(p.name for p in USERS.iterdir() if p.suffix in (".docx", ".md"))


def counts(tree: dict) -> dict[str, int]:
    """Footnotes, tables and table cells: what the damage measures do not count one by one."""
    return {kind: len(collect(tree, {kind})) for kind in ("Note", "Table", "Cell")}


@pytest.mark.parametrize("name", USER_DOCUMENTS)
def test_users_documents_lose_nothing_in_json_or_epub(name, tmp_path):
    path = USERS / name
    bare, filtered = as_json(path, with_filter=False), as_json(path)
    before, after = json_features(bare), json_features(filtered)
    assert losses(before, after) == NOTHING_LOST
    assert not any(damage_kinds(before, after).values())
    assert counts(filtered) == counts(bare)
    # The EPUB too, spaces between Chinese characters included: these documents have no wrap to
    # drop. (Its pages are not compared one for one: the filter adds a title page.)
    book = losses(epub_features(epub(path, tmp_path, with_filter=False)), epub_features(epub(path, tmp_path)))
    assert {kind: n for kind, n in book.items() if kind != "blocks"} == {
        kind: 0 for kind in NOTHING_LOST if kind != "blocks"}


def soft_lines(tree: dict) -> list[str]:
    """Every paragraph's lines as the author typed them: a SoftBreak kept parts two lines."""
    lines = []
    for para in collect(tree, {"Para", "Plain"}):
        lines.append("")
        for item in para["c"]:
            if item["t"] == "SoftBreak":
                lines.append("")
            elif item["t"] == "Str":
                lines[-1] += item["c"]
            elif item["t"] == "Space":
                lines[-1] += " "
    return lines


def test_users_field_lines_numbered_lines_and_short_lines_stay_lines():
    # A note typed one field a line: joined as a wrap, "某某晚报发布时间：" would read as one value.
    digest = soft_lines(as_json(USERS / "news-digest.md"))
    assert {"来源：某某晚报", "发布时间：2025-03-08 10:12"} <= set(digest)
    assert {"来源：某某教育报", "发布时间：2025年3月10日"} <= set(digest)
    # (a closing quote ends the line: no space between two Chinese characters to count, still a field)
    assert "发布时间：2021-06-03" in soft_lines(as_json(USERS / "reading-note.md"))
    note = soft_lines(as_json(USERS / "obsidian-note.md"))
    for line in ("客户：青山建材有限公司", "联系人：孙经理", "二、周五前回电", "（一）确认交货期",
                 "车窗外的麦田", "等风来读"):
        assert line in note


def test_users_relative_links_stay_in_typst_as_pandoc_writes_them():
    # The PDF path: typst takes a link to a file as a URL; the filter leaves the author's links.
    path = USERS / "book-chapter.md"
    bare, filtered = (pandoc(path, "-t", "typst", with_filter=flag).decode("utf-8") for flag in (False, True))
    for piece in ('#link("ch02.md")[上一章]', '#link("data/sales.csv")'):
        assert piece in bare and piece in filtered


# --- filter failures ---------------------------------------------------------------------------

def run_reportfmt_filter(payload: dict) -> subprocess.CompletedProcess:
    """`reportfmt` as pandoc runs it: PANDOC_VERSION set, JSON on stdin, the format as argument."""
    reportfmt = str(Path(sys.executable).with_name("reportfmt"))
    return subprocess.run([reportfmt, "html"], input=json.dumps(payload).encode("utf-8"), capture_output=True,
                          env=dict(ENV, PANDOC_VERSION="3.9"), timeout=60)


def test_a_document_the_filter_cannot_read_comes_back_as_it_was():
    payload = {"pandoc-api-version": [1, 23, 1], "meta": {},
               "blocks": [{"t": "Para", "c": [{"t": "Str", "c": "今年以来工作顺利"}]}, {"t": "FutureBlock", "c": []}]}
    proc = run_reportfmt_filter(payload)
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == payload
    message = proc.stderr.decode("utf-8").strip()
    assert message.count("\n") == 0 and "FutureBlock" in message and "passed through unchanged" in message


def test_a_bad_option_under_the_filter_is_one_line_and_a_failure():
    meta = {"reportfmt": {"t": "MetaMap", "c": {"masks": {"t": "MetaMap", "c": {
        "style": {"t": "MetaString", "c": "neon"}}}}}}
    proc = run_reportfmt_filter({"pandoc-api-version": [1, 23, 1], "meta": meta,
                                 "blocks": [{"t": "Para", "c": [{"t": "Str", "c": "今年以来工作顺利"}]}]})
    assert proc.returncode == 1 and proc.stdout == b""
    assert proc.stderr.decode("utf-8").strip() == (
        "reportfmt: option 'masks.style' must be one of highlight, box, underline, plain")

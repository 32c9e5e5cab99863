"""Which documents reportfmt acts on, and which it treats as written by hand."""

from __future__ import annotations

import json

import panflute as pf
import pytest

from reportfmt.read.document_kind import chinese_share, is_chinese, is_hand_written, scraped_by_reader
from reportfmt.read.reader import read_text


def doc_of(*paragraphs: str, title: str | None = None) -> pf.Doc:
    doc = pf.Doc(*(pf.Para(*[pf.Str(w) if i % 2 == 0 else pf.Space() for i, w in enumerate(_spaced(p))])
                   for p in paragraphs))
    if title:
        doc.metadata["title"] = pf.MetaString(title)
    return doc


def _spaced(text: str) -> list[str]:
    words = text.split(" ")
    out = []
    for word in words:
        out += [word, " "]
    return out[:-1]


@pytest.mark.parametrize(
    ("paragraphs", "chinese"),
    [
        (["今年以来，我们坚持党建引领。"], True),
        (["Hello, 世界. How are you today?"], False),  # two characters in an English sentence
        (["在 LeanCloud 上，数据存储是围绕 AVObject 进行的。"], True),  # English terms in Chinese prose
        (["Use one space between Chinese and English: 在 LeanCloud 上 is right."], False),
        (["The whole note is English."], False),
    ],
)
def test_chinese_is_decided_by_share(paragraphs, chinese):
    assert is_chinese(doc_of(*paragraphs)) is chinese


def test_code_is_not_counted_and_the_title_is():
    doc = pf.Doc(pf.Para(pf.Str("说明"), pf.Code("fn main() { let words = vec![one, two, three]; }")))
    assert chinese_share(doc) == 1.0
    assert is_chinese(doc_of("The body is one English sentence.")) is False
    assert is_chinese(doc_of("The body is one English sentence.", title="二〇二四年度工作总结和下一年计划"))


def reader_options(*extensions: str) -> str:
    return json.dumps({"extensions": list(extensions), "standalone": False, "columns": 72})


@pytest.mark.parametrize(
    ("options", "scraped"),
    [
        # pandoc --list-extensions=FORMAT, the default (+) ones, as pandoc 3.9 hands them to a filter
        (reader_options("auto_identifiers", "line_blocks", "native_divs", "native_spans"), None),  # html
        (reader_options("auto_identifiers", "line_blocks", "native_divs", "native_spans", "raw_html"), None),
        (reader_options("auto_identifiers"), False),  # docx, odt, rst, json
        (reader_options("epub_html_exts", "native_divs", "native_spans", "raw_html"), False),  # epub
        (reader_options("auto_identifiers", "backtick_code_blocks", "fenced_code_blocks", "line_blocks",
                        "native_divs", "native_spans", "pipe_tables", "yaml_metadata_block"), False),  # markdown
        (reader_options("footnotes", "pipe_tables", "raw_html", "strikeout"), False),  # gfm
        (None, None),  # not run by pandoc
        ("not json", None),
    ],
)
def test_pandoc_reader_tells_hand_written_documents(options, scraped):
    assert scraped_by_reader(options) is scraped


def test_hand_written_by_reader_else_by_elements():
    plain = doc_of("今年以来，我们坚持党建引领。")
    with_code = pf.Doc(pf.Para(pf.Str("运行"), pf.Code("cargo run")))
    assert not is_hand_written(plain) and is_hand_written(with_code)
    plain.scraped, with_code.scraped = False, True
    assert is_hand_written(plain) and not is_hand_written(with_code)


def test_our_readers_say_scraped_and_markdown_with_code_says_hand_written():
    assert read_text("今年以来。", fmt="txt").scraped is True
    assert read_text("<p>今年以来。</p>", fmt="html").scraped is True
    assert read_text("称为**所有者**的变量，见 `main`。", fmt="markdown").scraped is False
    assert read_text("**区完成***亿元。", fmt="markdown").scraped is None  # the elements decide


def test_markdown_readers_are_told_from_others():
    from reportfmt.read.document_kind import markdown_by_reader

    markdown = reader_options("auto_identifiers", "backtick_code_blocks", "fenced_code_blocks", "native_divs",
                              "native_spans", "pipe_tables", "yaml_metadata_block")
    assert markdown_by_reader(markdown)
    assert markdown_by_reader(reader_options("footnotes", "pipe_tables", "raw_html", "strikeout"))  # gfm
    assert not markdown_by_reader(reader_options("auto_identifiers"))  # docx: its italics are the author's
    assert not markdown_by_reader(reader_options("epub_html_exts", "native_divs", "native_spans", "raw_html"))
    assert not markdown_by_reader(reader_options("auto_identifiers", "line_blocks", "native_divs", "native_spans"))
    assert not markdown_by_reader(None) and not markdown_by_reader("not json")
    assert markdown_by_reader(reader_options("raw_html"))  # commonmark
    assert markdown_by_reader(reader_options("raw_html", "shortcut_reference_links", "spaced_reference_links"))
    assert not markdown_by_reader(reader_options("auto_identifiers", "old_dashes", "raw_html", "smart"))  # textile

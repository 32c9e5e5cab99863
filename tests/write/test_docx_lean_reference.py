"""DOCX written from the lean copy of reference.docx (write/docx_styles.py) equals, part for
part, the DOCX pandoc writes with the whole reference; pages it cannot vouch for take the
whole reference."""

from __future__ import annotations

import io
import re
import zipfile

import panflute as pf
import pytest

from reportfmt.options import build_options
from reportfmt.resources import style_file
from reportfmt.write import docx_styles, package_dates, render


def page_json(*blocks: pf.Element, lang: str | None = None) -> bytes:
    doc = pf.Doc(*blocks)
    if lang:
        doc.metadata["lang"] = pf.MetaString(lang)
    return render.doc_to_json(doc).encode("utf-8")


def whole_reference(data: bytes) -> bytes:
    return package_dates.fix_docx(render.run_pandoc(["-f", "json", *render.pandoc_writer_args("docx"), "-o", "-"],
                                                    data))


def parts(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """A new process's state: no lean reference made yet, its file in an empty cache."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setenv("REPORTFMT_CACHE_DIR", str(tmp_path))
    docx_styles.lean_reference.cache_clear()
    yield tmp_path
    docx_styles.lean_reference.cache_clear()


REPORT = [
    pf.Header(pf.Str("一、总体情况"), level=1),
    pf.Para(pf.Span(pf.Str("（一）主要做法。"), attributes={"custom-style": "Run-in Heading"}),
            pf.Str("各部门按时报送了材料。")),
    pf.Para(pf.Span(pf.Str("第一条"), attributes={"custom-style": "Article Label"}), pf.Str("总则。")),
    pf.Div(pf.Para(pf.Str("合计")), attributes={"custom-style": "Table Text"}),
    pf.Para(pf.Str("负责人："), pf.Span(pf.Str("某某"), attributes={"custom-style": "Masked"})),
]


def test_pages_after_the_first_are_written_from_the_lean_copy_with_the_same_parts(fresh, monkeypatch):
    options = build_options()
    asked: list[list[str]] = []
    real_run = render.run_pandoc

    def run(args, data=None, **kwargs):
        asked.append(args)
        return real_run(args, data, **kwargs)

    monkeypatch.setattr(render, "run_pandoc", run)
    first, second = page_json(*REPORT, lang="zh-CN"), page_json(*REPORT[1:], lang="zh-Hans")
    written = [render._write_docx(first, options), render._write_docx(second, options)]
    lean = docx_styles.lean_reference(style_file("reference.docx"))
    references = [args[args.index("--reference-doc") + 1] for args in asked]
    assert references == [str(style_file("reference.docx")), str(lean.lean_path)]
    monkeypatch.setattr(render, "run_pandoc", real_run)
    assert parts(written[0]) == parts(whole_reference(first))
    assert parts(written[1]) == parts(whole_reference(second))
    # The page's own language is in the head pandoc wrote, the reference's styles behind it.
    styles = parts(written[1])["word/styles.xml"].decode("utf-8")
    assert 'w:eastAsia="zh-Hans"' in styles and 'w:styleId="RunInHeading"' in styles


def test_the_lean_copy_keeps_only_styles_pandoc_cannot_name_and_their_parents(fresh):
    lean = docx_styles.lean_reference(style_file("reference.docx"))
    with zipfile.ZipFile(lean.lean_path) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    ids = set(re.findall(r'w:styleId="([^"]*)"', styles))
    assert {"Heading1", "RunInHeading", "DefaultParagraphFont", "Footer"} <= ids
    assert not ids & {"BodyText", "Compact", "Masked", "ArticleLabel", "Title"}


@pytest.mark.parametrize("block", [
    pf.CodeBlock("print(1)", classes=["python"]),
    pf.Para(pf.Code("x = 1")),
    pf.Div(pf.Para(pf.Str("正文")), attributes={"custom-style": "Not In The Reference"}),
])
def test_pages_whose_styles_pandoc_extends_take_the_whole_reference(fresh, block):
    lean = docx_styles.lean_reference(style_file("reference.docx"))
    assert lean.qualifies(page_json(*REPORT))
    assert not lean.qualifies(page_json(*REPORT, block))


def test_a_damaged_lean_file_in_the_cache_is_written_again(fresh):
    made = docx_styles.lean_reference(style_file("reference.docx")).lean_path
    good = made.read_bytes()
    made.write_bytes(good[: len(good) // 2])
    docx_styles.lean_reference.cache_clear()
    again = docx_styles.lean_reference(style_file("reference.docx")).lean_path
    assert again == made and again.read_bytes() == good


def test_styles_holding_a_language_are_not_kept(fresh):
    """pandoc writes the page's lang into every w:lang of word/styles.xml: styles holding one
    differ from page to page, so the lean copy is never used for them."""
    lean = docx_styles.lean_reference(style_file("reference.docx"))

    def package(styles: str) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("word/styles.xml", styles)
        return out.getvalue()

    head = '<w:styles><w:docDefaults><w:lang w:eastAsia="zh-CN" /></w:docDefaults>'
    quote_in_english = '<w:style w:styleId="Quote"><w:rPr><w:lang w:val="en-US" /></w:rPr></w:style>'
    lean.learn(package(head + quote_in_english + "</w:styles>"))
    assert lean.body is None
    lean.learn(package(head + '<w:style w:styleId="Quote"><w:name w:val="Quote" /></w:style></w:styles>'))
    assert lean.body == '<w:style w:styleId="Quote"><w:name w:val="Quote" /></w:style></w:styles>'


def test_a_page_has_the_same_bytes_whether_it_came_first_in_its_process_or_not(fresh):
    """Workers take pages in any order: the first page of a process (the whole reference) and
    a later one (the lean copy) must not differ even in how their styles part is compressed."""
    options = build_options()
    one, other = page_json(*REPORT, lang="zh-CN"), page_json(*REPORT[:2])
    first = render._write_docx(one, options)
    render._write_docx(other, options)
    docx_styles.lean_reference.cache_clear()
    render._write_docx(other, options)
    later = render._write_docx(one, options)
    assert first == later


def test_a_style_name_of_the_other_kind_takes_the_whole_reference(fresh):
    """Article Label is a character style: on a Div pandoc adds a paragraph style of it."""
    lean = docx_styles.lean_reference(style_file("reference.docx"))
    label = pf.Str("第一条")
    assert lean.qualifies(page_json(pf.Para(pf.Span(label, attributes={"custom-style": "Article Label"}))))
    as_paragraph = pf.Div(pf.Para(pf.Str("第一条")), attributes={"custom-style": "Article Label"})
    assert not lean.qualifies(page_json(as_paragraph))
    assert lean.qualifies(page_json(pf.Div(pf.Para(pf.Str("合计")), attributes={"custom-style": "Table Text"})))
    assert not lean.qualifies(page_json(pf.Para(pf.Span(pf.Str("合计"), attributes={"custom-style": "Table Text"}))))

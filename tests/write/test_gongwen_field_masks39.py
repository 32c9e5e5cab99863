"""Layout gongwen: a mask in any field the 公文 layout prints (红头, 发文字号, 签发人, title,
主送, 附件 names, 署名, 成文日期, 附注, 抄送, 印发机关 and 印发日期) keeps its mark as in the
body (DOCX: the Masked character style on its run; PDF: the typst highlight call) and is
listed in the manifest, once per mask printed.

Before: the writer printed the 红头, the title lines, the attachment names, the 署名, the
dates and the 签发人 from their plain text, so their masks lost the Masked style in the DOCX;
in the PDF the typst call conform.py made of the mask ("#masked[××];") was printed as text;
the 印发日期 and a blank 签发人, read from a line moved under another field, were not
listed at all."""

from __future__ import annotations

import io
import re
import shutil
import zipfile

import pytest

from reportfmt.api import convert_file, convert_text
from reportfmt.passes.masks import moved_fields

# A made-up 上行文 with masked names, numbers and dates in every field.
REQUEST = """××市××局文件

××发〔20××〕×号　　　　签发人：×××

关于××的请示

××市人民政府：

为做好本年度的有关工作，现将××工作安排报告如下，请予审定。

一、基本情况。今年以来各项工作总体平稳。

二、下一步打算。继续加强协调，形成合力。

附件：1．××工作安排表

2．××联系人名单

××县人民政府

20××年×月×日

（联系人：王**，电话：0000-0000000）

抄送：××委员会，××办公室。

××县人民政府办公室　　20××年×月×日印发
"""

# Each printed paragraph of the DOCX: (its text, the masked runs in it).
EXPECTED = {
    "GongwenMark": ("××市××局文件", ["××", "××"]),
    "GongwenNumberSigner": ("××发〔20××〕×号\t签发人：×××", ["××", "××", "×", "×××"]),
    "GongwenTitle": ("关于××的请示", ["××"]),
    "GongwenRecipients": ("××市人民政府：", ["××"]),
    "GongwenAttachmentNote": ("附件：1．××工作安排表", ["××"]),
    "GongwenAttachmentNoteMore": ("2．××联系人名单", ["××"]),
    "GongwenSignature": ("××县人民政府", ["××"]),
    "GongwenDate": ("20××年×月×日", ["××", "×", "×"]),
    "GongwenNote": ("（联系人：王**，电话：0000-0000000）", ["**"]),
    "GongwenCc": ("抄送：××委员会，××办公室。", ["××", "××"]),
    "GongwenPrinted": ("××县人民政府办公室\t20××年×月×日印发", ["××", "××", "×", "×"]),
}


def _paragraphs(docx: bytes) -> dict[str, tuple[str, list[str]]]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    found = {}
    for para in re.findall(r"<w:p>.*?</w:p>", xml, re.S):
        style = re.search(r'<w:pStyle w:val="([^"]+)"', para)
        runs = re.findall(r"<w:r>(.*?)</w:r>", para, re.S)
        text = "".join("\t" if "<w:tab" in r else "".join(re.findall(r"<w:t[^>]*>([^<]*)", r)) for r in runs)
        masked = ["".join(re.findall(r"<w:t[^>]*>([^<]*)", r)) for r in runs if 'w:rStyle w:val="Masked"' in r]
        found[style.group(1) if style else ""] = (text, masked)
    return found


def test_every_field_of_the_docx_marks_its_masks():
    paragraphs = _paragraphs(convert_text(REQUEST, to="docx", options={"layout": "gongwen"}))
    for style, expected in EXPECTED.items():
        assert paragraphs[style] == expected, style


def test_the_manifest_lists_every_printed_mask_once(tmp_path):
    source = tmp_path / "request.txt"
    source.write_text(REQUEST, encoding="utf-8")
    record = convert_file(source, tmp_path / "out", to="docx", options={"layout": "gongwen"})
    printed = sum(len(masked) for _, masked in EXPECTED.values()) + 1  # and the body's "××"
    assert len(record["masks"]) == printed == 22
    assert sorted(m["text"] for m in record["masks"]) == sorted(
        [m for _, masked in EXPECTED.values() for m in masked] + ["××"])


def test_the_report_layout_lists_each_mask_once(tmp_path):
    source = tmp_path / "request.txt"
    source.write_text(REQUEST, encoding="utf-8")
    record = convert_file(source, tmp_path / "out", to="md")
    markdown = (tmp_path / "out" / "request.md").read_text(encoding="utf-8")
    assert len(record["masks"]) == markdown.count("{.masked") == 22


def test_the_typst_source_highlights_every_field(monkeypatch):
    import reportfmt.write.pdf as pdf

    monkeypatch.setattr(pdf, "compile_pdf", lambda source, **_: source.encode("utf-8"))
    source = convert_text(REQUEST, to="pdf", options={"layout": "gongwen"}).decode("utf-8")
    assert "\\#masked" not in source  # no mask printed as the text of its own call
    assert "mark-text[#masked[××];市#masked[××];局文件]" in source
    assert "签发人：#text(font: (latin, ..fonts.kai))[#masked[×××];]" in source
    assert "tracking: 0pt)[关于#masked[××];的请示]" in source
    assert "[1．#masked[××];工作安排表 \\ 2．#masked[××];联系人名单]" in source
    assert "let signature = [#masked[××];县人民政府]" in source
    assert "let date = [20#masked[××];年#masked[×];月#masked[×];日]" in source
    assert "[#masked[××];县人民政府办公室], [20#masked[××];年#masked[×];月#masked[×];日印发]" in source


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_pdf_prints_the_masks_not_their_calls(tmp_path):
    import subprocess

    from reportfmt.write import fonts

    if not fonts.find_cjk_fonts():
        pytest.skip("no CJK font")
    pdf = tmp_path / "request.pdf"
    pdf.write_bytes(convert_text(REQUEST, to="pdf", options={"layout": "gongwen"}))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "masked" not in text
    assert "××市××局文件" in text.replace(" ", "") and "关于××的请示" in text


def test_a_field_read_from_a_moved_line_moved_with_it():
    line = "××县人民政府办公室　　20××年×月×日印发"
    removed = [{"rule": "gongwen.issuer_mark", "text": "××市××局文件"},
               {"rule": "gongwen.printer", "text": line}]
    parts = [{"field": "issuer_mark", "text": "××市××局文件", "value": "××市××局文件"},
             {"field": "issuer", "text": "××市××局文件", "value": ["××市××局"]},
             {"field": "printer", "text": line, "value": "××县人民政府办公室"},
             {"field": "print_date", "text": line, "value": "20××年×月×日"},
             {"field": "date", "text": "20××年×月×日", "value": "20××年×月×日"}]
    # The 印发日期 moved with its line; the issuer is printed from its 红头; the 成文日期's
    # line stayed in the body.
    assert moved_fields(removed, parts) == ("issuer_mark", "printer", "print_date")


def _epub_text(data: bytes) -> str:
    """The chapters (the title's heading first), not the title page or the table of contents."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in sorted(z.namelist()) if n.startswith("EPUB/text/ch"))


def test_epub_and_html_print_the_moved_lines_with_their_masks(tmp_path):
    """EPUB and HTML keep the report layout: the lines the 公文 layout moved into fields come
    back in the body, in the 公文's order, each mask in its span, the 成文日期 once."""
    source = tmp_path / "request.txt"
    source.write_text(REQUEST, encoding="utf-8")
    record = convert_file(source, tmp_path / "out", to="epub,html", options={"layout": "gongwen"})
    for name in ("request.epub", "request.html"):
        data = (tmp_path / "out" / name).read_bytes()
        text = _epub_text(data) if name.endswith(".epub") else data.decode("utf-8")
        text = text[text.find("<body"):]
        # The title's heading prints the title's mask; the body every other (the date not twice).
        assert len(re.findall(r'<span\s+class="masked', text)) == len(record["masks"]) == 22, name
        plain = re.sub(r"<[^>]+>", "", text)
        lines = ["××市××局文件", "××发〔20××〕×号", "签发人：×××", "××市人民政府：", "附件：1．××工作安排表",
                 "2．××联系人名单", "××县人民政府", "（联系人：王**", "抄送：××委员会", "××县人民政府办公室"]
        at = -1
        for line in lines:
            assert plain.find(line, at + 1) > at, (name, line)
            at = plain.find(line, at + 1)
        assert plain.count("20××年×月×日") == 2, name  # 成文日期 and 印发日期, no title-block date


def test_epub_of_the_report_layout_is_unchanged_by_the_fields():
    data = convert_text(REQUEST, to="epub")
    plain = re.sub(r"<[^>]+>", "", _epub_text(data))
    assert plain.count("××市××局文件") == 1 and "签发人：×××" in plain

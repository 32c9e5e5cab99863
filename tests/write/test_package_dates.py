"""package_dates rewrites one part of a DOCX/EPUB and copies every other part as stored."""

from __future__ import annotations

import io
import zipfile

from reportfmt.write import package_dates

CORE = ('<cp:coreProperties><dcterms:created>1970-01-01T00:00:00Z</dcterms:created>'
        '<dcterms:modified>1970-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>')
BODY = ("<w:document>" + "<w:p><w:r><w:t>第一段正文，用于检查压缩后的字节原样保留。</w:t></w:r></w:p>" * 40
        + "</w:document>")


def package(entries: list[tuple[str, str, int]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, text, method in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            # level 1: bytes a re-deflate at zipfile's default level would not reproduce
            zf.writestr(info, text.encode("utf-8"), compress_type=method, compresslevel=1)
    return out.getvalue()


def stored_bytes(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
        zf.fp.seek(info.header_offset + 26)
        name_len, extra_len = int.from_bytes(zf.fp.read(2), "little"), int.from_bytes(zf.fp.read(2), "little")
        zf.fp.seek(info.header_offset + 30 + name_len + extra_len)
        return zf.fp.read(info.compress_size)


def test_fix_docx_edits_the_dates_and_copies_other_parts_as_stored(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    original = package([("[Content_Types].xml", "<Types/>", zipfile.ZIP_DEFLATED),
                        ("word/document.xml", BODY, zipfile.ZIP_DEFLATED),
                        ("docProps/core.xml", CORE, zipfile.ZIP_DEFLATED)])
    fixed = package_dates.fix_docx(original)
    with zipfile.ZipFile(io.BytesIO(fixed)) as zf:
        assert zf.testzip() is None
        assert zf.namelist() == ["[Content_Types].xml", "word/document.xml", "docProps/core.xml"]
        assert zf.read("word/document.xml").decode("utf-8") == BODY
        assert zf.read("docProps/core.xml").decode("utf-8") == CORE.replace(
            "1970-01-01T00:00:00Z", "2023-11-14T22:13:20Z")
    # Not inflated and deflated again: the level-1 bytes are still there.
    assert stored_bytes(fixed, "word/document.xml") == stored_bytes(original, "word/document.xml")


def test_fix_epub_keeps_the_uncompressed_mimetype_first(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    opf = ('<package><metadata><dc:date>1970-01-01T00:00:00Z</dc:date>'
           '<meta property="dcterms:modified">1970-01-01T00:00:00Z</meta></metadata></package>')
    original = package([("mimetype", "application/epub+zip", zipfile.ZIP_STORED),
                        ("EPUB/content.opf", opf, zipfile.ZIP_DEFLATED),
                        ("EPUB/text/ch001.xhtml", BODY, zipfile.ZIP_DEFLATED)])
    fixed = package_dates.fix_epub(original, has_date=False)
    assert fixed[30:38] == b"mimetype" and fixed[38:58] == b"application/epub+zip"
    with zipfile.ZipFile(io.BytesIO(fixed)) as zf:
        assert zf.testzip() is None
        assert zf.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert zf.read("EPUB/content.opf").decode("utf-8") == (
            '<package><metadata><meta property="dcterms:modified">2023-11-14T22:13:20Z</meta></metadata></package>')
        assert zf.read("EPUB/text/ch001.xhtml").decode("utf-8") == BODY

"""Give DOCX and EPUB packages real timestamps.

pandoc runs its writers without a clock under --sandbox, so every DOCX says it was created
and modified on 1970-01-01T00:00:00Z (docProps/core.xml) and every EPUB says it was modified
then (dcterms:modified) and, when the page had no date, published then (dc:date). This puts
the time of the conversion ($SOURCE_DATE_EPOCH when set, for byte-identical re-runs) in the
modification stamps and drops a publication date the page never had.
"""

from __future__ import annotations

import copy as copy_module
import io
import os
import re
import struct
import time
import zipfile
from collections.abc import Callable

EPOCH_STAMP = "1970-01-01T00:00:00Z"
_EPUB_DC_DATE = re.compile(r"\s*<dc:date[^>]*>" + re.escape(EPOCH_STAMP) + r"</dc:date>")


# One stamp per process: every file of a batch run says the same, and rendering a document
# twice in a process gives the same bytes.
_PROCESS_START = int(time.time())


def build_stamp() -> str:
    """W3CDTF UTC time of this conversion run."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    seconds = int(epoch) if epoch.isdigit() else _PROCESS_START
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _rewrite(package: bytes, edits: dict[str, Callable[[str], str]]) -> bytes:
    """Copy a zip, editing the named text entries; order, names and compression stay (an
    EPUB's uncompressed `mimetype` must remain the first entry). The other entries are
    copied as stored, never inflated and deflated again: that was 4 ms of a DOCX page's
    7 ms of rendering in Python, to change one 20-character date."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            if info.filename in edits:
                data = edits[info.filename](zin.read(info).decode("utf-8")).encode("utf-8")
                zout.writestr(info, data, compress_type=info.compress_type)
            else:
                _copy_stored(zin, info, zout)
    return out.getvalue()


def _copy_stored(zin: zipfile.ZipFile, info: zipfile.ZipInfo, zout: zipfile.ZipFile) -> None:
    """One entry's compressed bytes into `zout` as they are (its CRC and sizes with them).
    zipfile has no call for this; it is what ZipFile.writestr does after compressing."""
    zin.fp.seek(info.header_offset)
    local = zin.fp.read(_LOCAL_HEADER.size)
    fields = _LOCAL_HEADER.unpack(local)
    if fields[0] != _LOCAL_SIGNATURE:
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    zin.fp.seek(info.header_offset + _LOCAL_HEADER.size + fields[-2] + fields[-1])  # name, extra
    stored = zin.fp.read(info.compress_size)
    copy = copy_module.copy(info)
    # The sizes go in the header written here, so no data descriptor follows the bytes.
    copy.flag_bits &= ~_DATA_DESCRIPTOR
    copy.header_offset = zout.fp.tell()
    zout.fp.write(copy.FileHeader(zip64=copy.file_size > zipfile.ZIP64_LIMIT))
    zout.fp.write(stored)
    zout.filelist.append(copy)
    zout.NameToInfo[copy.filename] = copy
    zout.start_dir = zout.fp.tell()


_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # zipfile's structFileHeader
_LOCAL_SIGNATURE = b"PK\003\004"
_DATA_DESCRIPTOR = 0x08


def fix_docx(package: bytes, *, styles: Callable[[str], str] | None = None,
             document: Callable[[str], str] | None = None, custom: Callable[[str], str] | None = None) -> bytes:
    """The conversion time in docProps/core.xml, `styles` applied to word/styles.xml
    (docx_styles.py), `document` to word/document.xml (closing.place_in_docx) and `custom`
    to docProps/custom.xml (custom_props.fill_lists), in one copy of the package."""
    stamp = build_stamp()
    edits = {"docProps/core.xml": lambda xml: xml.replace(EPOCH_STAMP, stamp)}
    if styles is not None:
        edits["word/styles.xml"] = styles
    if document is not None:
        edits["word/document.xml"] = document
    if custom is not None:
        edits["docProps/custom.xml"] = custom
    return _rewrite(package, edits)


# The title page's date line (pandoc's EPUB template), left out when the closing block prints it.
_EPUB_TITLE_PAGE_DATE = re.compile(r'\s*<p class="date">(?:[^<]|<(?!/p>))*</p>(?=\s*</section>)')  # spans: a mask


def fix_epub(package: bytes, *, has_date: bool, title_page_date: bool = True) -> bytes:
    """The conversion time in the OPF's modification stamp; a dc:date the page never had
    dropped; the title page's date line dropped unless `title_page_date` (closing.py: a date
    the closing block prints is printed there once, and stays the package's dc:date)."""
    stamp = build_stamp()

    def opf(xml: str) -> str:
        if not has_date:
            xml = _EPUB_DC_DATE.sub("", xml)
        return xml.replace(f">{EPOCH_STAMP}</meta>", f">{stamp}</meta>")

    def title_page(xml: str) -> str:
        return _EPUB_TITLE_PAGE_DATE.sub("", xml, count=1)

    with zipfile.ZipFile(io.BytesIO(package)) as z:
        names = z.namelist()
    edits = dict.fromkeys([n for n in names if n.endswith(".opf")], opf)
    if not title_page_date:
        edits.update(dict.fromkeys([n for n in names if n.endswith("title_page.xhtml")], title_page))
    return _rewrite(package, edits)

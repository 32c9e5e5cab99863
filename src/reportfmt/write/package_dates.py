"""Give DOCX and EPUB packages real timestamps.

pandoc runs its writers without a clock under --sandbox, so every DOCX says it was created
and modified on 1970-01-01T00:00:00Z (docProps/core.xml) and every EPUB says it was modified
then (dcterms:modified) and, when the page had no date, published then (dc:date). This puts
the time of the conversion ($SOURCE_DATE_EPOCH when set, for byte-identical re-runs) in the
modification stamps and drops a publication date the page never had.
"""

from __future__ import annotations

import io
import os
import re
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
    EPUB's uncompressed `mimetype` must remain the first entry)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data, compress_type=info.compress_type)
    return out.getvalue()


def fix_docx(package: bytes) -> bytes:
    stamp = build_stamp()
    return _rewrite(package, {"docProps/core.xml": lambda xml: xml.replace(EPOCH_STAMP, stamp)})


def fix_epub(package: bytes, *, has_date: bool) -> bytes:
    stamp = build_stamp()

    def opf(xml: str) -> str:
        if not has_date:
            xml = _EPUB_DC_DATE.sub("", xml)
        return xml.replace(f">{EPOCH_STAMP}</meta>", f">{stamp}</meta>")

    with zipfile.ZipFile(io.BytesIO(package)) as z:
        opf_names = [n for n in z.namelist() if n.endswith(".opf")]
    return _rewrite(package, dict.fromkeys(opf_names, opf))

"""A Word document (.docx) given to `reportfmt convert`: pandoc's docx reader, its pictures kept.

A .docx is written by hand (a Word template, a report typed in Word), never a scraped page: the
document is marked so (`scraped = False`), and the pipeline runs the passes that touch no line of
it, as under `pandoc report.docx --filter reportfmt`. Its pictures live in the package
(word/media/…), where pandoc's JSON names them (media/…): they are taken from there, under the
same limits as a page's pictures, and embedded by the writers.
"""

from __future__ import annotations

import io
import zipfile

import panflute as pf

from ..errors import ReportfmtError
from ..write.pandoc import read_with_pandoc
from .images import Limits, PagePictures, page_folder

# pandoc names a picture of the package's word/media/image1.png "media/image1.png": each picture
# is known by its path in the package and by that path under the main part's folder.


def read_word(data: bytes, *, source: str = "<input>", limits: Limits | None = None, **_where) -> pf.Doc:
    limits = limits or Limits()
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = package.namelist()
    except (zipfile.BadZipFile, ValueError):
        raise ReportfmtError("not a Word document (.docx): no zip package", source=source) from None
    if "[Content_Types].xml" not in names:
        raise ReportfmtError("not a Word document (.docx): no [Content_Types].xml", source=source)
    try:
        doc = read_with_pandoc(data, "docx")
    except ReportfmtError as exc:
        raise ReportfmtError(str(exc), source=source) from None
    # Each picture is read only up to the limit (a zip bomb's member is never inflated whole).
    resources: dict[str, bytes | None] = {}
    media = [info for info in package.infolist() if "media/" in info.filename and not info.is_dir()]
    for info in media[:limits.max_count]:  # (no more than a page may embed)
        picture = package.read(info) if info.file_size <= limits.max_bytes else None
        resources[info.filename] = picture
        # (the main part's folder is word/ but in a package that names another one)
        resources.setdefault(info.filename.partition("/")[2], picture)
    pictures = PagePictures(page_folder(source))
    if resources:
        from .mdpictures import take_markdown_pictures  # only a document with pictures needs it

        take_markdown_pictures(doc, pictures, source=source, base="", resources=resources, limits=limits)
    doc.scraped = False
    doc.word = True  # (layout auto: a Word 公文 is laid out as one, passes/gongwen)
    doc.pictures = pictures
    return doc

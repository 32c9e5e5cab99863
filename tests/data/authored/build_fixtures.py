"""Write the hand-written test documents that are binary: gongwen.docx and seal.png.

Run from the project root:  .venv/bin/python tests/data/authored/build_fixtures.py

gongwen.docx is a small Word 公文 template written for these tests, in the shape of the
public templates in ../shared/corpus/authored/docx but in our own words: a 发文机关标志, a
发文字号 and 签发人 laid out as fields with a space between them, placeholders for the
title and the 主送机关, a body with a fill-in blank ("第 号"), the seal as an embedded
picture, joint issuers separated by a space, the 成文日期, and a letter-spaced "抄 送".
The WordprocessingML is written by hand here (no Word, no python-docx), so what the document
holds is exactly what this file says.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

# One list item per paragraph; a paragraph is a list of runs, "SEAL" is the picture.
PARAGRAPHS: list[list[str]] = [
    ["★"],
    ["XX县人民政府文件"],
    ["县政发〔2024〕号", " ", "签发人：□□□"],
    ["[此处输入文件标题]"],
    ["[此处输入主送机关]："],
    ["请各乡镇在第 号文件下发后十日内，将春季防火检查情况报县应急管理局。"],
    ["特此通知。"],
    ["SEAL"],
    ["XX县人民政府 县应急管理局"],
    ["2024年3月8日"],
    ["抄 送：县委办公室，县人大常委会办公室。"],
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
SEAL_EMU = 914400  # one inch


def seal_png(size: int = 24) -> bytes:
    """A small red ring on white, as a PNG written with zlib alone."""
    rows = []
    centre, outer, inner = (size - 1) / 2, size / 2 - 1, size / 2 - 4
    for y in range(size):
        row = bytearray([0])  # filter type: none
        for x in range(size):
            distance = ((x - centre) ** 2 + (y - centre) ** 2) ** 0.5
            row += bytes((200, 30, 30) if inner <= distance <= outer else (255, 255, 255))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows)))
            + chunk(b"IEND", b""))


def run_xml(text: str) -> str:
    if text == "SEAL":
        return (
            f'<w:r><w:drawing><wp:inline><wp:extent cx="{SEAL_EMU}" cy="{SEAL_EMU}"/>'
            '<wp:docPr id="1" name="seal" descr="印章"/>'
            f'<a:graphic><a:graphicData uri="{PIC_NS}"><pic:pic>'
            '<pic:nvPicPr><pic:cNvPr id="1" name="seal.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rIdSeal"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{SEAL_EMU}" cy="{SEAL_EMU}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        )
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def document_xml() -> str:
    body = "".join(f"<w:p>{''.join(run_xml(r) for r in runs)}</w:p>" for runs in PARAGRAPHS)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" '
        f'xmlns:pic="{PIC_NS}"><w:body>{body}</w:body></w:document>'
    )


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdSeal" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'image" Target="media/seal.png"/></Relationships>'
)


def write_docx(path: Path, png: bytes) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as docx:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
                           ("word/document.xml", document_xml()), ("word/_rels/document.xml.rels", DOCUMENT_RELS),
                           ("word/media/seal.png", png)]:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 8, 0, 0, 0))  # the same bytes on every run
            info.compress_type = zipfile.ZIP_DEFLATED
            docx.writestr(info, data)


def main() -> None:
    png = seal_png()
    (HERE / "seal.png").write_bytes(png)
    write_docx(HERE / "gongwen.docx", png)
    print(f"wrote {HERE / 'seal.png'} and {HERE / 'gongwen.docx'}")


if __name__ == "__main__":
    main()

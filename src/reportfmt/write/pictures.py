"""Kept pictures placed for each writer: inline bytes for DOCX, EPUB and HTML, files for typst.

The reader decided which pictures a page keeps (read/images.py) and the document names each
by its URL in the page's pictures folder ("report.pictures/1.png"). pandoc runs sandboxed
and reads no file, so DOCX, EPUB and HTML get the bytes as a `data:` URI, which pandoc
embeds (word/media, EPUB/media, an inline image); typst reads files from the folder the PDF
is compiled in, so the PDF route gets file names and the bytes to put there; markdown keeps
the URL, which is where the batch writes the picture (beside the .md file). Images the
reader did not keep are left alone here (write/conform.py removes them for scraped pages).
"""

from __future__ import annotations

import panflute as pf

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the filter's path never needs it
if TYPE_CHECKING:  # only named in an annotation: importing read/images costs `pandoc --filter` 3 M instructions
    from ..read.images import PagePictures

# The class of an Image whose bytes reportfmt checked and placed; conform.py keeps these.
PLACED_CLASS = "reportfmt-picture"


def place_pictures(doc: pf.Doc, fmt: str, pictures: PagePictures | None) -> dict[str, bytes]:
    """Point every kept picture of `doc` at its bytes for `fmt`; returns the files typst
    needs beside its source (empty for the other formats)."""
    files: dict[str, bytes] = {}
    if pictures is None or not pictures.kept:
        return files

    def visit(elem: pf.Element, _doc: pf.Doc) -> None:
        if not isinstance(elem, pf.Image) or elem.url not in pictures.kept:
            return
        picture = pictures.kept[elem.url]
        if fmt in ("pdf", "typst"):
            files[picture.name] = picture.data
            elem.url = picture.name
        elif fmt in ("md", "plain"):
            pass  # the file written beside the output: "<stem>.pictures/1.png"
        else:
            import base64  # here: only a page with a kept picture needs it

            elem.url = f"data:{picture.mime};base64,{base64.b64encode(picture.data).decode('ascii')}"
        if PLACED_CLASS not in elem.classes:
            elem.classes.append(PLACED_CLASS)
        # Shown at its own size, never wider than the text (read/images.Picture.display_width).
        elem.attributes["width"] = picture.display_width()

    doc.walk(visit)
    return files


def is_placed(elem: pf.Image) -> bool:
    return PLACED_CLASS in elem.classes


def drop_alt_repeating_caption(doc: pf.Doc) -> pf.Doc:
    """A figure's picture that is not shown (missing, not a picture, remote) leaves its alt text
    in its place; when the alt text is the figure's caption ("![图1 …](lost.png)": pandoc makes
    the same words both), the words would be printed twice, one under the other. The caption
    says them once: the picture goes from the writer's copy, its words stay in the caption."""
    for block in doc.content:  # top-level figures: a picture alone in its paragraph
        if not isinstance(block, pf.Figure) or block.caption is None:
            continue
        caption = "".join(pf.stringify(block.caption).split())
        if not caption:
            continue
        for part in block.content:
            if isinstance(part, (pf.Plain, pf.Para)):
                part.content = [inline for inline in part.content
                                if not (isinstance(inline, pf.Image) and not is_placed(inline)
                                        and "".join(pf.stringify(inline).split()) == caption)]
    return doc

"""The pictures of a markdown document (![图](img/a.png)) taken as a web page's are: checked by
images.py and kept, so every writer gets their bytes (write/pictures.py), the PDF included.

pandoc runs sandboxed and typst compiles in a folder of its own: a picture named by a path
beside the document reached no output before (the PDF showed its caption, the DOCX nothing).
The batch side reads the files the document names (images.referenced_paths); a picture that
is not there, or not a picture, keeps its caption in the text and is named in one warning line.
A remote picture is never fetched: it stays as written (its caption in the PDF), with no warning.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

import panflute as pf

from .images import Limits, PagePictures, take_picture

log = logging.getLogger(__name__)


def take_markdown_pictures(doc: pf.Doc, pictures: PagePictures, *, source: str = "<input>", base: str = "",
                           resources: Mapping[str, bytes | None] | None = None,
                           limits: Limits | None = None) -> None:
    resources = resources or {}
    limits = limits or Limits()

    def visit(elem: pf.Element, _doc: pf.Doc) -> None:
        if not isinstance(elem, pf.Image) or not elem.url or elem.url.lower().startswith(("http:", "https:", "//")):
            return
        before = len(pictures.dropped)
        # The author put every picture there: none is an icon or a spacer, however small.
        url = take_picture(pictures, [elem.url], pf.stringify(elem), base, resources, limits, small_kept=True)
        if url is not None:
            elem.url = url
        elif len(pictures.dropped) > before:
            reason = pictures.dropped[-1]["reason"]
            log.warning("%s: picture %s not shown (%s): its caption stands in its place", source, elem.url, reason)

    doc.walk(visit)

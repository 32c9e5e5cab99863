"""The title of a hand-written document that names none, in EPUB and HTML, when the document
opens with a heading of its own (a book's chapter written as `## 附录 A` with no title).

Both writers need a title (EPUB's dc:title, HTML's <title>), and the text we give is that first
heading's (conform.fallback_title). Set as `title`, pandoc would print it a second time above the
heading: the standalone HTML writer as a title block, and the EPUB writer as an h1 it puts in
front of any document not opening with a level-1 heading, whose id, made from the same words,
equals the heading's own (an EPUB with a duplicate id). The heading is the author's and stays
where it is; what changes is only what pandoc adds:
- HTML gets `pagetitle` (the <title> alone, no title block);
- EPUB keeps `title` (dc:title, the nav and the title page) and its headings move up so that the
  first is level 1 (pandoc's chapter heading, so it adds none), each keeping its place relative
  to the others. Only when the first heading is also the highest: otherwise a later heading
  above it would come out at level 0 or the book would still open under pandoc's h1.
A document opening with text before that heading: title_over_opening_text.
"""

from __future__ import annotations

import panflute as pf

from ..passes.elements import iter_elements, stringify


def title_from_first_heading(doc: pf.Doc, fmt: str, title: str) -> bool:
    """Set `title` (the text the caller would give the document) without pandoc printing the
    first heading twice; False (nothing done) when the document does not open with a heading
    saying `title`, or, in EPUB, when its first heading is not its highest."""
    first = doc.content[0] if doc.content else None
    if not (isinstance(first, pf.Header) and _says(first, title)):
        return False
    return _give(doc, fmt, title, first, opening_text=False)


def title_over_opening_text(doc: pf.Doc, fmt: str, title: str) -> bool:
    """The same for a document that opens with text of its own before its first heading (a
    foreword paragraph, then `## 第一章`), `title` being that heading's text: pandoc would print
    the heading's words as the book's chapter heading over the opening text, which is not part of
    that chapter (and give it the heading's id again); standalone HTML as a title block over it.
    In EPUB the headings move up as above, so that each is a chapter of its own, and the opening
    text gets an empty, unlisted level-1 heading: pandoc then adds none, shows nothing over the
    text, and the nav lists the author's headings only. False (nothing done) when the document
    has no heading saying `title` after its opening text, or its first heading is not its highest."""
    if not doc.content or isinstance(doc.content[0], pf.Header):
        return False
    first = next((b for b in doc.content if isinstance(b, pf.Header)), None)
    if first is None or not _says(first, title):
        return False
    return _give(doc, fmt, title, first, opening_text=True)


def _give(doc: pf.Doc, fmt: str, title: str, first: pf.Header, *, opening_text: bool) -> bool:
    if fmt in ("html", "html5"):  # the <title> alone, no title block
        if "pagetitle" not in doc.metadata:
            doc.metadata["pagetitle"] = pf.MetaString(title)
        return True
    if not _lift_to_chapters(doc, first):
        return False
    if opening_text:
        doc.content.insert(0, pf.Header(level=1, classes=["unnumbered", "unlisted"]))
    doc.metadata["title"] = pf.MetaString(title)
    return True


def _says(header: pf.Header, title: str) -> bool:
    said = stringify(header).strip()
    # (fallback_title cuts a long heading with "…")
    return bool(said) and (said == title or (title.endswith("…") and said.startswith(title[:-1])))


def _lift_to_chapters(doc: pf.Doc, first: pf.Header) -> bool:
    """Move every heading up so that `first` is level 1, each keeping its place relative to the
    others; False (nothing moved) when a heading in the document is higher than `first`."""
    headers = [elem for block in doc.content for elem in iter_elements(block) if isinstance(elem, pf.Header)]
    if min(header.level for header in headers) < first.level:
        return False
    shift = first.level - 1  # (before the loop: the first heading is among those it moves)
    for header in headers:
        header.level -= shift
    return True

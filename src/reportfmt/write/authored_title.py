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
"""

from __future__ import annotations

import panflute as pf

from ..passes.elements import iter_elements, stringify


def title_from_first_heading(doc: pf.Doc, fmt: str, title: str) -> bool:
    """Set `title` (the text the caller would give the document) without pandoc printing the
    first heading twice; False (nothing done) when the document does not open with a heading
    saying `title`, or, in EPUB, when its first heading is not its highest."""
    first = doc.content[0] if doc.content else None
    said = stringify(first).strip() if isinstance(first, pf.Header) else ""
    # (fallback_title cuts a long heading with "…")
    if not said or not (said == title or (title.endswith("…") and said.startswith(title[:-1]))):
        return False
    if fmt in ("html", "html5"):
        if "pagetitle" not in doc.metadata:
            doc.metadata["pagetitle"] = pf.MetaString(title)
        return True
    headers = [elem for block in doc.content for elem in iter_elements(block) if isinstance(elem, pf.Header)]
    if min(header.level for header in headers) < first.level:
        return False
    shift = first.level - 1  # (before the loop: the first heading is among those it moves)
    for header in headers:
        header.level -= shift
    doc.metadata["title"] = pf.MetaString(title)
    return True

"""List-valued metadata as text in a DOCX's custom properties.

pandoc's DOCX writer puts every metadata field but the core ones in docProps/custom.xml and
writes a list (a notice's issuer, a 公文's issuers, signers, attachments) as an empty
property, so File > Properties > Custom shows the field blank. `fill_lists` gives
package_dates.fix_docx the edit that writes a list of plain inlines there as one string, its
items joined by "、" (a Chinese list of names). The document is only read: the 公文 layout
keeps reading its lists (gongwen.py), and no copy is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.sax.saxutils import escape

import panflute as pf

SEPARATOR = "、"


def list_texts(doc: pf.Doc) -> dict[str, str]:
    """Each top-level metadata list whose items are all plain inlines (or strings), as its
    items' text joined by SEPARATOR; empty when the document has none (most pages)."""
    texts = {}
    for key, value in doc.metadata.content.items():
        if not isinstance(value, pf.MetaList) or not len(value.content):
            continue
        items = list(value.content)
        if not all(isinstance(item, (pf.MetaInlines, pf.MetaString)) for item in items):
            continue
        words = [pf.stringify(item).strip() for item in items]
        if all(words):
            texts[key] = SEPARATOR.join(words)
    return texts


def fill_lists(doc: pf.Doc) -> Callable[[str], str] | None:
    """The edit of docProps/custom.xml that fills the document's list properties pandoc left
    empty; None when there is nothing to fill, so the part stays byte-identical."""
    texts = list_texts(doc)
    if not texts:
        return None

    def edit(xml: str) -> str:
        for key, text in texts.items():
            name = re.escape(escape(key, {'"': "&quot;"}))
            empty = re.compile(rf'(<property [^>]*\bname="{name}"><vt:lpwstr>)(</vt:lpwstr>)')
            xml = empty.sub(lambda m, text=text: m.group(1) + escape(text) + m.group(2), xml, count=1)
        return xml

    return edit

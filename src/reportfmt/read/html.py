"""Scraped HTML -> panflute Doc: active and remote content removed, the article kept
(extract.py), then pandoc's HTML reader."""

from __future__ import annotations

import logging

import panflute as pf

from ..errors import ReportfmtError
from ..write.pandoc import read_with_pandoc
from .images import PagePictures

log = logging.getLogger(__name__)

# Elements whose content must never reach an output or make pandoc fetch anything.
_HTML_DROP = ("script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed",
              "img", "picture", "svg", "canvas", "video", "audio", "source", "link", "template",
              "input", "button", "select", "textarea")


def clean_tree(text: str, pictures: PagePictures | None = None, **where):
    """Parse a scraped page once and remove active and remote content from the tree.

    With `pictures`, the page's local pictures are kept as checked <img>s first
    (htmlpictures.py; `where` says where the page's files are: base, resources, limits).
    """
    from .extraction.composers import mark_composers
    from .htmlparse import parse_html_document  # lazily: the text path does not need lxml

    root = parse_html_document(text)
    if pictures is not None:
        from .htmlpictures import KEPT_MARK, take_page_pictures

        take_page_pictures(root, pictures, **where)
    mark_composers(root)  # the forms a reader types into, known by their text areas (before they go)
    for elem in list(root.iter(*_HTML_DROP)):  # a list: dropping while iterating skips siblings
        if pictures is not None and elem.tag == "img" and elem.get(KEPT_MARK):
            continue
        elem.drop_tree() if elem.getparent() is not None else None
    if pictures is not None:
        for img in root.iter("img"):
            img.attrib.pop(KEPT_MARK, None)
    for elem in root.iter():
        if not isinstance(elem.tag, str):
            continue
        # keys(): a list of the names (no attribute proxy per element); a value is read only
        # where it decides (a page's every class and id used to be lowered and thrown away).
        for attr in elem.keys():
            name = attr.lower()
            if name.startswith("on") or name in _DROP_ATTRIBUTES:
                del elem.attrib[attr]
            elif name in _URL_ATTRIBUTES and elem.get(attr).strip().lower().startswith(("javascript:", "data:")):
                del elem.attrib[attr]
    return root


_DROP_ATTRIBUTES = frozenset({"style", "srcset", "background"})
_URL_ATTRIBUTES = frozenset({"href", "src"})


def clean_html(text: str) -> str:
    """Remove active and remote content from a scraped page before any reader sees it."""
    import lxml.html

    return lxml.html.tostring(clean_tree(text), encoding="unicode")


def read_html(text: str, *, extract: bool = True, replies: str = "keep", pictures: PagePictures | None = None,
              **where) -> pf.Doc:
    """Pre-clean, keep the main content (extract.py), then pandoc's HTML reader.

    The page is parsed by lxml once; extraction works on a copy and the table fallback
    rewrites the result, so no step parses the page again. The Doc carries the extraction
    (`doc.extraction`: what was dropped, which extractor gave the text) for the Report.
    """
    import lxml.html

    from .tables import prepare_tables

    root = clean_tree(text, pictures, **where)
    head, found = "", None
    if extract:
        root, head, found = _main_content(root, replies)
    prepare_tables(root)  # layout tables unwrapped, data tables tidied (tables.py)
    html = _with_head(lxml.html.tostring(root, encoding="unicode"), head)
    try:
        doc = read_with_pandoc(html, "html-native_divs-native_spans")
    except ReportfmtError as exc:
        if "colspec" not in str(exc):
            raise
        # panflute 2.3.1 refuses some tables pandoc builds: read their cells as plain blocks.
        log.debug("tables flattened: %s", exc)
        flatten_table_tree(root)
        html = _with_head(lxml.html.tostring(root, encoding="unicode"), head)
        doc = read_with_pandoc(html, "html-native_divs-native_spans")
    doc.extraction = found
    return doc


def _main_content(root, replies: str = "keep"):
    """The article subtree (extract.py), and <head> tags carrying the page's title, date,
    author and site for pandoc's metadata."""
    from html import escape

    import lxml.html

    from .extract import extract_main

    found = extract_main(root, replies=replies)
    head = ""
    if found.title:
        head += f"<title>{escape(found.title)}</title>"
    for name, value in (("date", found.date), ("author", found.author), ("source", found.site),
                        *found.facts.items()):
        if value:
            head += f'<meta name="{name}" content="{escape(value)}">'
    kept = found.article
    if kept.tag in ("tr", "tbody"):
        table = lxml.html.Element("table")
        table.append(kept)
        kept = table
    page = lxml.html.document_fromstring("<html><body></body></html>")
    new_body = page.find("body")
    if kept.tag == "body":
        new_body.text = kept.text
        new_body.extend(list(kept))
    else:
        new_body.append(kept)
    return page, head, found


def _with_head(html: str, head: str) -> str:
    if not head:
        return html
    return html.replace("<html>", f"<html><head>{head}</head>", 1) if "<head>" not in html else \
        html.replace("<head>", f"<head>{head}", 1)


def flatten_table_tree(root) -> None:
    """Tables -> divs (one per row and cell), so no table reaches panflute."""
    for elem in root.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"):
        elem.tag = "div"
        for attr in ("colspan", "rowspan"):
            elem.attrib.pop(attr, None)

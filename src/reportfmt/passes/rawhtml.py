"""Raw HTML pass: HTML written into a document that pandoc has elements for becomes those
elements; HTML that runs code or loads another page goes, recorded.

Markdown authors write `2<sup>7</sup>` and `H<sub>2</sub>O`. pandoc keeps them as raw HTML,
which the DOCX, typst and plain writers drop, leaving "27": as Superscript and Subscript
every writer keeps them. So with a link written as `<a href="…">报名</a>` (its target was
lost in DOCX and PDF: the word stayed, plain) and a line break written `<br>` (the two lines
ran together): a Link and a LineBreak. Other raw HTML (<kbd>, <figure>, <img>, <span class=…>) stays as
the author wrote it. `<script>`, frames, objects, event handlers and javascript: links are
removed (rule `html.unsafe`); a video or a frame first leaves a link to what it plays
(embedded.py, rule `html.embedded`). Scraped pages reach the passes without raw HTML (our HTML reader
and pandoc's drop it): the pipeline runs this pass on hand-written documents only.
"""

from __future__ import annotations

import re

import panflute as pf

from ..state import get_state
from .embedded import RULE as EMBEDDED_RULE
from .embedded import link_all_media
from .regex_cache import LazyPattern

_OPEN = re.compile(r"^<(sup|sub)\s*>$", re.I)
_CLOSE = re.compile(r"^</(sup|sub)\s*>$", re.I)
_ELEMENT = {"sup": pf.Superscript, "sub": pf.Subscript}
# <a href="…" title="…">: the link's target (and title); </a>; <br>, <br/>.
_LINK_OPEN = re.compile(r"""^<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>$""", re.I)
_LINK_TITLE = re.compile(r"""\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_LINK_CLOSE = re.compile(r"^</a\s*>$", re.I)
_BREAK = re.compile(r"^<br\s*/?\s*>$", re.I)
UNSAFE = LazyPattern(
    r"""
    <\s*/?\s*(?:script|iframe|frame|frameset|object|embed|applet|base)\b   # active or framed content
    | <[^>]*\son[a-z]+\s*=                                                 # onclick=, onload=
    | (?:href|src|action)\s*=\s*["']?\s*javascript:                        # javascript: links
    """,
    re.I | re.X,
)
RULE = "html.unsafe"


def prepare(doc: pf.Doc) -> None:
    state = get_state(doc)
    if state.options.rawhtml.enabled:
        for raw in link_all_media(doc):
            state.report.record_removed(raw, EMBEDDED_RULE)


def action(elem: pf.Element, doc: pf.Doc):
    state = get_state(doc)
    if not state.options.rawhtml.enabled:
        return None
    if isinstance(elem, pf.RawBlock) and is_html(elem) and UNSAFE.search(elem.text):
        state.report.record_removed(elem.text, RULE)
        return []
    content = getattr(elem, "content", None)
    if isinstance(content, pf.ListContainer) and content and isinstance(content[0], pf.Inline):
        for raw in drop_unsafe(elem):
            state.report.record_removed(raw, RULE)
        native_sup_sub(elem)
    return None


def finalize(doc: pf.Doc) -> None:
    return None


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    return pf.run_filter(action, prepare=prepare, finalize=finalize, doc=doc)


def is_html(elem: pf.RawInline | pf.RawBlock) -> bool:
    return elem.format in ("html", "html4", "html5")


_TAG_NAME = re.compile(r"^<\s*([a-z][a-z0-9]*)", re.I)


def drop_unsafe(elem: pf.Element) -> list[str]:
    """Remove unsafe raw inlines from `elem`'s content, each with the raw tag that closes it
    (a lone </a> left behind would break the XHTML of an EPUB). Returns what went."""
    items = list(elem.content)
    gone: list[str] = []
    drop: set[int] = set()
    for index, item in enumerate(items):
        if not (isinstance(item, pf.RawInline) and is_html(item) and UNSAFE.search(item.text)):
            continue
        drop.add(index)
        gone.append(item.text)
        name = _TAG_NAME.match(item.text)
        closing = re.compile(rf"^</\s*{name.group(1)}\s*>$", re.I) if name else None
        for later in range(index + 1, len(items)) if closing else ():
            other = items[later]
            if isinstance(other, pf.RawInline) and is_html(other) and closing.match(other.text):
                drop.add(later)
                gone.append(other.text)
                break
    if drop:
        elem.content = [item for index, item in enumerate(items) if index not in drop]
    return gone


def native_sup_sub(elem: pf.Element) -> None:
    """Replace each <sup>…</sup> (or <sub>) pair of raw inlines in `elem`'s content by a
    Superscript (Subscript) holding what stood between them. An unpaired tag stays raw."""
    items = list(elem.content)
    if not any(isinstance(item, pf.RawInline) for item in items):
        return
    result: list[pf.Inline] = []
    changed = False
    i = 0
    while i < len(items):
        item = items[i]
        raw = isinstance(item, pf.RawInline) and is_html(item)
        if raw and _BREAK.match(item.text):
            result.append(pf.LineBreak())
            changed = True
            i += 1
            continue
        if raw and (link := _native_link(items, i)) is not None:
            result.append(link[0])
            changed = True
            i = link[1] + 1
            continue
        opened = _OPEN.match(item.text) if raw else None
        close = _closing(items, i + 1, opened.group(1).lower()) if opened else None
        if close is None:
            result.append(item)
            i += 1
            continue
        inner = items[i + 1 : close]
        result.append(_ELEMENT[opened.group(1).lower()](*inner))
        changed = True
        i = close + 1
    if changed:
        elem.content = result


def _native_link(items: list[pf.Inline], start: int) -> tuple[pf.Link, int] | None:
    """(the Link, the index of its </a>) for a raw <a href> at `start` closed by a raw </a>
    before any other <a> opens, or None."""
    import html

    opened = _LINK_OPEN.match(items[start].text)
    if opened is None:
        return None
    for index in range(start + 1, len(items)):
        item = items[index]
        if not (isinstance(item, pf.RawInline) and is_html(item)):
            continue
        if _TAG_NAME.match(item.text) and _TAG_NAME.match(item.text).group(1).lower() == "a":
            return None  # another <a> opens first: left as written
        if _LINK_CLOSE.match(item.text):
            title = _LINK_TITLE.search(items[start].text)
            url = html.unescape(opened.group(1) if opened.group(1) is not None else opened.group(2))
            title_text = html.unescape(next(g for g in title.groups() if g is not None)) if title else ""
            return pf.Link(*items[start + 1 : index], url=url, title=title_text), index
    return None


def _closing(items: list[pf.Inline], start: int, tag: str) -> int | None:
    """Index of the raw </tag> closing the one opened before `start` (nesting counted)."""
    depth = 0
    for index in range(start, len(items)):
        item = items[index]
        if not (isinstance(item, pf.RawInline) and is_html(item)):
            continue
        opened, closed = _OPEN.match(item.text), _CLOSE.match(item.text)
        if opened and opened.group(1).lower() == tag:
            depth += 1
        elif closed and closed.group(1).lower() == tag:
            if depth == 0:
                return index
            depth -= 1
    return None

"""Embedded media in a hand-written document (<video>, <audio>, <iframe>, <embed>, <object>)
become a visible link to what they play, for the raw-HTML pass (rawhtml.py).

No writer but HTML plays raw <video> (DOCX and typst drop raw HTML, an EPUB would need the file
in the book) and a frame is removed as unsafe: without this the reader of the DOCX or the PDF
would never know there was a video. The tag is replaced by a Link ("视频：…") to its src (or the
src of its first <source>, or an <object>'s data); its closing tag and <source>/<track> tags go;
text between the tags (a fallback sentence) stays, as it did. Only a URL that is a web address
or a relative path is linked: javascript:, data: and the like are no link. Event handlers and
other attributes go with the tag. Every tag removed is recorded (rule `html.embedded`).
"""

from __future__ import annotations

import re

import panflute as pf

RULE = "html.embedded"
# The tags that embed media or another page, and the word a link to each is shown with.
_LABELS = {"video": "视频", "audio": "音频", "iframe": "嵌入内容", "embed": "嵌入内容", "object": "嵌入内容"}
_OPEN = re.compile(r"^<\s*(video|audio|iframe|embed|object)\b([^>]*)>$", re.I | re.S)
_CLOSE = re.compile(r"^<\s*/\s*(video|audio|iframe|embed|object)\s*>$", re.I)
_SOURCE = re.compile(r"^<\s*(?:source|track)\b([^>]*)>$|^<\s*/\s*(?:source|track)\s*>$", re.I | re.S)
# An attribute's value, quoted or not: src="…", data='…', title=…
_ATTRIBUTE = r"""\b{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
# What may be linked: a web address, or a path with no scheme (a file beside the document).
_SAFE_URL = re.compile(r"^(?:https?://|//|(?![a-z][a-z0-9+.-]*:))", re.I)


def _attribute(attributes: str, name: str) -> str:
    m = re.search(_ATTRIBUTE.format(name=name), attributes, re.I)
    return next((g for g in m.groups() if g is not None), "").strip() if m else ""


def _media_url(attributes: str) -> str:
    url = _attribute(attributes, "src") or _attribute(attributes, "data")
    return url if url and _SAFE_URL.match(url) else ""


def _raw_html(elem: pf.Element) -> str | None:
    if isinstance(elem, (pf.RawInline, pf.RawBlock)) and elem.format in ("html", "html4", "html5"):
        return elem.text.strip()
    return None


def link_media(items: list[pf.Element], *, blocks: bool) -> tuple[list[pf.Element], list[str]] | None:
    """`items` (a list of inlines, or of blocks when `blocks`) with each embedding tag replaced by
    its link; None when there is none. Also returns the raw tags removed."""
    if not any((raw := _raw_html(item)) and _OPEN.match(raw) for item in items):
        return None
    result: list[pf.Element | None] = []  # None: a tag with nothing to link, so far
    removed: list[str] = []
    pending: int | None = None  # where the open tag's link goes when a <source> gives its url
    tag = ""
    for item in items:
        raw = _raw_html(item)
        opened = _OPEN.match(raw) if raw else None
        if opened:
            tag = opened.group(1).lower()
            removed.append(raw)
            url = _media_url(opened.group(2))
            result.append(_link(tag, url, _attribute(opened.group(2), "title"), blocks) if url else None)
            pending = None if url else len(result) - 1
            continue
        source = _SOURCE.match(raw) if raw and tag else None
        closed = _CLOSE.match(raw) if raw and tag else None
        if source or closed:
            removed.append(raw)
            if source and source.group(1) and pending is not None and (url := _media_url(source.group(1))):
                result[pending] = _link(tag, url, "", blocks)
                pending = None
            if closed:
                tag, pending = "", None
            continue
        result.append(item)
    # A frame with no url to link (javascript:, none at all) leaves nothing.
    return [item for item in result if item is not None], removed


def _link(tag: str, url: str, title: str, blocks: bool) -> pf.Element:
    link = pf.Link(pf.Str(f"{_LABELS[tag]}：{title or url}"), url=url, title=title)
    return pf.Para(link) if blocks else link


def link_all_media(doc: pf.Doc) -> list[str]:
    """Link every embedding tag of `doc`, in block lists and in paragraphs alike; returns the
    raw tags removed. Run before the unsafe tags are removed: a frame is linked first."""
    removed: list[str] = []

    def relink(elem: pf.Element, _doc: pf.Doc) -> None:
        content = getattr(elem, "content", None)
        if not isinstance(content, pf.ListContainer) or not content:
            return
        linked = link_media(list(content), blocks=isinstance(content[0], pf.Block))
        if linked is not None:
            elem.content = linked[0]
            removed.extend(linked[1])

    doc.walk(relink)
    relink(doc, doc)
    return removed

"""The pictures of a parsed page: each <img>, <picture> and inline <svg> kept (as an <img>
naming the checked picture) or removed with its reason recorded. images.py decides."""

from __future__ import annotations

import re
from collections.abc import Mapping

import lxml.html
from lxml import etree

from .images import PICTURE_ATTRIBUTES, Limits, PagePictures, take_picture

# The mark of an <img> this module made; html.clean_tree keeps only those.
KEPT_MARK = "data-reportfmt-picture"
_SVG_TAG = "{http://www.w3.org/2000/svg}svg"


def take_page_pictures(root: etree._Element, pictures: PagePictures, *, base: str = "",
                       resources: Mapping[str, bytes | None] | None = None, limits: Limits | None = None) -> None:
    """Replace every picture element of the page by a checked <img>, or remove it."""
    resources = resources or {}
    limits = limits or Limits()
    for picture in list(root.iter("picture")):
        img = next(picture.iter("img"), None)
        _replace(picture, img)  # <source> alternatives go: the <img> is the picture
    for elem in list(root.iter("img", "svg", _SVG_TAG)):
        if elem.getparent() is None or any(a.tag in ("svg", _SVG_TAG) for a in elem.iterancestors()):
            continue
        if elem.tag == "img":
            candidates = [elem.get(a, "") for a in PICTURE_ATTRIBUTES]
            # A lazy-loading page's src is a placeholder; the data-* address is the picture.
            candidates = candidates[1:] + candidates[:1] if candidates[0].startswith("data:") else candidates
            alt = " ".join((elem.get("alt") or elem.get("title") or "").split())
        else:
            data = "data:image/svg+xml;base64," + _base64(inline_svg_bytes(elem))
            candidates, alt = [data], " ".join((elem.findtext("title") or "").split())
        url = take_picture(pictures, candidates, alt, base, resources, limits)
        if url is None:
            _replace(elem, None)
            continue
        new = etree.Element("img", {"src": url, "alt": alt, KEPT_MARK: "1"})
        _replace(elem, new)


def _replace(old: etree._Element, new: etree._Element | None) -> None:
    """Put `new` where `old` was (its tail kept), or remove `old` alone."""
    parent = old.getparent()
    if parent is None:
        return
    if new is None:
        old.drop_tree()  # keeps the tail text
        return
    if new.getparent() is not None:
        new.getparent().remove(new)  # lxml keeps a moved element's tail: clear it
    new.tail = old.tail
    parent.replace(old, new)


# The HTML parser lowercases names; SVG's camelCase ones are restored before it is kept.
_CAMEL = {name.lower(): name for name in (
    "viewBox", "preserveAspectRatio", "linearGradient", "radialGradient", "gradientUnits",
    "gradientTransform", "clipPath", "clipPathUnits", "textPath", "patternUnits", "stdDeviation",
    "foreignObject", "markerWidth", "markerHeight", "refX", "refY", "textLength", "lengthAdjust")}


def inline_svg_bytes(elem: etree._Element) -> bytes:
    """An <svg> element of an HTML page as a standalone SVG document."""
    text = lxml.html.tostring(elem, method="xml", encoding="unicode", with_tail=False)
    text = re.sub(r"(?<=[<\s/])([a-z]+)(?=[\s=>/])", lambda m: _CAMEL.get(m.group(1), m.group(1)), text)
    if "xmlns=" not in text.split(">", 1)[0]:
        text = text.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
    return text.encode("utf-8")


def _base64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")

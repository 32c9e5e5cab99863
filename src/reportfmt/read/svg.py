"""SVG pictures made inert, then drawn as PNG: no script, handler, foreign content or link.

An SVG is a document, not only a picture: it can carry <script>, onload= handlers,
<foreignObject> HTML, and references to other files or addresses that a viewer would
fetch. What is kept is the drawing: shapes, paths, text, gradients, and links inside the
picture itself (#id) or to embedded raster data. That drawing is then rasterised (typst,
the PDF engine reportfmt already has, at twice the picture's size), so every output holds
a PNG: Word before 2016, WPS and many e-readers show no SVG, and a PNG runs nothing.
"""

from __future__ import annotations

import re

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
# Elements that run code, embed other documents or animate attributes (an <set> can put a
# javascript: link back).
_DROP = {"script", "foreignObject", "iframe", "object", "embed", "handler", "listener",
         "set", "animate", "animateTransform", "animateMotion", "use_external"}
_SAFE_DATA = re.compile(r"^data:image/(?:png|jpeg|gif);base64,", re.I)
_LENGTH = re.compile(r"^\s*([\d.]+)\s*(px|pt|mm|cm|in)?\s*$")
_UNITS_PX = {None: 1.0, "px": 1.0, "pt": 96 / 72, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
# Without a size of its own an SVG is drawn this wide (CSS's default replaced-element size).
DEFAULT_SIZE = (300, 150)


def sanitise_svg(data: bytes) -> tuple[bytes | None, tuple[int, int], str]:
    """(clean bytes, (width, height) in px, "") or (None, (0, 0), reason)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        return None, (0, 0), f"damaged SVG ({' '.join(str(exc).split())[:80]})"
    if etree.QName(root).localname != "svg":
        return None, (0, 0), "not an SVG picture"
    if etree.QName(root).namespace is None:
        # Renderers only draw SVG in its namespace; pages often leave the xmlns out.
        text = etree.tostring(root).replace(b"<svg", f'<svg xmlns="{SVG_NS}"'.encode(), 1)
        root = etree.fromstring(text, parser)
    for elem in list(root.iter()):
        if not isinstance(elem.tag, str):
            if elem.getparent() is not None:
                elem.getparent().remove(elem)  # entities and other non-element nodes
            continue
        name = etree.QName(elem)
        if name.localname in _DROP or (name.namespace and name.namespace != SVG_NS):
            if elem.getparent() is not None:
                elem.getparent().remove(elem)
            continue
        for attr in list(elem.attrib):
            local = etree.QName(attr).localname.lower()
            value = elem.attrib[attr].strip()
            if local.startswith("on"):
                del elem.attrib[attr]
            elif local == "href" and not (value.startswith("#") or _SAFE_DATA.match(value)):
                del elem.attrib[attr]
            elif "url(" in value and not re.fullmatch(r"[^()]*url\(\s*#[^)]*\)[^()]*", value):
                del elem.attrib[attr]  # fill="url(http://…)": only url(#gradient) stays
        if name.localname == "style" and elem.text and re.search(r"@import|url\(\s*['\"]?(?!#)", elem.text):
            elem.getparent().remove(elem)
    size = _size(root)
    root.set("width", str(size[0]))
    root.set("height", str(size[1]))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8"), size, ""


# Rasterised at this many pixels per CSS pixel: sharp on paper and on high-density screens.
RASTER_SCALE = 2


def svg_engine():
    """This process's typst engine, which draws the SVGs (write/pdf.py: compiler and fonts,
    loaded once). Set up apart from any one picture: a failure here (styles/ not found, an
    import failing) is the installation's, and raises, where it used to be caught with the
    picture's own errors and recorded as a "damaged SVG", so whether a page kept its SVGs (and
    their <title> alt text) depended on where reportfmt ran from and on what the process had
    imported before. Only ReportfmtError (no CJK font on the machine) is left to the caller,
    which drops the picture with that reason: the same on every run on that machine."""
    from ..write.pdf import typst_engine  # the worker's compiler and fonts, loaded once

    return typst_engine()


def rasterise_svg(clean: bytes, size: tuple[int, int], engine=None) -> bytes:
    """A sanitised SVG drawn as PNG by typst at RASTER_SCALE times its size (in CSS pixels);
    `engine`: svg_engine(), set up by the caller (a failure there is not this picture's)."""
    import tempfile
    from pathlib import Path

    engine = engine or svg_engine()
    width_pt = size[0] * 0.75
    source = (f'#set page(width: {width_pt}pt, height: auto, margin: 0pt)\n'
              f'#image("picture.svg", width: {width_pt}pt)\n')
    with engine.lock, tempfile.TemporaryDirectory(prefix="reportfmt-svg-") as root:
        (Path(root) / "picture.svg").write_bytes(clean)
        png = engine.compiler.compile(input=source.encode(), format="png", ppi=96 * RASTER_SCALE, root=root)
    return png[0] if isinstance(png, list) else png


def _size(root: etree._Element) -> tuple[int, int]:
    width, height = _px(root.get("width")), _px(root.get("height"))
    box = (root.get("viewBox") or "").replace(",", " ").split()
    if len(box) == 4:
        try:
            box_w, box_h = float(box[2]), float(box[3])
        except ValueError:
            box_w = box_h = 0.0
        if box_w > 0 and box_h > 0:
            if width and not height:
                height = width * box_h / box_w
            elif height and not width:
                width = height * box_w / box_h
            elif not width and not height:
                width, height = box_w, box_h
    if not width or not height:
        return DEFAULT_SIZE
    return round(width), round(height)


def _px(value: str | None) -> float | None:
    match = _LENGTH.match(value or "")
    if not match:
        return None
    return float(match.group(1)) * _UNITS_PX[match.group(2)]

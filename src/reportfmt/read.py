"""Bytes -> text (encoding detection) -> panflute Doc.

Plain text is parsed by our own reader so that masks such as `**区` stay literal;
HTML is pre-cleaned (no scripts, frames or remote images) and given to pandoc's reader.
"""

from __future__ import annotations

import io
import json
import logging
import re
from pathlib import Path

import panflute as pf

from .elements import para
from .errors import ReportfmtError
from .pandoc_runner import run_pandoc

log = logging.getLogger(__name__)

TEXT_EXTENSIONS = {".txt", ".text"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_EXTENSIONS = {".md", ".markdown"}
INPUT_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | MARKDOWN_EXTENSIONS

# Magic numbers of binary formats people find in scraped folders.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF",
                 b"MZ", b"\xd0\xcf\x11\xe0", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
# GB2312 and GBK pages routinely use characters only GB18030 defines.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
                    "big5-hkscs": "big5hkscs", "utf8": "utf-8"}


def detect_format(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in HTML_EXTENSIONS:
        return "html"
    if suffix in MARKDOWN_EXTENSIONS:
        return "markdown"
    if suffix in TEXT_EXTENSIONS:
        return "txt"
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "txt"


def decode(data: bytes, source: str = "<input>") -> str:
    """Decode scraped bytes: UTF-8, UTF-16 (BOM), the declared charset, GB18030 or Big5."""
    if not data.strip():
        raise ReportfmtError("empty file", source=source)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    if data.startswith(_BINARY_MAGIC) or _looks_binary(data):
        raise ReportfmtError("binary file, not a text or HTML page", source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:
            # A file cut off inside its last character: keep everything before it.
            return data[: exc.start].decode("utf-8")
    declared = _declared_charset(data)
    candidates = [c for c in (declared, "gb18030", "big5") if c]
    decoded = {}
    for codec in dict.fromkeys(candidates):
        try:
            decoded[codec] = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    if declared in decoded:
        return decoded[declared]
    if len(decoded) == 1:
        return next(iter(decoded.values()))
    if decoded:
        return decoded[_best_guess(data, list(decoded))]
    mixed = _decode_line_by_line(data)
    if mixed is not None:
        return mixed
    # Real pages carry a few broken bytes: take the codec that needs fewest replacements.
    lenient = {c: data.decode(c, "replace") for c in dict.fromkeys([*candidates, "utf-8"])}
    codec, text = min(lenient.items(), key=lambda item: item[1].count("\ufffd"))
    if text.count("\ufffd") <= max(8, len(text) // 1000):
        log.debug("%s: decoded as %s with %d broken characters", source, codec, text.count("\ufffd"))
        return text
    raise ReportfmtError("undecodable bytes: not UTF-8, GB18030/GBK or Big5 text", source=source)


def _decode_line_by_line(data: bytes) -> str | None:
    """Pages pasted together from several sources mix UTF-8 and GBK lines in one file."""
    lines = data.split(b"\n")
    out = []
    for line in lines:
        for codec in ("utf-8", "gb18030"):
            try:
                out.append(line.decode(codec))
                break
            except UnicodeDecodeError:
                continue
        else:
            return None
    return "\n".join(out)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.05


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    return _CHARSET_ALIASES.get(name, name)


def _best_guess(data: bytes, codecs: list[str]) -> str:
    """Both GB18030 and Big5 decode the bytes: let charset-normalizer choose."""
    from charset_normalizer import from_bytes  # imported lazily: costs start-up time

    best = from_bytes(data, cp_isolation=codecs).best()
    if best is not None:
        name = _CHARSET_ALIASES.get(best.encoding, best.encoding)
        if name in codecs:
            return name
    return codecs[0]


def read_bytes(data: bytes, source: str = "<input>", fmt: str | None = None) -> pf.Doc:
    """Decode and parse one input page."""
    text = decode(data, source)
    return read_text(text, source=source, fmt=fmt or detect_format(source, text))


def read_text(text: str, *, source: str = "<input>", fmt: str = "txt") -> pf.Doc:
    text = text.replace("\x00", "")
    try:
        if fmt == "html":
            doc = read_html(text)
        elif fmt == "markdown":
            doc = read_markdown(text)
        else:
            doc = read_plain_text(text)
    except ReportfmtError as exc:
        raise ReportfmtError(str(exc), source=source) from None
    # A scraped page (text or HTML) is always cleaned; only markdown may be hand-written.
    doc.scraped = fmt in ("txt", "html")
    return doc


def read_plain_text(text: str) -> pf.Doc:
    """One paragraph per non-empty line; every character, `*` included, stays literal."""
    blocks = []
    for line in text.splitlines():
        line = line.strip(" \t\u3000\u00a0\ufeff")
        if line:
            blocks.append(para(line))
    return pf.Doc(*blocks)


# --- HTML ---------------------------------------------------------------------------------

# Elements whose content must never reach an output or make pandoc fetch anything.
_HTML_DROP = ("script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed",
              "img", "picture", "svg", "canvas", "video", "audio", "source", "link", "template",
              "input", "button", "select", "textarea")


def clean_tree(text: str):
    """Parse a scraped page once and remove active and remote content from the tree."""
    from .htmlparse import parse_html_document  # lazily: the text path does not need lxml

    root = parse_html_document(text)
    for elem in root.iter(*_HTML_DROP):
        elem.drop_tree() if elem.getparent() is not None else None
    for elem in root.iter():
        if not isinstance(elem.tag, str):
            continue
        for attr in list(elem.attrib):
            value = elem.attrib[attr].strip().lower()
            if attr.lower().startswith("on") or attr.lower() in {"style", "srcset", "background"}:
                del elem.attrib[attr]
            elif attr.lower() in {"href", "src"} and value.startswith(("javascript:", "data:")):
                del elem.attrib[attr]
    return root


def clean_html(text: str) -> str:
    """Remove active and remote content from a scraped page before any reader sees it."""
    import lxml.html

    return lxml.html.tostring(clean_tree(text), encoding="unicode")


# Below this many visible characters the extracted article is not trusted: keep the page.
MIN_ARTICLE_CHARS = 50


def read_html(text: str, *, extract: bool = True) -> pf.Doc:
    """Pre-clean, keep the main content (extract.py), then pandoc's HTML reader.

    The page is parsed by lxml once; extraction cuts that tree and the table fallback
    rewrites it, so no step parses the page again.
    """
    import lxml.html

    root = clean_tree(text)
    head = ""
    if extract:
        root, head = _main_content(root)
    html = _with_head(lxml.html.tostring(root, encoding="unicode"), head)
    try:
        return _pandoc_to_doc(html, "html-native_divs-native_spans")
    except ReportfmtError as exc:
        if "colspec" not in str(exc):
            raise
        # panflute 2.3.1 refuses some tables pandoc builds: read their cells as plain blocks.
        log.debug("tables flattened: %s", exc)
        flatten_table_tree(root)
        html = _with_head(lxml.html.tostring(root, encoding="unicode"), head)
        return _pandoc_to_doc(html, "html-native_divs-native_spans")


def _main_content(root):
    """The article subtree (or the whole body when too little was found), and <head> tags
    carrying the page's title, date, author and site for pandoc's metadata."""
    from html import escape

    import lxml.html

    from .extract import extract_main, visible_length

    found = extract_main(root)
    head = ""
    if found.title:
        head += f"<title>{escape(found.title)}</title>"
    for name, value in (("date", found.date), ("author", found.author), ("source", found.site)):
        if value:
            head += f'<meta name="{name}" content="{escape(value)}">'
    if visible_length(found.text) < MIN_ARTICLE_CHARS:
        # Too little found: keep the whole body (extraction only cut repeats and chrome).
        kept = root.find("body") if root.find("body") is not None else root
    else:
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
    return page, head


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


def _pandoc_to_doc(text: str, reader: str) -> pf.Doc:
    raw = run_pandoc(["-f", reader, "-t", "json"], text.encode("utf-8"))
    try:
        return pf.load(io.StringIO(raw.decode("utf-8")))
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise ReportfmtError(f"unreadable document structure: {exc}") from None


# --- Markdown -----------------------------------------------------------------------------

# Markdown emphasis in Chinese text: **重要** with no CJK letter or word character outside
# the delimiters. Anything else made of * or _ next to Chinese is a mask (**区, ***亿元).
_EMPHASIS = re.compile(r"(?<![*_\w])(\*{1,3}|_{1,3})(?=\S)([^*_\n]+?)(?<=\S)\1(?![*_\w])")
_CODE_SPAN = re.compile(r"(`+).+?\1")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# Characters pandoc's markdown reader would treat as markup inside a mask.
_MARKUP = set("*_[]~^`\\<>#")


def protect_masks(text: str) -> str:
    """Backslash-escape markup characters inside masks so pandoc's markdown reader keeps them.

    Masks are found line by line with the same detectors as the masks pass; code (fenced
    blocks, indented blocks, `spans`) and emphasis pairs (**重要**) are left as markdown.
    """
    from .maskfind import find_masks  # the detectors; imported here to keep reading light

    out = []
    in_fence = False
    for line in text.splitlines(keepends=True):
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append(line)
            continue
        if in_fence or line.startswith(("    ", "\t")):
            out.append(line)
            continue
        keep = [False] * len(line)
        masks = find_masks(line.rstrip("\n"))
        spans = {(m.start, m.end) for m in masks}
        for pattern in (_CODE_SPAN, _EMPHASIS):
            for m in pattern.finditer(line):
                if pattern is _EMPHASIS:
                    size = len(m.group(1))
                    delimiters = [(m.start(), m.start() + size), (m.end() - size, m.end())]
                    inside_longer_mask = any(s < de and ds < e and (s, e) != (ds, de)
                                             for s, e in spans for ds, de in delimiters)
                    if (inside_longer_mask or not _outside_is_not_chinese(line, m.start(), m.end())
                            or not re.search(r"\w", m.group(2))):
                        continue  # **重要**工作, *+* of “*+*+*”, *倍，“* of *.*倍，“*: masks
                for i in range(m.start(), m.end()):
                    keep[i] = True
        chars = list(line)
        for mask in masks:
            if any(keep[mask.start : mask.end]):
                continue
            for i in range(mask.start, mask.end):
                if chars[i] in _MARKUP and not (i and line[i - 1] == "\\"):
                    chars[i] = "\\" + chars[i]
        out.append("".join(chars))
    return "".join(out)


def _outside_is_not_chinese(line: str, start: int, end: int) -> bool:
    """**重要**工作 is a mask pair (**, **) touching Chinese; **重要**。 is emphasis."""
    from .maskfind import is_ideograph

    left = line[start - 1] if start else ""
    right = line[end] if end < len(line) else ""
    return not is_ideograph(left) and not is_ideograph(right)


def read_markdown(text: str) -> pf.Doc:
    return _pandoc_to_doc(protect_masks(text), "markdown")

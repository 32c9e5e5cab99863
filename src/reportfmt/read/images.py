"""The picture decision for scraped pages: which images a page carries locally, and which go.

A saved page keeps its pictures beside it (`page_files/chart.png`, `images/a.jpg`, another
member of the same archive) or inside itself (`data:` URIs). Those are embedded in every
output; nothing is ever fetched. Everything else is dropped and recorded with its reason
(`images_dropped` in the manifest): remote addresses, site paths the saved page does not
carry, files that are missing, too large, damaged or of an unsupported type, and icons.

One module decides (this one); the batch side only gathers the files a page names
(`referenced_paths`), and the writers only place the bytes decided here.

Safety: each picture is checked by its bytes, not its name (PNG, JPEG, GIF, WebP, BMP, SVG);
raster pictures are decoded once (Pillow) under a pixel limit, so a damaged or bomb picture
is refused here rather than failing a writer; WebP and BMP are re-encoded as PNG; SVG is
parsed without entities or network and loses scripts, event handlers, foreign objects and
every external reference, then is drawn as a PNG (read/svg.py).
"""

from __future__ import annotations

import base64
import binascii
import io
import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote, unquote_to_bytes

# Pictures smaller than this on either side are icons, spacers and tracking pixels.
MIN_SIDE_PX = 32
# The text block of the GB/T 9704 page (156 x 225 mm) in CSS pixels (96 per inch): a
# picture is shown at its own size, never wider than the text or taller than most of a page.
TEXT_WIDTH_PX = 156 / 25.4 * 96
TEXT_HEIGHT_PX = 0.8 * 225 / 25.4 * 96

_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_DATA_URI = re.compile(r"^data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<params>(?:;[^,;]*)*?)(?P<b64>;base64)?,(?P<data>.*)$",
                       re.I | re.S)
# Attributes that name a page's pictures (lazy-loading pages keep the real one in data-*).
PICTURE_ATTRIBUTES = ("src", "data-src", "data-original", "data-echo", "data-lazy-src")
# Matched on the page's ASCII-lowered bytes (bytes.lower() changes only A-Z, as re.I on a
# bytes pattern folds only them, so the matches are the same) and the value is taken from the
# page itself: a case-insensitive alternation cannot skip ahead to its first letters, and this
# scan ran in the batch's single parent process for every page (4.9 -> 0.9 ms a page).
_REFERENCE = re.compile(rb"""(?:src|data-src|data-original|data-echo|data-lazy-src)\s*=\s*["']?([^"'\s>]+)""")
# A markdown picture, ![alt](path "title") or ![alt](<path>): the same files for a markdown
# document (read/mdpictures.py). The alt text is bounded, so a long line without "](" is not
# scanned again from every "![".
_MARKDOWN_REFERENCE = re.compile(rb"""!\[[^\]\n]{0,300}\]\(\s*<?([^)\s>]+)""")


@dataclass(frozen=True)
class Limits:
    """Per picture: bytes and pixels; per page: how many pictures are embedded."""

    embed: bool = True
    max_bytes: int = 10 * 1024**2
    max_pixels: int = 40_000_000
    max_count: int = 200


@dataclass(frozen=True)
class Picture:
    """One kept picture: its bytes (checked), type and size, and where the page named it."""

    name: str  # file name in the page's pictures folder: "1.png"
    data: bytes
    mime: str
    width: int
    height: int
    src: str  # as the page wrote it (a data: URI shortened)
    alt: str = ""

    @property
    def extension(self) -> str:
        return _EXTENSIONS[self.mime]

    def display_width(self) -> str:
        """The width writers give the picture, as a share of the text width ("81%")."""
        width = min(float(self.width), TEXT_WIDTH_PX, self.width * TEXT_HEIGHT_PX / max(self.height, 1))
        return f"{max(1, round(100 * width / TEXT_WIDTH_PX))}%"

    def record(self, folder: str) -> dict:
        # Imported here: hashlib loads OpenSSL (10 M instructions), and `pandoc --filter`
        # imports this module (write/pictures.py) without ever writing a manifest record.
        import hashlib

        return {"src": self.src, "file": f"{folder}/{self.name}", "mime": self.mime, "width": self.width,
                "height": self.height, "bytes": len(self.data), "sha256": hashlib.sha256(self.data).hexdigest()}


@dataclass
class PagePictures:
    """The pictures of one page: kept ones by their URL in the document, dropped ones with why."""

    folder: str  # the URL prefix of kept pictures: "<page stem>.pictures"
    kept: dict[str, Picture] = field(default_factory=dict)
    dropped: list[dict[str, str]] = field(default_factory=list)

    def drop(self, src: str, reason: str) -> None:
        self.dropped.append({"src": shorten(src), "reason": reason})

    def keep(self, data: bytes, mime: str, width: int, height: int, src: str, alt: str) -> str:
        """Store a checked picture; returns the URL the document uses for it."""
        for url, picture in self.kept.items():
            if picture.data == data:
                return url  # the same picture twice on a page is stored once
        name = f"{len(self.kept) + 1}.{_EXTENSIONS[mime]}"
        url = f"{self.folder}/{name}"
        self.kept[url] = Picture(name, data, mime, width, height, shorten(src), alt)
        return url


_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/svg+xml": "svg"}


def shorten(src: str, limit: int = 120) -> str:
    """A data: URI is named by its head, not its megabytes of base64."""
    src = src.strip()
    if src[:5].lower() == "data:":
        head = src.split(",", 1)[0]
        return f"{head},… ({len(src)} characters)"
    return src if len(src) <= limit else src[:limit] + "…"


# --- where a picture's bytes come from -----------------------------------------------------------


def resolve_local(src: str, base: str) -> str | None:
    """The path, relative to the input's root folder (or archive), of a relative picture
    address on a page in folder `base`; None when it leaves the root or is not relative."""
    src = src.strip()
    if not src or _SCHEME.match(src) or src.startswith(("/", "\\", "#")):
        return None
    path = unquote(src.split("#", 1)[0].split("?", 1)[0]).replace("\\", "/")
    joined = posixpath.normpath(posixpath.join(base, path)) if base else posixpath.normpath(path)
    if joined.startswith("../") or joined in ("..", ".") or joined.startswith("/"):
        return None
    return joined


def referenced_paths(page: bytes, base: str) -> set[str]:
    """Every root-relative path a page's picture attributes name: what the batch side reads
    from the folder or archive for it. A cheap scan of the bytes (ASCII attribute names are
    the same in UTF-8, GBK and Big5); the reader decides later which of them it keeps."""
    found: set[str] = set()
    lowered = page.lower()
    for match in (*_REFERENCE.finditer(lowered), *_MARKDOWN_REFERENCE.finditer(lowered)):
        raw = page[match.start(1):match.end(1)]
        for codec in ("utf-8", "gb18030"):
            try:
                value = raw.decode(codec)
                break
            except UnicodeDecodeError:
                continue
        else:
            continue
        path = resolve_local(value.replace("&amp;", "&"), base)
        if path:
            found.add(path)
    return found


def picture_bytes(src: str, base: str, resources: Mapping[str, bytes | None]) -> tuple[bytes | None, str]:
    """The bytes behind an address, or None and the reason they are not to be had."""
    src = src.strip()
    if not src:
        return None, "no address"
    if src[:5].lower() == "data:":
        return _data_uri(src)
    if _REMOTE.match(src):
        return None, "remote: never fetched"
    if _SCHEME.match(src):
        return None, f"unsupported address ({src.split(':', 1)[0].lower()}:)"
    if src.startswith(("/", "\\")):
        return None, "site path: not saved with the page"
    path = resolve_local(src, base)
    if path is None:
        return None, "outside the input folder"
    if path not in resources:
        return None, "missing: not found beside the page"
    data = resources[path]
    if data is None:  # the batch side did not read it: larger than images.max_bytes
        return None, "too large (over images.max_bytes)"
    return data, ""


def _data_uri(src: str) -> tuple[bytes | None, str]:
    match = _DATA_URI.match(src)
    if not match:
        return None, "malformed data: URI"
    payload = match.group("data")
    try:
        if match.group("b64"):
            return base64.b64decode(re.sub(r"\s+", "", payload), validate=True), ""
        return unquote_to_bytes(payload), ""
    except (binascii.Error, ValueError):
        return None, "malformed data: URI"


# --- what the bytes are ---------------------------------------------------------------------------


def sniff(data: bytes) -> str | None:
    """The picture type by its first bytes; None for anything else (the name is not trusted)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"BM"):
        return "image/bmp"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096].lower():
        return "image/svg+xml"
    return None


def check_picture(data: bytes, limits: Limits, *,
                  small_kept: bool = False) -> tuple[tuple[bytes, str, int, int] | None, str]:
    """Checked bytes, type, width and height of a picture; or None and why it is refused.

    small_kept: a picture its author put in the document (markdown written by hand) is kept
    however small (a stamp, a signature, an inline symbol); on a web page a tiny one is a
    tracker, an icon or a spacer."""
    if len(data) > limits.max_bytes:
        return None, f"too large ({len(data)} bytes; images.max_bytes is {limits.max_bytes})"
    mime = sniff(data)
    if mime is None:
        return None, "not a picture type reportfmt embeds (PNG, JPEG, GIF, WebP, BMP, SVG)"
    if mime == "image/svg+xml":
        from .svg import rasterise_svg, sanitise_svg  # only pages with SVG pay for these

        clean, size, reason = sanitise_svg(data)
        if clean is None:
            return None, reason
        width, height = size
        if width * height * 4 > limits.max_pixels:
            return None, f"too many pixels ({width}x{height}; images.max_pixels is {limits.max_pixels})"
    else:
        checked, reason = _check_raster(data, mime, limits)
        if checked is None:
            return None, reason
        data, mime, width, height = checked
    if not small_kept and (width < MIN_SIDE_PX or height < MIN_SIDE_PX):
        return None, f"icon or spacer ({width}x{height} px)"
    if mime == "image/svg+xml":
        from ..errors import ReportfmtError
        from .svg import svg_engine

        # The engine outside the try: only the drawing's errors are the picture's (svg_engine).
        try:
            engine = svg_engine()
        except ReportfmtError as exc:  # no CJK font here: the same answer on every run
            return None, f"not drawn ({' '.join(str(exc).split())[:80]})"
        try:
            data, mime = rasterise_svg(clean, (width, height), engine), "image/png"
        except Exception as exc:  # typst's error types vary by version: any failure drops the picture
            return None, f"damaged SVG ({' '.join(str(exc).split())[:80]})"
    return (data, mime, width, height), ""


def _check_raster(data: bytes, mime: str, limits: Limits) -> tuple[tuple[bytes, str, int, int] | None, str]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > limits.max_pixels:
                return None, f"too many pixels ({width}x{height}; images.max_pixels is {limits.max_pixels})"
            image.load()  # decodes every pixel: a truncated or damaged file fails here, not in a writer
            if mime in ("image/webp", "image/bmp"):
                # Not every reader of DOCX and EPUB shows these: re-encoded as PNG.
                out = io.BytesIO()
                image.save(out, format="PNG")
                return (out.getvalue(), "image/png", width, height), ""
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError) as exc:
        return None, f"damaged picture ({' '.join(str(exc).split())[:80]})"
    return (data, mime, width, height), ""


def take_picture(pictures: PagePictures, candidates: list[str], alt: str, base: str,
                 resources: Mapping[str, bytes | None], limits: Limits, *, small_kept: bool = False) -> str | None:
    """Decide one image: the URL of the kept picture, or None (the drop is recorded)."""
    candidates = [c.strip() for c in candidates if c and c.strip()]
    if not candidates:
        pictures.drop("", "no address")
        return None
    first_reason, first_src = "", candidates[0]
    for src in candidates:
        data, reason = picture_bytes(src, base, resources)
        if data is not None:
            checked, reason = check_picture(data, limits, small_kept=small_kept)
            if checked is not None:
                if not limits.embed:
                    reason = "not embedded (images.embed is false)"
                elif len(pictures.kept) >= limits.max_count:
                    reason = f"more than {limits.max_count} pictures on the page (images.max_count)"
                else:
                    return pictures.keep(*checked, src=src, alt=alt)
        if not first_reason:
            first_reason, first_src = reason, src
    pictures.drop(first_src, first_reason)
    return None


def page_folder(source: str) -> str:
    """The folder of a page's kept pictures, beside its outputs: `<page stem>.pictures`."""
    name = posixpath.basename(source.replace("\\", "/").split("!")[-1])
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = re.sub(r"[^\w.-]+", "_", stem).strip("._") or "page"
    return f"{stem}.pictures"

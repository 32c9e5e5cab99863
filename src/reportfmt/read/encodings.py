"""Bytes -> text: UTF-8, UTF-16, the declared charset, GB18030/GBK or Big5, mixed files."""

from __future__ import annotations

import logging
import re

from ..errors import ReportfmtError

log = logging.getLogger(__name__)

# Magic numbers of binary formats people find in scraped folders.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF",
                 b"MZ", b"\xd0\xcf\x11\xe0", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
# GB2312 and GBK pages routinely use characters only GB18030 defines.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
                    "big5-hkscs": "big5hkscs", "utf8": "utf-8"}


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

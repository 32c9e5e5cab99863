"""Lines of mojibake: text a page decoded with the wrong charset, told by its bytes, not its words.

    …市政府副秘书长通报了去年的办理情况。        <- the document: stays
    鐑归嶅崺鍝為瑰鏂瑰鏇…                        <- UTF-8 read as GBK: goes

A page built from pieces in two charsets (a site's box in UTF-8 inside a GBK page, or the other
way round) shows the wrong piece as a run of rare characters. Such a line is no text anyone can
read, and no rule can name it by its words: it is told by what its characters were. Encoded
back in the charset it was wrongly read with (GB18030, Windows-1252, Latin-1), a mojibake line
gives the bytes of well-formed UTF-8 Chinese; a line of real text almost never does (two-byte
GBK codes rarely chain into three-byte UTF-8 sequences). A line goes when most of its bytes
decode that way (MIN_SHARE), and only on a page whose text is mostly readable (a page wholly
in the wrong charset is the document itself: it stays, for the reader to decode anew).
Recorded `markup.mojibake-line`.
"""

from __future__ import annotations

import codecs
import functools
import re

import panflute as pf

from ..elements import block_text, is_text_block

RULE = "markup.mojibake-line"
# The charsets a UTF-8 page's piece is wrongly read with: a Chinese one (its misreading shows
# Chinese characters) or a Latin one (accented letters). Big5 is not among them: a UTF-8 line
# read as Big5 loses too many bytes to its replacement marks to be read back.
_CJK_CHARSETS = ("gb18030",)
_LATIN_CHARSETS = ("cp1252", "latin-1")
# In a UTF-8 line read as GBK, about one character in three (one in LEAD_SHARE at least, with
# the bytes a scrape loses) is made from a UTF-8 lead byte.
LEAD_SHARE = 6
# The opening looked at first, in characters.
SAMPLE_CHARS = 12
# A share of a line's bytes that must decode as UTF-8 Chinese (three bytes a character).
MIN_SHARE = 0.5
# A line this short may decode so by chance (two or three characters).
MIN_CHARS = 6
# Chinese characters the bytes must give at least.
MIN_DECODED = 3
# Lines of mojibake may hold at most this share of the page's characters.
MAX_PAGE_SHARE = 0.3
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
EXAMPLE = "市政府通报提案办理情况".encode().decode("gbk", errors="replace")


def mojibake_share(text: str) -> float:
    """The largest share of the line's bytes, encoded back in a wrong charset, that decode as
    UTF-8 Chinese characters; 0 when the decoding breaks more often than it holds (real text
    read so breaks at nearly every character, a mojibake line only where the scrape cut a
    character in two)."""
    text = text.replace("\ufffd", "")  # the scrape's own marks for bytes it could not read
    if not text or text.isascii():
        return 0.0
    # Chinese read as GBK shows Chinese characters; read as a Latin charset it shows none.
    if _CJK.search(text):
        # A first, cheap look: a UTF-8 line read as GBK is full of the characters GBK reads from
        # a UTF-8 lead byte; real text holds few of them (the rarer level-2 characters).
        if len(_misread_lead().findall(text)) * LEAD_SHARE < len(text):
            return 0.0
        charsets = _CJK_CHARSETS
    else:
        charsets = _LATIN_CHARSETS
    best = 0.0
    for charset in charsets:
        # A first look at the line's opening: real text gives next to no character there (most
        # lines stop here, at a fraction of the whole line's cost).
        if len(text) > SAMPLE_CHARS and _decoded_chinese(text[:SAMPLE_CHARS], charset)[0] < MIN_DECODED - 1:
            continue
        chinese, broken, size = _decoded_chinese(text, charset)
        if size and chinese >= MIN_DECODED and chinese >= broken:
            best = max(best, 3 * chinese / size)
    return best


@functools.cache
def _misread_lead() -> re.Pattern[str]:
    """The characters GBK makes of a byte pair opening with a UTF-8 lead byte of a Chinese
    character (0xE3-0xE9), as one character class; built on first use (every Chinese document
    of a `pandoc --filter` call pays it, so it is made in a few C calls: 6 M instructions -> 0.5 M)."""
    return re.compile("[" + _misread_lead_class() + "]")


def misread_lead_chars() -> set[str]:
    """What `bytes((lead, trail)).decode("gbk")` gives for every pair that decodes."""
    return set(_misread_lead_class())


def _misread_lead_class() -> str:
    """misread_lead_chars in the order the pairs decode, by one decoding of all the pairs, each
    followed by a newline: GBK's decoder replaces a pair it refuses byte by byte (a replacement
    mark, and an ASCII trail byte as itself) and never takes the newline into a character, so a
    character neither ASCII nor a replacement mark is what a pair decoded to, and each pair gives
    its own (GBK's two-byte characters never are ASCII). So the text less those is the class,
    with no set, sort or re.escape in Python (a class needs no order; decoding gives the same
    order every time, so the pattern is the same string and comes from the regex cache)."""
    # The pairs each followed by a newline, laid out by slices (lead, trail, newline), not made
    # pair by pair: 1,337 bytes objects joined cost a third of this function.
    leads, trails = range(0xE3, 0xEA), bytes(range(0x40, 0xFF))
    count = len(leads) * len(trails)
    joined = bytearray(3 * count)
    joined[0::3] = b"".join(bytes((lead,)) * len(trails) for lead in leads)
    joined[1::3] = trails * len(leads)
    joined[2::3] = b"\n" * count
    text = bytes(joined[:-1]).decode("gbk", errors="replace")
    if text.count("\n") != count - 1:  # a decoder that took a newline into a character: pair by pair
        pairs = [bytes((lead, trail)) for lead in leads for trail in trails]
        pieces = [pair.decode("gbk", errors="replace") for pair in pairs]
        text = "".join(piece for piece in pieces if len(piece) == 1)
    # Each character once, in the order first seen, then the undecoded ones dropped: the same
    # string as dropping them first (no character is made by the deletion), with one substitution
    # over the ~1,300 distinct characters instead of ~2,700 over the whole text.
    return _NOT_DECODED.sub("", "".join(dict.fromkeys(text)))


# ASCII (the newlines between the pairs, a refused pair's ASCII trail byte) and the replacement
# mark, deleted by one substitution (str.translate with a table looks each of the ~4,000
# characters up in a dict: 5.7 M instructions, on every Chinese document's first filler step).
_NOT_DECODED = re.compile("[\x00-\x7f\ufffd]+")


@functools.cache
def _encoder(charset: str):
    """The charset's encoding function, looked up once (str.encode looks it up on every call,
    which costs more than encoding a short line)."""
    return codecs.getencoder(charset)


def _decoded_chinese(text: str, charset: str) -> tuple[int, int, int]:
    """(Chinese characters, broken sequences, bytes) of the text encoded in `charset` and read
    as UTF-8; (0, 0, 0) when the charset cannot encode it (the line was not read with it)."""
    try:
        raw = _encoder(charset)(text)[0]
    except UnicodeEncodeError:
        return 0, 0, 0
    decoded = raw.decode("utf-8", errors="replace")
    return len(_CJK.findall(decoded)), decoded.count("\ufffd"), len(raw)


def is_mojibake(text: str) -> bool:
    squeezed = "".join(text.split())
    return len(squeezed) >= MIN_CHARS and mojibake_share(squeezed) >= MIN_SHARE


def drop_mojibake_lines(blocks: list[tuple[int, pf.Block]],
                        keep: frozenset[int]) -> tuple[list[tuple[int, pf.Block]], list[tuple[int, str, str]]]:
    """(blocks kept, removed records)."""
    texts = {origin: "".join(block_text(block).split()) for origin, block in blocks if is_text_block(block)}
    doomed = {origin for origin, block in blocks
              if origin in texts and id(block) not in keep and is_mojibake(texts[origin])}
    total = sum(map(len, texts.values()))
    if not doomed or sum(len(texts[origin]) for origin in doomed) > MAX_PAGE_SHARE * total:
        return blocks, []
    kept = [(origin, block) for origin, block in blocks if origin not in doomed]
    return kept, [(origin, " ".join(block_text(block).split()), RULE) for origin, block in blocks
                  if origin in doomed]

"""Full-width digits and letters read as their ASCII forms, character for character.

A site (or the converter it pasted from) may print "1．首部。", "（1）标题。", "xx镇" or
"方案．docx" with full-width digits and letters (U+FF10-FF5A): the same marker, mask and file
name as the ASCII ones. The passes
that read those (heading markers, masks, title suffixes and shapes) read the folded text; the
fold maps one character to one, so every offset found in it is an offset in the document's own
text, whose characters are never changed.
"""

from __future__ import annotations

import re

# The full-width forms of ASCII (U+FF01-FF5E, 0xFEE0 above their ASCII forms) and the
# ideographic blank, as ASCII: the one width table (line_form and the duplicate index use it whole).
FULLWIDTH_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: ord(" ")}
# Here only digits and letters (U+FF10-FF19, U+FF21-FF3A, U+FF41-FF5A) are folded: full-width
# punctuation ("，" "：" "（") is what a Chinese text prints anyway.
FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_TO_ASCII = {code: ascii for code, ascii in FULLWIDTH_ASCII.items() if chr(ascii).isalnum()}


# With the full-width full stop: a number's decimal point ("5xx4．9万人": a mask inside a number).
_NUMBERS_TO_ASCII = {**_TO_ASCII, 0xFF0E: ord(".")}


def fold_width(text: str, *, points: bool = False) -> str:
    """The text with full-width digits and letters as ASCII ones (`points`: and "．" as "."); same
    length, same offsets."""
    if not FULLWIDTH_ALNUM.search(text):
        return text
    return text.translate(_NUMBERS_TO_ASCII if points else _TO_ASCII)

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

# U+FF10-FF19 digits, U+FF21-FF3A and U+FF41-FF5A letters: 0xFEE0 above their ASCII forms.
# (Full-width punctuation is left alone: "，" "：" "（" are what a Chinese text prints anyway.)
FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_TO_ASCII = {code: code - 0xFEE0 for start, end in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
             for code in range(start, end + 1)}


# With the full-width full stop: a number's decimal point ("5xx4．9万人": a mask inside a number).
_NUMBERS_TO_ASCII = {**_TO_ASCII, 0xFF0E: ord(".")}


def fold_width(text: str, *, points: bool = False) -> str:
    """The text with full-width digits and letters as ASCII ones (`points`: and "．" as "."); same
    length, same offsets."""
    if not FULLWIDTH_ALNUM.search(text):
        return text
    return text.translate(_NUMBERS_TO_ASCII if points else _TO_ASCII)

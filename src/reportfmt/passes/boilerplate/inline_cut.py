"""Cut matched spans out of a paragraph in place, keeping the inline formatting around them.

A watermark ("众一秘书网www.zyqmx.com") or a page-chunk marker ("第2页 共2页") injected into a
sentence, even mid-word, is removed and the word rejoined: Chinese has no spaces between
words, so blanks left between two Chinese characters at the cut go too.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import inline_text, text_changed
from ..inline_split import split_inlines, strip_inlines
from ..patterns import CJK
from ..script import to_simplified

_CJK_CHAR = re.compile(rf"[{CJK}]")
_BLANKS = (pf.Space, pf.SoftBreak)


def cut_spans(block: pf.Block, spans: list[tuple[int, int]]) -> str:
    """Remove the character spans (offsets into inline_text(block)); return the removed text."""
    text = inline_text(block)
    inlines = list(block.content)
    removed = []
    for start, end in sorted(spans, reverse=True):
        if end <= start:
            continue
        left, rest = split_inlines(inlines, start)
        _, right = split_inlines(rest, end - start)
        removed.append(text[start:end].strip())
        inlines = _rejoin(left, right)
    block.content = strip_inlines(inlines)
    text_changed(block)  # reader_address cuts inside boilerplate's texts_fixed steps
    return " ".join(reversed([r for r in removed if r]))


def cut_pattern(block: pf.Block, pattern: re.Pattern[str]) -> str:
    """Cut every match; the pattern (written in simplified characters) searches the text with
    traditional characters folded, one for one, so the offsets are the text's own."""
    text = to_simplified(inline_text(block))
    return cut_spans(block, [m.span() for m in pattern.finditer(text)])


def _rejoin(left: list[pf.Inline], right: list[pf.Inline]) -> list[pf.Inline]:
    """Join two halves; blanks between two Chinese characters at the seam go."""
    left = [e for e in left if not (isinstance(e, pf.Str) and not e.text)]
    right = [e for e in right if not (isinstance(e, pf.Str) and not e.text)]
    before = "".join(inline_text(e) for e in left).rstrip()
    after = "".join(inline_text(e) for e in right).lstrip()
    if before and after and _CJK_CHAR.match(before[-1]) and _CJK_CHAR.match(after[0]):
        while left and isinstance(left[-1], _BLANKS):
            left.pop()
        while right and isinstance(right[0], _BLANKS):
            right.pop(0)
    elif left and right and isinstance(left[-1], _BLANKS) and isinstance(right[0], _BLANKS):
        right.pop(0)  # one blank between words, not two
    return left + right

"""Markdown -> panflute Doc, with masks protected from pandoc's emphasis parsing first."""

from __future__ import annotations

import re

import panflute as pf

from ..write.pandoc import read_with_pandoc

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
    from ..passes.masks.find import find_masks  # the detectors; imported here to keep reading light

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
                            or not re.search(r"\w", m.group(2)) or _masks_not_emphasis(m.group(2))):
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


# Emphasis never starts with closing punctuation nor ends with opening punctuation:
# “*”，指的是…，“*” is two masks, each in its own quotes.
_CLOSING = "”’）》」』】，。、；：？！,.;:?!)"
_OPENING = "“‘（《「『【("


def _masks_not_emphasis(inner: str) -> bool:
    """Two masks that look like an emphasis pair from outside: what they hold says which.

    `**市铁一中学…集聚**`: the first run names a place (**市), as masks of numbers, places
    and people do (a unit, a place suffix or a title right after the asterisks); and
    `*”，…，“*`: the text between runs of two quoted masks starts with a closing quote.
    """
    from ..passes.masks.find import mask_kind

    inner = inner.strip()
    if not inner or inner[0] in _CLOSING or inner[-1] in _OPENING:
        return True
    return mask_kind("", inner) in ("number", "place") and len(inner) > 4


def _outside_is_not_chinese(line: str, start: int, end: int) -> bool:
    """**重要**工作 is a mask pair (**, **) touching Chinese; **重要**。 is emphasis."""
    from ..passes.masks.find import is_ideograph

    left = line[start - 1] if start else ""
    right = line[end] if end < len(line) else ""
    return not is_ideograph(left) and not is_ideograph(right)


def read_markdown(text: str) -> pf.Doc:
    return read_with_pandoc(protect_masks(text), "markdown")

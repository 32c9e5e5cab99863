"""Cut a run of panflute inlines at a character offset, keeping every character and format.

Offsets count characters the way elements.inline_text does: a Str's characters, one for a
Space or SoftBreak, one for a LineBreak, the text of Code/Math/RawInline.
"""

from __future__ import annotations

import panflute as pf

from .elements import inline_text

# Containers whose content can be cut in two, each half keeping the container's format.
_CONTAINERS = (pf.Strong, pf.Emph, pf.Underline, pf.Strikeout, pf.SmallCaps, pf.Span,
               pf.Superscript, pf.Subscript)


def inline_length(elem: pf.Inline) -> int:
    return len(inline_text(elem))


def split_inlines(inlines: list[pf.Inline], offset: int) -> tuple[list[pf.Inline], list[pf.Inline]]:
    """(left, right) with inline_text(left) == text[:offset] for the run's text."""
    left: list[pf.Inline] = []
    right: list[pf.Inline] = []
    position = 0
    for elem in inlines:
        length = inline_length(elem)
        if position + length <= offset:
            left.append(elem)
        elif position >= offset:
            right.append(elem)
        else:
            head, tail = _split_one(elem, offset - position)
            left.extend(head)
            right.extend(tail)
        position += length
    return left, right


def _split_one(elem: pf.Inline, cut: int) -> tuple[list[pf.Inline], list[pf.Inline]]:
    if isinstance(elem, pf.Str):
        return [pf.Str(elem.text[:cut])], [pf.Str(elem.text[cut:])]
    if isinstance(elem, _CONTAINERS):
        head, tail = split_inlines(list(elem.content), cut)
        return [_rebuild(elem, head)], [_rebuild(elem, tail)]
    # Code, Math, links and the like are not cut: the whole element goes right.
    return [], [elem]


def _rebuild(elem: pf.Inline, content: list[pf.Inline]) -> pf.Inline:
    if isinstance(elem, pf.Span):
        return pf.Span(*content, identifier="", classes=list(elem.classes),
                       attributes=dict(elem.attributes))
    return type(elem)(*content)


def strip_inlines(inlines: list[pf.Inline]) -> list[pf.Inline]:
    """Drop blank Space/SoftBreak/empty Str at both ends (a cut often leaves one)."""
    blank = (pf.Space, pf.SoftBreak, pf.LineBreak)
    items = [e for e in inlines if not (isinstance(e, pf.Str) and not e.text)]
    while items and isinstance(items[0], blank):
        items.pop(0)
    while items and isinstance(items[-1], blank):
        items.pop()
    return items


def leading_blank(inlines: list[pf.Inline]) -> int:
    """How many characters of blank precede the first text (inline_text counts them)."""
    text = "".join(inline_text(e) for e in inlines)
    return len(text) - len(text.lstrip())

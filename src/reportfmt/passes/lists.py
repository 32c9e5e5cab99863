"""Lists pass: numbered lists keep their numbers as written text, the way Chinese documents do.

A Word list numbers itself and renumbers when an editor adds or moves an item; a report's
"1." "（1）" are part of its text (they are cited: "见第（3）项"). So an ordered list becomes
paragraphs that start with their numbers: "1." at the top level, "（1）" one level down, "①"
below that (or the list's own style, when the page gave one: a. / A. / i.). A list whose
items already carry their numbers in the text ("1、…" in a bulleted or ordered list) loses
the list's own number or bullet instead of getting a second one. Plain bulleted lists stay
lists: a bullet does not renumber.

The paragraphs go into a Div with class `list`, so the headings pass (which looks at the
document's top-level paragraphs) never takes "1.…" items for headings on a second run.
"""

from __future__ import annotations

import panflute as pf

from ..state import get_state
from .elements import block_text, elements_of
from .regex_cache import LazyPattern

LIST_CLASS = "list"
# An item that already starts with its number: 1、 1. 1． （1） (1) ① 一、 （一）
OWN_NUMBER = LazyPattern(
    r"^\s*(?:\d+\s*[、.．)）]|[（(]\s*(?:\d+|[一二三四五六七八九十]+)\s*[)）]|[①-⑳]|[一二三四五六七八九十]+、)")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def prepare(doc: pf.Doc) -> None:
    get_state(doc)


def action(elem: pf.Element, doc: pf.Doc):
    if isinstance(elem, pf.OrderedList) and not _inside_list(elem):
        return pf.Div(*literal_blocks(elem, depth=0), classes=[LIST_CLASS])
    if isinstance(elem, pf.BulletList) and not _inside_list(elem) and _all_numbered(elem):
        return pf.Div(*literal_blocks(elem, depth=0), classes=[LIST_CLASS])
    return None


def finalize(doc: pf.Doc) -> None:
    return None


def main(doc: pf.Doc | None = None) -> pf.Doc | None:
    if doc is not None and not elements_of(doc, (pf.OrderedList, pf.BulletList)):
        # No list to rewrite: no walk (a walk rebuilds every list it passes, seconds on a big table).
        prepare(doc)
        return doc
    return pf.run_filter(action, prepare=prepare, finalize=finalize, doc=doc)


def _inside_list(elem: pf.Element) -> bool:
    """Inside a list this pass rewrites as a whole (its items are handled with it)."""
    parent = elem.parent
    while parent is not None:
        if isinstance(parent, pf.OrderedList) or (isinstance(parent, pf.BulletList) and _all_numbered(parent)):
            return True
        parent = parent.parent
    return False


def _all_numbered(lst: pf.OrderedList | pf.BulletList) -> bool:
    firsts = [item.content[0] if item.content else None for item in lst.content]
    return bool(firsts) and all(b is not None and OWN_NUMBER.match(block_text(b) or "") for b in firsts)


def marker(number: int, depth: int, style: str = "DefaultStyle", delimiter: str = "DefaultDelim") -> str:
    """How a Chinese document writes item `number` of a list `depth` levels down."""
    if style == "LowerAlpha":
        text = chr(ord("a") + (number - 1) % 26)
    elif style == "UpperAlpha":
        text = chr(ord("A") + (number - 1) % 26)
    elif style in ("LowerRoman", "UpperRoman"):
        text = _roman(number)
        text = text.lower() if style == "LowerRoman" else text
    else:
        text = str(number)
    if style in ("LowerAlpha", "UpperAlpha", "LowerRoman", "UpperRoman"):
        return f"（{text}）" if delimiter == "TwoParens" else f"{text}."
    if delimiter == "TwoParens" or depth == 1:
        return f"（{text}）"
    if depth >= 2 and number <= len(_CIRCLED):
        return _CIRCLED[number - 1]
    return f"{text}."


def literal_blocks(lst: pf.OrderedList | pf.BulletList, depth: int) -> list[pf.Block]:
    """The list's items as blocks, each first paragraph starting with its written number."""
    numbered = _all_numbered(lst)
    start = getattr(lst, "start", 1) or 1
    blocks: list[pf.Block] = []
    for offset, item in enumerate(lst.content):
        content = list(item.content)
        if not numbered and isinstance(lst, pf.OrderedList):
            label = marker(start + offset, depth, lst.style, lst.delimiter)
            if content and isinstance(content[0], (pf.Plain, pf.Para)):
                content[0] = pf.Para(pf.Str(label), *content[0].content)
            else:
                content.insert(0, pf.Para(pf.Str(label)))
        for block in content:
            if isinstance(block, pf.OrderedList) or (isinstance(block, pf.BulletList) and _all_numbered(block)):
                blocks.extend(literal_blocks(block, depth + 1))
            else:
                blocks.append(pf.Para(*block.content) if isinstance(block, pf.Plain) else block)
    return blocks


def _roman(number: int) -> str:
    values = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out

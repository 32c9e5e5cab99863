"""A list numbered afresh under each item of a list of the same family: "1、加强队伍建设" /
"1、开展业务培训" / … / "2、完善考核办法" / "2、提升服务质量" / "1、优化办事流程" / ….

Template sites and Word uploads number two levels alike ("1、" over "1、"). A reader tells the
parts from their items by the restart: a part's line is followed at once by its first item,
numbered 1, and the parts go on in order across the items between them. Such parts are read as a
family of their own, one rank above the family they share with their items (OUTER + family).
"""

from __future__ import annotations

from ..regex_cache import LazyPattern
from .measure import SENTENCE_INSIDE, leads_into_list
from .numbering import ORDER, ORDINAL_FAMILIES, Marker, parse_marker

OUTER = "outer_"
# Parts in order, each over its own items: two at least (one alone may be an item that opens a
# sub-list, which proofs.drop_empty_items and the list rules judge).
RESTART_MIN_PARTS = 2


def restarted_parts(texts: list[str | None]) -> dict[int, str]:
    """Block index -> the family its part shares with the items under it."""
    numbered = [(i, m) for i, t in enumerate(texts) if t and (m := parse_marker(t)) is not None]
    by_family: dict[str, list[tuple[int, Marker]]] = {}
    for index, marker in numbered:
        if marker.family not in ORDINAL_FAMILIES:
            by_family.setdefault(marker.family, []).append((index, marker))
    found: dict[int, str] = {}
    for family, lines in by_family.items():
        # A part: its next text block is the first item of its family, and it ends no sentence.
        heads = [position for position, (index, marker) in enumerate(lines[:-1])
                 if lines[position + 1][0] == _next_text(texts, index) and lines[position + 1][1].number == 1
                 and not SENTENCE_INSIDE.search(texts[index][marker.end:])]
        if len(heads) < RESTART_MIN_PARTS:
            heads = _led_parts(texts, lines)
        # (one part alone: its name may ask what follows, "三、可以参考什么样子？")
        alone = [position for position, (index, marker) in enumerate(lines[:-1])
                 if lines[position + 1][0] == _next_text(texts, index) and lines[position + 1][1].number == 1
                 and not SENTENCE_INSIDE.search(_ASKS.sub("", texts[index][marker.end:]))]
        if len(alone) == 1 and (last := _last_part_holding(lines, alone[0])):
            found.update({index: family for index, _marker in lines[:last + 1]})
            continue
        if len(heads) < RESTART_MIN_PARTS or not _in_order(lines, heads):
            continue
        found.update({lines[position][0]: family for position in heads})
    for family, lines in by_family.items():
        if not any(index in found for index, _marker in lines):
            found.update(_parts_over_other_lists(texts, lines, numbered)
                         or dict.fromkeys(_styled_parts(texts, lines), family))
    return found


def _bracket_style(text: str) -> str:
    """How a bracketed number is printed: in both brackets "（1）", as one glyph "⑴", or closed by
    its bracket alone "1）"."""
    first = text.lstrip()[:1]
    return "both" if first in "（(" else "glyph" if "\u2474" <= first <= "\u2487" else "close"


def _styled_parts(texts: list[str | None], lines: list[tuple[int, Marker]]) -> list[int]:
    """"1）…" "2）…" / "（1）…" "（2）…" / "3）…": one family printed two ways, the page's first way
    numbering its parts 1, 2, 3… in order across the lists the other way numbers afresh under them
    (a site printing 1） for the level "1." holds, and （1） below it). The parts' block indices."""
    if not lines or lines[0][1].family not in _STYLED_FAMILIES:
        return []
    outer_style = _bracket_style(texts[lines[0][0]])
    outer = [(i, m) for i, m in lines if _bracket_style(texts[i]) == outer_style]
    if (len(outer) < RESTART_MIN_PARTS or len(outer) == len(lines)
            or [m.number for _i, m in outer] != list(range(1, len(outer) + 1))
            or any(i > outer[-1][0] for i, _m in lines)):
        return []  # (the other way's lists stand between the parts: one after them all is another part's)
    for position, (index, _marker) in enumerate(outer):
        end = outer[position + 1][0] if position + 1 < len(outer) else len(texts)
        inner = [m.number for i, m in lines if index < i < end]
        if inner != list(range(1, len(inner) + 1)):
            return []  # the other way's lines count afresh under each part, or are none
    return [index for index, _marker in outer]


# Families a page prints with both brackets or with the closing one alone.
_STYLED_FAMILIES = ("paren_cn", "paren_arabic")


def _parts_over_other_lists(texts: list[str | None], parts: list[tuple[int, Marker]],
                            numbered: list[tuple[int, Marker]]) -> dict[int, str]:
    """"（1）标题不符合要求。" / "一、…" "二、…" / "（2）正文内容不规范。" / "一、…" …: parts numbered
    1, 2 … in one family, each followed at once by a list of another family counting 1, 2 … afresh
    (the last may end the page), nothing of that family above the first part. The page nests them
    against the conventional order, as its own order says: the parts read as the outer family of
    their items'. A part names its point (a full stop may close it), no sentence runs on inside it."""
    if len(parts) < RESTART_MIN_PARTS or [m.number for _i, m in parts] != list(range(1, len(parts) + 1)):
        return {}
    child_family = None
    for position, (index, marker) in enumerate(parts):
        end = parts[position + 1][0] if position + 1 < len(parts) else len(texts)
        items = [(i, m) for i, m in numbered if index < i < end]
        first = _next_text(texts, index)
        if first is None and position == len(parts) - 1 and position >= RESTART_MIN_PARTS:
            break  # the last part ends the page (cut short after its name)
        if (not items or items[0][0] != first or SENTENCE_INSIDE.search(texts[index][marker.end:].rstrip()[:-1])
                or [m.number for _i, m in items] != list(range(1, len(items) + 1))
                or len({m.family for _i, m in items}) != 1 or items[0][1].family == marker.family
                or child_family not in (None, items[0][1].family)):
            return {}
        child_family = items[0][1].family
    # (in the conventional order already, the ranks say it: nothing to read afresh)
    if (child_family is None or ORDER.get(child_family, 0) >= ORDER.get(parts[0][1].family, 0)
            or any(m.family == child_family for i, m in numbered if i < parts[0][0])):
        return {}
    return {index: child_family for index, _marker in parts}


# A last part holding a numbered list or sample to the page's end: its items this many at least.
HELD_ITEMS_MIN = 2
# Its name may ask what follows ("三、可以参考什么样子？"), but holds no sentence.
_ASKS = LazyPattern(r"[？?]\s*$")


def _last_part_holding(lines: list[tuple[int, Marker]], head: int) -> int:
    """"一、…" / "二、…" / "三、参考写法" / "一、总体要求" / "二、人员分工" (page end): one part alone
    restarts its family, the last of its siblings (numbered 1, 2 … up to it, none after it) with the
    list or sample it holds numbered 1, 2 … to the page's end. Its position among `lines`, or 0."""
    marker = lines[head][1]
    siblings = [m.number for _i, m in lines[:head + 1]]
    items = [m.number for _i, m in lines[head + 1:]]
    if (marker.number < 2 or siblings != list(range(1, marker.number + 1))
            or len(items) < HELD_ITEMS_MIN or items != list(range(1, len(items) + 1))
            # (a list reaching the part's next number may end with that sibling: "三、下步打算")
            or len(items) > marker.number):
        return 0
    return head


def _first_item_places(texts: list[str | None], index: int) -> tuple[int | None, ...]:
    """Where a part's first item may stand: right under it, or under one unnumbered line that
    leads into the list."""
    first = _next_text(texts, index)
    if first is None:
        return (None,)
    lead = texts[first]
    if parse_marker(lead) is None and leads_into_list(lead):
        return first, _next_text(texts, first)
    return (first,)


def _led_parts(texts: list[str | None], lines: list[tuple[int, Marker]]) -> list[int]:
    """"1. 培训内容" / "…印象最深的是：" / "1. …" "2. …" "3. …" / "2. 几点体会" / body: parts whose
    list is led in by a line of their own, and a last part holding body text, no list. Read so only
    from the family's first line, numbered 1 (a quoted outline under "二、" restarts below a part
    that is no list's: fresh_list_items judges it)."""
    heads = [position for position, (index, marker) in enumerate(lines[:-1])
             if lines[position + 1][0] in _first_item_places(texts, index) and lines[position + 1][1].number == 1
             and not SENTENCE_INSIDE.search(texts[index][marker.end:])]
    if not heads or heads[0] != 0 or lines[0][1].number != 1:
        return []
    return _with_closing_part(texts, lines, heads)


def _with_closing_part(texts: list[str | None], lines: list[tuple[int, Marker]], heads: list[int]) -> list[int]:
    """The part after the last list numbered afresh holds body text, no list; it is a part still,
    as its number says: it goes on from the last part's, breaks the items' count (3 then 2), names
    its point (no sentence inside) and the line under it is no item of its family."""
    last = heads[-1]
    for position in range(last + 2, len(lines)):
        index, marker = lines[position]
        if position in heads:
            return heads
        previous = lines[position - 1][1].number
        following = _next_text(texts, index)
        if (marker.number == lines[last][1].number + 1 and previous != marker.number - 1
                and not SENTENCE_INSIDE.search(texts[index][marker.end:])
                and following is not None and following not in dict(lines)):
            return [*heads, position]
    return heads


def _next_text(texts: list[str | None], index: int) -> int | None:
    return next((i for i in range(index + 1, len(texts)) if texts[i]), None)


def _in_order(lines: list[tuple[int, Marker]], heads: list[int]) -> bool:
    """The parts number on in order (n, n+1, …) and the items under each count 1, 2, 3…"""
    numbers = [lines[p][1].number for p in heads]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return False
    for start, end in zip(heads, [*heads[1:], len(lines)], strict=True):
        items = [marker.number for _index, marker in lines[start + 1:end]]
        if items != list(range(1, len(items) + 1)):
            return False
    return True


def outer_marker(marker: Marker, family: str | None = None) -> Marker:
    """The part's marker, read as the outer family of its items' (its own family, or the other
    family its items are numbered in)."""
    return Marker(OUTER + (family or marker.family), marker.number, marker.end)


def fresh_list_items(texts: list[str | None], candidates: list) -> set[int]:
    """Lines of a list numbered afresh inside a part and going on past the part's own next number:
    "二、概述成绩" / "如某局的总结依次是：" / "一、聚焦主业，…。" "二、聚焦改革，…。" "三、聚焦作风，…。" / … /
    "三、引用论断". The quoted outline stands in a row (no text between its lines, none of them read as
    a heading), restarts at 1 under a part of its family numbered 2 or more, and the part's real "三、"
    comes after it: the quoted "三、" is no sibling of the parts around it."""
    numbered = [(i, m) for i, t in enumerate(texts) if t and (m := parse_marker(t)) is not None]
    # (a quoted line may run in, "一、民生实事件件落地，群众…。" cut at its comma; none is a heading)
    headed = {c.index for c in candidates if c.kind != "runin"}
    dropped: set[int] = set()
    for c in candidates:
        number, family = c.marker.number, c.marker.family
        if number < 2 or not any(o.index > c.index and o.marker.family == family and o.marker.number == number
                                 for o in candidates):
            continue
        above = [(i, m) for i, m in reversed(numbered) if i < c.index
                 and (m.family == family or m.rank < c.marker.rank)]
        chain, before = above[:number - 1], above[number - 1] if len(above) >= number else None
        if (before is None or [m.number for _i, m in chain] != list(range(number - 1, 0, -1))
                or [i for i, _m in chain] != list(range(c.index - 1, c.index - number, -1))
                or any(m.family != family or i in headed for i, m in chain)):
            continue
        # (the list restarts inside a part of the same family, numbered 2 or more, no chapter between)
        if before[1].family == family and before[0] in headed and before[1].number >= 2:
            dropped.add(c.index)
    return dropped

"""Levels among a page's bare headings: a bare line right over another heading holds the ones below it.

A page whose sections carry no numbers ("调研背景" / its paragraph / "调研结果分析" / "经营主体情况" /
its paragraph / …) shows its outline only by position: a section name with no text of its own,
the next line already another name, opens a part whose sub-sections follow ("调研结果分析" over
"经营主体情况", "销售渠道情况"). Its sub-sections run until the next such parent (a sibling of
the parent) or until a name written as the parent is and not as its sub-sections ("活动准备：" /
"环境准备：" … / "活动过程：" ; "★学在前头★" / "听党课 谈体会" … / "★干在实处★"), which goes back
to the parent's level. Names before the first parent stand at the page's top level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..regex_cache import LazyPattern
from .measure import TERMINAL_PUNCT
from .numbering import parse_marker

# The family bare headings share (rules._add_unnumbered) and the families of the levels under it.
BARE_FAMILY = "unnumbered"
CHILD_PREFIX = "unnumbered:under-"
# The reading of names stacked two by two (stacked_names.py): their pairs prove an outline.
STACKED_RULE = "stacked-names"
# The family of front and back matter named by a word alone ("引言", "结语", rules.decide).
STANDALONE_FAMILY = "standalone"
# How far below the bare headings' rank each nested level sits: less than half a rank, so no
# family of the page falls between the bare headings and their sub-sections.
_STEP = 0.1
# A glyph opening a name ("★学在前头★", "#样式设置", "■ 背景"): part of its written form.
_LEAD_GLYPH = LazyPattern(r"^\s*([#★☆■□◆◇●○▲△▶►◎※§])")
_COLON = "：:"
# What a sentence or a paragraph ends with (a quote, a bracket closing it too).
_ENDS = TERMINAL_PUNCT + "”’」』）)】》"
# A bulleted list's item ("• 2022年：X个", "- 位置：…").
_BULLET = re.compile(r"^\s*[-－•●▪■◆·]")


@dataclass
class _Parent:
    """A bare name holding the sub-sections below it: its heading index, its depth, and the
    shape of its name (a later heading written the same way is its sibling)."""

    index: int
    depth: int
    shape: tuple


def name_shape(text: str) -> tuple:
    """How a name is written, apart from its words: the glyph it opens with, whether a colon closes
    it, whether a colon parts it inside ("核心要素：…"), whether a space parts it ("听党课 谈体会")."""
    flat = text.strip()
    glyph = _LEAD_GLYPH.match(flat)
    body = flat.rstrip(_COLON)
    return (glyph.group(1) if glyph else "", flat[-1:] in _COLON, any(c in body for c in _COLON),
            " " in body.strip() or "\u3000" in body.strip())


def nest_bare_headings(found: dict, texts: list[str | None], ranks: dict[str, float]) -> None:
    """Move the bare headings under a bare parent one level down (found's decisions, in place)."""
    heads = sorted(i for i, d in found.items() if d.kind == "heading" and d.family == BARE_FAMILY)
    over = {i for i in heads if i + 1 in found and found[i + 1].kind in ("heading", "split")}
    parents = [i for i in heads if i in over and i + 1 in heads and _opens_a_part(found, texts, i)]
    # (a bare name right over another that opens no part, the rest of a wrapped line, leaves the
    # outline unread from there: the names after it go back to the top level)
    unread = {i for i in heads if i in over and i not in parents}
    depths = _depths(heads, set(parents), unread, texts) if parents else dict.fromkeys(heads, 0)
    _announced_children(heads, texts, depths)
    if not any(depths.values()):
        return
    # (a standalone front part, "引言" before them, is a top part too)
    fronts = sum(d.kind == "heading" and d.family == STANDALONE_FAMILY for d in found.values())
    # (unless that one name stands over a pair its siblings' pairs prove, stacked_names.py)
    stacked = any(found[i].rule == STACKED_RULE for i, depth in depths.items() if not depth)
    if fronts + sum(not depth for depth in depths.values()) < 2 and not stacked:
        # (one name holding all the others is the page's title or its subtitle, a case's name under
        # the headline: an outline needs two parts at its top)
        return
    if BARE_FAMILY not in ranks:
        # (unranked, bare headings stand at level 1: they rank with the page's highest family)
        ranked = [ranks[d.family] for d in found.values() if d.family in ranks]
        ranks[BARE_FAMILY] = min(ranked, default=0)
    for index, depth in depths.items():
        if depth:
            family = f"{CHILD_PREFIX}{depth}"
            found[index] = replace(found[index], family=family)
            ranks[family] = ranks[BARE_FAMILY] + depth * _STEP


def _announced_children(heads: list[int], texts: list[str | None], depths: dict[int, int]) -> None:
    """"写法" / "……通常由标题、称谓、正文、落款四个部分构成。" / "标题" / … / "落款": a name whose first
    paragraph names the names right below it (two or more, in its words) holds them; a name after
    them that the paragraph does not name is the holder's sibling again."""
    for position, index in enumerate(heads):
        paragraph = texts[index + 1] if index + 1 < len(texts) else None
        if not paragraph or index + 1 in heads or "、" not in paragraph:
            continue
        named = []
        for child in heads[position + 1:]:
            key = texts[child].strip().rstrip(_COLON).strip()
            if not (key and key in paragraph and depths[child] == depths[index]):
                break
            named.append(child)
        # (the names right below the paragraph, none of them its own paragraph's words only)
        if len(named) >= 2 and named[0] == index + 2:
            for child in named:
                depths[child] = depths[index] + 1


def _opens_a_part(found: dict, texts: list[str | None], index: int) -> bool:
    """What stands above a parent ends something: the page's start, a heading, a sentence or a list
    item. A line running on from a line that ends no sentence is that line's rest (a 文库 page's
    title wrapped in two: "…中心小" / "学生活老师的先进事迹"), no part's name."""
    above = texts[index - 1] if index else None
    if not above or (index - 1 in found and found[index - 1].kind in ("heading", "split")):
        return True
    above = above.rstrip()
    # (a lead-in closed by a colon, "…共分三个板块：", ends too)
    return above[-1] in _ENDS + _COLON or parse_marker(above) is not None or bool(_BULLET.match(above))


def _depths(heads: list[int], parents: set[int], unread: set[int], texts: list[str | None]) -> dict[int, int]:
    depths: dict[int, int] = {}
    stack: list[_Parent] = []
    child_shape: dict[int, tuple] = {}  # a parent's index -> the shape of its first sub-section
    for index in heads:
        shape = name_shape(texts[index])
        if index in unread:
            stack.clear()
        if stack and index == stack[-1].index + 1:
            depth = stack[-1].depth + 1  # right under its parent
            child_shape.setdefault(stack[-1].index, shape)
        elif (place := _written_as_parent(stack, shape, child_shape)) is not None:
            depth = stack[place].depth  # back to the parent's level: its sibling
            del stack[place:]
        elif index in parents and stack:
            depth = stack.pop().depth  # a parent after a parent's sub-sections: the parent's sibling
        else:
            depth = stack[-1].depth + 1 if stack else 0
        depths[index] = depth
        if index in parents:
            stack.append(_Parent(index, depth, shape))
    return depths


def _written_as_parent(stack: list[_Parent], shape: tuple, child_shape: dict[int, tuple]) -> int | None:
    """The place on the stack of the innermost parent written as `shape` is, whose sub-sections
    are written otherwise."""
    for place in range(len(stack) - 1, -1, -1):
        parent = stack[place]
        if parent.shape == shape and child_shape.get(parent.index, shape) != shape:
            return place
    return None

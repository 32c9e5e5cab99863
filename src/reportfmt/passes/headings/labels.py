"""Headings that carry no number, proven by their form or their place (used by rules.py).

- Bracketed labels: "[指导思想]", "【工作目标】" — two or more on a page, each alone on its line
  before body text or opening its paragraph, are the page's sections. A label followed by a
  short value ("【致辞人】××市人口计生委") is a field of the document, not a section.
- The parent of a numbered part: a short bare line right above the part's first numbered child
  ("辞职报告的基本格式" then "（一）标题" then body) heads the part those children divide; the
  child, numbered 1 and itself a heading below the 一、 rank, is the proof.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"^\s*[【\[]\s*(?P<name>[^【】\[\]\s，,。；;：:！？!?]{2,12})\s*[】\]]\s*")
BRACKET_MIN_LABELS = 2


def bracket_labels(texts: list[str | None], is_body) -> dict[int, int]:
    """Block index -> where the label ends (the line's length when it stands alone)."""
    found: dict[int, int] = {}
    for index, text in enumerate(texts):
        match = _LABEL.match(text) if text else None
        if not match:
            continue
        rest = text[match.end():]
        if rest.strip():
            if is_body(rest.strip()):
                found[index] = match.end()
        elif index + 1 < len(texts) and is_body(texts[index + 1]):
            found[index] = len(text)
    return found if len(found) >= BRACKET_MIN_LABELS else {}


# A line like these introduces what follows ("具体要求如下", "有以下几个特点"): it heads nothing.
_INTRODUCES = re.compile(r"(?:如下|以下|下列|下面|包括|如后|见下)")


# "演讲稿的总体特征：" above "1、内容上的现实性": a label closed by a colon heads its part too,
# unless it introduces like a sentence ("主要做法有：", "要求是：").
_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{1,6}[：:]\s*\S")
_SENTENCE_INTRODUCER = re.compile(r"(?:有|是|为|包括|如下|以下|下列|要求|规定)$")


def _parent_shaped(text: str, shaped) -> bool:
    core = text.rstrip()
    if core.endswith(("：", ":")):
        core = core[:-1]
        if _SENTENCE_INTRODUCER.search(core):
            return False
    return shaped(core)


def parent_lines(texts: list[str | None], first_children: list[tuple[int, str]], shaped) -> dict[int, str]:
    """Block index -> the family of the numbered first child that proves the line a heading.

    `first_children`: (index, family) of accepted numbered headings numbered 1; `shaped`: the
    test a bare heading line passes (rules.unnumbered_shape)."""
    parents: dict[int, str] = {}
    for index, family in first_children:
        above = index - 1
        text = texts[above] if above >= 0 else None
        if not text or not _parent_shaped(text, shaped) or _INTRODUCES.search(text):
            continue
        # "标题：“…”" then "正文：": fields of one form, the second no more a heading than the first.
        if text.rstrip()[-1] in "：:" and above > 0 and _FIELD.match(texts[above - 1] or ""):
            continue
        # A run of short bare lines (a list, a signature) is no heading above a part.
        if above > 0 and texts[above - 1] and shaped(texts[above - 1]):
            continue
        parents[above] = family
    return parents

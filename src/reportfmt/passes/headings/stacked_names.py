"""Names stacked two by two: a part's name right over its first sub-section's, again and again.

A page with no numbers may print its outline as pairs of short lines, each pair between
paragraphs: "优秀班主任 某某某" / "以身作则 带好队伍" / the paragraph / "优秀辅导员 某某" /
"耐心细致 陪伴成长" / the paragraph; "东城区：" / "网格连着千家万户" / the paragraph / "西城区：" /
…; "★学在前头★" / "听讲座 谈收获" / …. One such pair is a headline over its subtitle, or a
byline; two pairs or more, the upper lines written alike and the lower lines written alike,
each pair over text of its own, are the page's parts and their first sub-sections (nesting.py
sets their levels). A third bare line on such a pair ("小组概况" over "常设小组" over "设备小组")
names the part holding it; four or more bare lines one on the other are a list, no outline.
"""

from __future__ import annotations

import re

from .addressees import addresses_readers
from .labels import unnumbered_shape
from .measure import TERMINAL_PUNCT, is_body, squeeze
from .nesting import name_shape

# Pairs needed on a page: one pair alone is a headline and its subtitle.
MIN_PAIRS = 2
# The longest stack read as names (a part's parent, the part, its first sub-section).
MAX_STACK = 3
_COLON = "：:"
# The shortest sentence read as leading in to a list (shorter, "负责人：" is a field's label).
LEAD_IN_MIN_CHARS = 10
# A bulleted list's first item under a pair ("• 定期巡查公共设施").
_BULLET = re.compile(r"^\s*[-－•●▪■◆·]\s*[\u3400-\u9fff]")
_LEADS_IN = re.compile(r"如下|以下|下列")
_LEADS_ON = re.compile(r"(?:包括|如下|以下|下列|有|是|为|分)$")
_DATE = re.compile(r"\d{4}\s*[年./-]|\d{1,2}\s*月\s*\d{1,2}\s*日")


def _name_line(text: str | None) -> bool:
    """A short bare line: a name, its colon aside; never a sentence, a date or a list item."""
    if not text or text.rstrip()[-1] in TERMINAL_PUNCT or _DATE.search(text) or _BULLET.match(text):
        return False
    body = text.strip().rstrip(_COLON).strip()
    # (a colon closing a lead-in, "…的特点包括：", or a salutation, "尊敬的各位住户：", makes no name)
    # (nor one leading in to the lines below it, "…应包括以下几个方面")
    if _LEADS_IN.search(body) or (body != text.strip() and (_LEADS_ON.search(body) or addresses_readers(text))):
        return False
    return bool(body) and unnumbered_shape(body)


def _lead_in(text: str) -> bool:
    """"截至去年底，全县共有街道若干个，情况如下：": a sentence leading in to a list."""
    flat = text.strip()
    return len(flat) >= LEAD_IN_MIN_CHARS and flat[-1] in _COLON and any(c in flat for c in "，,")


def stacked_names(texts: list[str | None], taken: set[int]) -> list[int]:
    """The lines of two or more name stacks built alike (the module's docstring); `taken` are lines
    already read as something other than a bare heading (they end a stack, join none)."""
    stacks: list[list[int]] = []
    index = 0
    while index < len(texts):
        if index in taken or not _name_line(texts[index]):
            index += 1
            continue
        end = index
        while end + 1 < len(texts) and end + 1 not in taken and _name_line(texts[end + 1]):
            end += 1
        stacks.append(list(range(index, end + 1)))
        index = end + 1
    first_body = next((i for i, t in enumerate(texts) if is_body(t)), len(texts))
    pairs, last = [], None
    for stack in stacks:
        if not (2 <= len(stack) <= MAX_STACK and stack[0] > first_body):
            continue
        below = texts[stack[-1] + 1] if stack[-1] + 1 < len(texts) else None
        # (below the pair, its own text: a paragraph, a sentence leading in to a list, or a bulleted
        # list; above it, the page's head is no part of the outline)
        if is_body(below) or bool(below and (_BULLET.match(below) or _lead_in(below))):
            pairs.append(stack)
        elif stack[-1] + 1 == len(texts):
            last = stack  # (the page cut after a last pair: one of them if written as they are)
    if len(pairs) < MIN_PAIRS:
        return []
    # (the pairs built alike: the same glyph, closing colon and inner blank on the upper lines,
    # likewise on the lower ones)
    tops = {name_shape(texts[stack[-2]]) for stack in pairs}
    bottoms = {name_shape(texts[stack[-1]]) for stack in pairs}
    if len(tops) != 1 or len(bottoms) != 1:
        return []
    if last and name_shape(texts[last[-2]]) in tops and name_shape(texts[last[-1]]) in bottoms:
        pairs.append(last)
    # (a name printed twice is a link or a repeated label, no outline's)
    names = [squeeze(texts[i]) for stack in pairs for i in stack]
    if len(set(names)) != len(names):
        return []
    return [i for stack in pairs for i in stack]

"""Wrapped notices: a chrome sentence a page hard-wrapped over a few short lines is one notice.

A 文库 page may print its preview notice at a fixed width, so that one sentence comes out as
three lines:

    温馨提示:当前文档最多只能预览
    5 页,若文档总页数超出了
    5 页,请下载原文档以浏览全部内容。

A rule names the first line by its words; the others say nothing a rule could name without
naming body text too ("5 页,若…超出了"). Read as lines of one sentence they are the notice's:
the line the rule dropped stops mid-sentence, and the next short lines finish it. A rule marked
`wraps: true` (a notice written as a sentence: a preview limit, an upload disclaimer) takes
them with it, under its own name; only when the sentence visibly ends (。！？) within
MAX_LINES lines, and never across a heading, a sample's marker, a numbered item, a short bare label
("文档简介" above the file's text) or a line holding a mask.

Any chrome line may be hard-wrapped in two (a 文库 page's PDF text, a narrow mobile page): the
perturbation eval (tests/eval/perturb_sites.py, wrap[chrome]) lost a quarter of the chrome that
way. Two short lines are read as one (joined_forms) where a rule's match needs the seam:
- neither half matches a rule, the two joined do, across the seam (seams.wrapped_rule);
- a rule dropped the first half and its words run over the seam, or the half broke off after a
  comma or inside a bracket and the next line ends the sentence (seams.reads_on);
- the page's title printed again, wrapped (seams.wrapped_title);
- a lead-in's genre talk broke off mid-sentence right above its 小编 sentence (first_half).
Both halves are recorded removed under the rule's name. A line holding a cell's bar or a step's
separator (a table row, a menu, a breadcrumb), a section number, a sample marker or a mask is
never a half: joined, rows of cells make a menu, steps a path.
"""

from __future__ import annotations

import re

import panflute as pf

from ..elements import block_text
from ..headings.samples import sample_marker
from ..masks.find import could_hold_mask, find_masks
from ..regex_cache import LazyPattern
from .glued import inside_brackets

# A wrapped notice's continuation: at most this many lines, each at most this long.
MAX_LINES = 3
MAX_CHARS = 60
# How a finished sentence (or a bracketed aside, a label awaiting its value) ends.
_FINISHED = re.compile(r"[。.！!？?…)）】\]》」』”\"':：]\s*$")
_SENTENCE_END = re.compile(r"[。！？!?][”\"’』」）)]?\s*$")
# A document's own section numbers (一、 （一） 第一章): a heading, never a notice's rest. (In the
# styles sites print them in: "一，" "一）" before the name's word, "壹、".)
_SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]+[、.．]"
                      r"|[（(][一二三四五六七八九十]+[)）]"
                      r"|[一二三四五六七八九十]+[，,）)](?=\s*[\u3400-\u9fff])"
                      r"|第[一二三四五六七八九十百\d]+[章节条篇])")
# A line opening with an item's number ("1、…", "2.…"): a list's item or a 文库 page's first chunk of
# the file's text, never the rest of a sentence wrapped over lines.
_ITEM = re.compile(r"^\s*\d{1,3}\s*[、.．](?!\d)")
# A line with no punctuation at all, this short, that does not end the notice: a label or a heading
# ("文档简介", "活动目的") between the notice and the text, never the middle of its sentence.
LABEL_MAX_CHARS = 8
_PUNCTUATED = LazyPattern(r"[，,、；;：:。.！!？?]")


def stops_mid_sentence(text: str) -> bool:
    return bool(text.strip()) and not _FINISHED.search(text)


def continuation(blocks: list[tuple[int, pf.Block]], index: int, text: str) -> list[int]:
    """The indices of the lines after blocks[index] (whose text a wrapping rule dropped) that
    finish its sentence; [] when it is finished, or the sentence does not end soon enough."""
    if not stops_mid_sentence(text):
        return []
    taken = []
    for near in range(index + 1, min(len(blocks), index + 1 + MAX_LINES)):
        block = blocks[near][1]
        if not isinstance(block, (pf.Para, pf.Plain)):
            return []
        line = " ".join(block_text(block).split())
        if (not line or len(line) > MAX_CHARS or _SECTION.match(line) or _ITEM.match(line)
                or sample_marker(line) is not None or (could_hold_mask(line) and find_masks(line))):
            return []
        taken.append(near)
        if _SENTENCE_END.search(line):
            return taken
        if not stops_mid_sentence(line) or (len(line) <= LABEL_MAX_CHARS and not _PUNCTUATED.search(line)):
            return []
    return []


# A chrome line hard-wrapped in two (a 文库 page's PDF text, a narrow mobile page): each half at
# most this long. Neither half matches the rule the whole line matched ("这篇稿件结合了…的关怀" /
# ",又传递了…适合开学典礼"; "(2)、民主生活会党" / "员个人的对照剖析材料"): read joined, it does.
HALF_MAX_CHARS = 80
# A wrap leaves at least this much on a line: two one-character lines ("0" / "0", two counters'
# values) are two lines, not one wrapped.
HALF_MIN_CHARS = 2
_ASCII_WORD = re.compile(r"[0-9A-Za-z]")


def joined_forms(first: str, second: str) -> list[tuple[str, int]]:
    """The two lines read as one, with the offset of the seam: run together (Chinese wraps
    anywhere, mid-word), or with a blank where the seam falls between two Latin words or numbers."""
    first, second = first.rstrip(), second.lstrip()
    joined = [(first + second, len(first))]
    if first and second and _ASCII_WORD.match(first[-1]) and _ASCII_WORD.match(second[0]):
        joined.append((f"{first} {second}", len(first)))
    return joined


# A cell's bar or a step's separator: a line holding one is a row of cells or steps (a table
# left as text, a menu, a breadcrumb, a path) whose line end is the row's end, never a wrap;
# joined with the next line it would make a longer menu or path for a rule that counts steps.
_BARS = frozenset("|\uff5c丨>\uff1e»\u203a→〉/")


def may_wrap(line: str) -> bool:
    """Whether a line may be one half of a wrapped chrome line: short, no bar between cells nor a
    step's separator, and no section number, sample marker or mask of the document's (its own
    lines are never joined)."""
    return (HALF_MIN_CHARS <= len(line) <= HALF_MAX_CHARS and not _BARS.intersection(line) and not _SECTION.match(line)
            and sample_marker(line) is None and not (could_hold_mask(line) and find_masks(line)))


def wrapped_partner(blocks: list[tuple[int, pf.Block]], index: int, text: str) -> str | None:
    """The next line's text when blocks[index] (whose text no rule matched) and it may be the two
    halves of one wrapped line: the line ends no sentence (a bracket may close it: "…村(居)" /
    "民委员会…"), both are short plain paragraphs."""
    if ends_sentence(text) or not may_wrap(text):
        return None
    return wrapped_rest(blocks, index)


# A clause mark closing a line: the sentence goes on, on the next line (a whole chrome line never
# ends in a comma).
_OPEN_CLAUSE = re.compile(r"[，,、；;]\s*$")


def ends_open(text: str) -> bool:
    """Whether a line breaks off mid-sentence visibly: after a clause mark, or inside a bracket it
    opened ("……(未完,全文共6831字,当前仅")."""
    return bool(_OPEN_CLAUSE.search(text)) or inside_brackets(text)


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def wrapped_rest(blocks: list[tuple[int, pf.Block]], index: int) -> str | None:
    """The next line's text when it is a short plain line that may be the rest of blocks[index]
    (a rule dropped it whole) wrapped: "这篇范文结合了社区实际,语言朴实," / "读来亲切,适合用于
    动员会上。", "版权说明:本文档由用户提供并上传,收益归属" / "内容提供方,若内容存在侵权…"."""
    if index + 1 >= len(blocks):
        return None
    block = blocks[index + 1][1]
    if not isinstance(block, (pf.Para, pf.Plain)):
        return None
    line = " ".join(block_text(block).split())
    # (a line opening with an item's number is the list's next item, never a line's rest:
    # "2. 网上报名，网址：www.….cn" over "3. 邮箱报名：…" are two ways to apply, not one row)
    return line if may_wrap(line) and not _ITEM.match(line) else None


# Clause punctuation inside a line: a sentence's first half, never a title or a label.
_CLAUSE_INSIDE = LazyPattern(r"[，,、；;]")


def first_half(text: str) -> bool:
    """Whether a line reads as the first half of a sentence wrapped onto the next line: short,
    clause punctuation inside, no sentence or label end ("光阴迅速，一眨眼就过去了，…制定一")."""
    return (may_wrap(text) and bool(_CLAUSE_INSIDE.search(text)) and not ends_sentence(text)
            and not _FINISHED.search(text))

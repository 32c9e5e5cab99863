"""A block of lines printed twice in a row: the second copy is page debris, by form.

    小读者和家长朋友们：                        (the notice)
    入夏以后……开放时间也随季节调整。
    ……
    欢迎家长把消息告诉身边的小读者。
    小读者和家长朋友们：                        <- the same lines again: they go
    入夏以后……开放时间也随季节调整。
    ……
    欢迎家长把消息告诉身边的小读者。

A page template that prints its article in two places (a mobile and a desktop column, a reader
view under the page) leaves the whole text twice, one copy right after the other once the chrome
between them is gone. The first copy stays, the second is recorded (`repeat.doubled-block`).
Only a block: several lines (MIN_LINES), enough text (MIN_CHARS) and at least one sentence among
them, repeated line for line right after the first copy. A single sentence or a short refrain a
document repeats on purpose (a slogan, a chorus of two lines) is no such block and stays; so is
a copy with anything of its own between it and the first (a heading, another paragraph).
A copy's size is counted as the page printed it, the lines the rules took inside it included:
a photographer's credit or a date the rules took from each copy leaves the copies the same
text, and a two-paragraph item with its credit is still a block (round 32).
"""

from __future__ import annotations

from collections import defaultdict

import panflute as pf

from ..elements import block_text
from ..patterns import SENTENCE_MARK

RULE = "repeat.doubled-block"
# A block, not a repeated line or two: three lines at least, and some text in them.
MIN_LINES = 3
MIN_CHARS = 60
# How many later copies of a line are tried as the start of the second copy (a line such as a
# bare "夏季" may recur often; the block's copy is one of the first few).
MAX_TRIES = 8

Blocks = list[tuple[int, pf.Block]]
Removed = list[tuple[int, str, str]]


def drop_doubled_blocks(blocks: Blocks, keep: frozenset[int] = frozenset()) -> tuple[Blocks, Removed]:
    """(kept blocks, removed records): the second copy of every block printed twice in a row."""
    texts = [_text(block) for _, block in blocks]
    origins = [origin for origin, _ in blocks]
    where: defaultdict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(texts):
        if text is not None:
            where[text].append(index)
    gone: set[int] = set()
    start = 0
    while start < len(blocks):
        length = _doubled_at(texts, start, where, origins)
        if not length:
            start += 1
            continue
        # Every further copy right after goes too (a block printed three times leaves one).
        end = start + length
        while texts[end:end + length] == texts[start:start + length]:
            if any(id(blocks[index][1]) in keep for index in range(end, end + length)):
                break
            gone.update(range(end, end + length))
            end += length
        start = end
    return ([item for index, item in enumerate(blocks) if index not in gone],
            [(blocks[index][0], texts[index] or "", RULE) for index in sorted(gone)])


def _text(block: pf.Block) -> str | None:
    """A line's text, blanks folded; None for what is no line of text (a table, a picture)."""
    if not isinstance(block, (pf.Para, pf.Plain, pf.Header)):
        return None
    text = " ".join(block_text(block).split())
    return text or None


def _doubled_at(texts: list[str | None], start: int, where: dict[str, list[int]], origins: list[int]) -> int:
    """The length of the block starting at `start` that is printed again right after itself
    (0 when none): the longest such block, so a notice doubled whole goes whole. `origins`: each
    kept line's place on the page as printed (a copy's size counts the lines the rules took)."""
    first = texts[start]
    if first is None:
        return 0
    later = [index for index in where[first] if origins[index] - origins[start] >= MIN_LINES][:MAX_TRIES]
    for end in reversed(later):
        length = end - start
        own = texts[start:end]
        if texts[end:end + length] == own and _is_block(own, origins[end] - origins[start]):
            return length
    return 0


def _is_block(lines: list[str | None], printed: int) -> bool:
    """Several lines as printed, enough text, a sentence among them."""
    if printed < MIN_LINES or any(line is None for line in lines):
        return False
    return (sum(len(line) for line in lines) >= MIN_CHARS
            and any(SENTENCE_MARK.search(line) for line in lines))

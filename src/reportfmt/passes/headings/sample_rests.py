"""A sample marker glued to the sample's first line: the rest is read again on a line of its own.

"…活动方案1一、活动目的": decide() cuts the marker ("…活动方案1") off as the sample's heading,
but it decides once per block, so the rest ("一、活动目的") would stay a paragraph whatever it
is. The rest is put on a line of its own before the blocks are decided again, so the heading
rules see it beside its siblings ("二、…", "三、…") as any line. A marker that does not stand
as a sample on its own line any more gets its rest back (the page reads as it did).
"""

from __future__ import annotations

from dataclasses import dataclass

import panflute as pf

from ..elements import block_text
from ..inline_split import split_inlines, strip_inlines
from ..script import to_simplified
from ..width import fold_width
from .numbering import parse_marker
from .rules import Decision


@dataclass
class Parted:
    """One marker split from its rest, with what it takes to undo it."""

    marker: pf.Block
    rest: pf.Block
    content: list[pf.Inline]

    def undo(self, blocks: pf.ListContainer) -> None:
        index = next(i for i, b in enumerate(blocks) if b is self.rest)
        del blocks[index]
        self.marker.content = self.content


def _numbered_rest(block: pf.Block, decision: Decision) -> bool:
    """The rest after the marker opens with a number ("一、", "1、", "（一）"): a part's line."""
    rest = block_text(block)[decision.cut:].strip()
    return bool(rest) and parse_marker(to_simplified(fold_width(rest))) is not None


def part_sample_rests(blocks: pf.ListContainer, decisions: dict[int, Decision]) -> list[Parted]:
    """Split each glued sample marker whose rest is a numbered line off that rest."""
    parted: list[Parted] = []
    for index in sorted(decisions, reverse=True):
        decision = decisions[index]
        block = blocks[index]
        if (decision.kind != "split" or decision.family != "sample" or isinstance(block, pf.Header)
                or not _numbered_rest(block, decision)):
            continue
        content = list(block.content)
        head, rest = split_inlines(content, decision.cut)
        block.content = strip_inlines(head)
        rest_block = type(block)(*strip_inlines(rest))
        blocks.insert(index + 1, rest_block)
        parted.append(Parted(block, rest_block, content))
    return parted


def undo_lost_markers(blocks: pf.ListContainer, decisions: dict[int, Decision], parted: list[Parted]) -> bool:
    """Put back the rests of markers no longer decided a sample's heading; True if any was."""
    undone = False
    for part in parted:
        index = next(i for i, b in enumerate(blocks) if b is part.marker)
        decision = decisions.get(index)
        if not (decision and decision.kind == "heading" and decision.family == "sample"):
            part.undo(blocks)
            undone = True
    return undone

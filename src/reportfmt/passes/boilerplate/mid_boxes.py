"""A box of other pages' titles printed between two parts of the text: its titles go with its label.

    二、存在问题
    一是人员力量不足，二是资金保障不够。        <- the text
    相关推荐                                    <- the box's label (a recommendations rule took it)
    社区党建工作总结范文                        <- goes
    社区年度工作总结报告                        <- goes
    三、下步打算                                <- the text goes on: its next section

A site may print a box of related pages between two paragraphs of the text. Its label goes by its
rule, which drops the rest of the page only when the document has ended there (line_loop: not when
the document's numbering goes on below it, or its signature follows). The titles under the label
are told by form: headlines (tail_lists._headline: a few words, no sentence), nothing else between
the label and the text going on below them: the document's next section number ("三、" after
"二、"), (two titles at least) its last sentences over its signature and date, or (two titles at
least) the page's next sample, its marker ("某某工作总结 篇2", "篇三：…") over a finished sentence:
the box stood between two samples. Recorded `recommendations.title-list`.
The document's own lines under such a label are sentences, or headings with text under them.
"""

from __future__ import annotations

from collections.abc import Mapping

import panflute as pf

from ..elements import block_text, is_text_block
from ..headings.samples import sample_marker
from ..patterns import FINISHED_SENTENCE
from .placement import numbering_goes_on, signed_close_follows
from .tail_lists import RULE, _headline

# Titles under the label when only the signature below tells the text goes on.
MIN_ITEMS = 2


def drop_box_items_between(original: list[tuple[int, pf.Block]], blocks: list[tuple[int, pf.Block]],
                           rule_at: Mapping[int, str], keep: frozenset[int]):
    """(kept blocks, removed records): the titles under a recommendations line that went, between
    two parts of the text. `rule_at`: the rule that removed each origin gone so far."""
    kept_at = {origin for origin, _ in blocks}
    lines = [(origin, block) for origin, block in original if is_text_block(block) and block_text(block).strip()]
    doomed: list[tuple[int, pf.Block]] = []
    for position, (origin, _block) in enumerate(lines):
        if origin in kept_at or not rule_at.get(origin, "").startswith("recommendations."):
            continue
        end = position + 1
        while end < len(lines) and lines[end][0] in kept_at and _headline(lines[end][1], keep):
            end += 1
        if end == position + 1 or end >= len(lines) or lines[end][0] not in kept_at:
            continue
        if (marker := _next_sample_at(lines, position + 1, end)) is not None:
            doomed += lines[position + 1:marker]
            continue
        above = [line for line in lines[:position] if line[0] in kept_at]
        below = lines[end:]
        # (over the last sentences and the signature, two titles at least: one short line over a
        # paragraph may be the text's own heading)
        if numbering_goes_on(above, below[:1]) or (end - position > MIN_ITEMS and signed_close_follows(below)):
            doomed += lines[position + 1:end]
    if not doomed:
        return blocks, []
    gone = {origin for origin, _ in doomed}
    return ([(origin, block) for origin, block in blocks if origin not in gone],
            [(origin, " ".join(block_text(block).split()), RULE) for origin, block in doomed])


def _next_sample_at(lines: list[tuple[int, pf.Block]], start: int, end: int) -> int | None:
    """The position of the next sample's marker inside the run of headlines start..end, when
    MIN_ITEMS titles at least stand above it and a finished sentence right under it (the run
    ends at that sentence); None otherwise. A marker reads as a headline too, so it closes the run."""
    if end - start < MIN_ITEMS + 1 or not FINISHED_SENTENCE.search(" ".join(block_text(lines[end][1]).split())):
        return None
    marker = end - 1
    text = " ".join(block_text(lines[marker][1]).split())
    return marker if marker - start >= MIN_ITEMS and sample_marker(text, announced=True) is not None else None
